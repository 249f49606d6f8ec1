// Raw, gzip and brotli sizes of every built script-tag file: the one-file bundles, the loader and its chunks,
// and each tag's first load through the loader. --check fails above the budgets.
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliSize, preloadLists } from './sizes.mjs';

const KB = 1024;
const ALL_IN = 'cdn/back-pain-widgets.js';
const LOADER = 'cdn/back-pain-widgets-loader.js';
const BUDGETS_BROTLI = {
  [ALL_IN]: 41 * KB,
  'cdn/red-flag-banner.js': 11.5 * KB,
  [LOADER]: 1 * KB,
  'cdn/chunks/shared.js': 11.5 * KB,
  // The engine, the banner's code aside, and every result's headline: what turns an answer into "call now".
  'cdn/chunks/back-pain-triage.js': 15.5 * KB,
  'cdn/chunks/result.js': 1 * KB,
  'cdn/chunks/red-flag-banner.js': 3 * KB,
  'cdn/chunks/exercise-card.js': 5.5 * KB,
  'cdn/chunks/text.js': 4.5 * KB,
  'cdn/chunks/questionnaire-response.js': 1.5 * KB,
};
/** The loader plus every chunk a tag needs before it can render (from cdn/preload.json). */
const FIRST_LOAD_BUDGETS_BROTLI = {
  'back-pain-triage': 33.5 * KB,
  'red-flag-banner': 15 * KB,
  'exercise-card': 24.5 * KB,
};
/**
 * The target for the loader and the first widget a page shows. The triage's first load is over it on purpose: it
 * holds the whole emergency path (the engine, the banner, every result's headline), so no answer waits for a chunk.
 */
const FIRST_LOAD_TARGET = 20 * KB;
/**
 * The loader and all its chunks, against the all-in bundle: the target is at most 10% more. Each file compressed
 * on its own costs more than that (13 files). The check holds the line at 25%.
 */
const WHOLE_SET_TARGET_RATIO = 1.1;
const WHOLE_SET_MAX_RATIO = 1.25;

if (!existsSync(`dist/${ALL_IN}`)) {
  console.error('dist/cdn is empty: run npm run build first.');
  process.exit(1);
}
const kb = (bytes) => (bytes / KB).toFixed(1);
const jsIn = (dir) =>
  readdirSync(`dist/${dir}`)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => `${dir}/${name}`);
const measure = (file) => {
  const source = readFileSync(`dist/${file}`);
  return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length, brotli: brotliSize(file), budget: BUDGETS_BROTLI[file] };
};
const bundles = jsIn('cdn').filter((file) => file !== LOADER).map(measure);
const loaderFiles = [LOADER, ...(existsSync('dist/cdn/chunks') ? jsIn('cdn/chunks') : [])].map(measure);
const byFile = new Map([...bundles, ...loaderFiles].map((row) => [row.file, row]));
const preload = preloadLists();
const firstLoads = Object.entries(preload).map(([tag, files]) => {
  const brotli = files.reduce((sum, file) => sum + (byFile.get(file)?.brotli ?? 0), 0);
  return { tag, files: files.length, brotli, budget: FIRST_LOAD_BUDGETS_BROTLI[tag] };
});
const allIn = byFile.get(ALL_IN);
const wholeSet = loaderFiles.reduce((sum, row) => sum + row.brotli, 0);

const sizeRow = (row) => `| ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.budget ? kb(row.budget) : ''} |`;
const header = (first) => [`| ${first} | raw KB | gzip KB | brotli KB | brotli budget KB |`, '|---|---:|---:|---:|---:|'];
const table = [
  ...header('one-file bundle (Lit included)'),
  ...bundles.map(sizeRow),
  '',
  `The loader and the chunks it loads from \`cdn/chunks/\` (Lit is in \`shared.js\`). All of them together: ` +
    `${kb(wholeSet)} KB brotli, ${((wholeSet / allIn.brotli - 1) * 100).toFixed(0)}% more than the all-in bundle ` +
    `(target: at most ${((WHOLE_SET_TARGET_RATIO - 1) * 100).toFixed(0)}% more; the check fails above ` +
    `${((WHOLE_SET_MAX_RATIO - 1) * 100).toFixed(0)}%).`,
  '',
  ...header('loader file'),
  ...loaderFiles.map(sizeRow),
  '',
  `First load through the loader: the loader and every chunk a tag needs before it renders (\`cdn/preload.json\`). ` +
    `Target for the first widget a page shows: ${kb(FIRST_LOAD_TARGET)} KB.`,
  '',
  '| first widget on the page | files | brotli KB | within the target | brotli budget KB |',
  '|---|---:|---:|---|---:|',
  ...firstLoads.map(
    (row) =>
      `| \`<${row.tag}>\` | ${row.files} | ${kb(row.brotli)} | ${row.brotli <= FIRST_LOAD_TARGET ? 'yes' : 'no'} | ${row.budget ? kb(row.budget) : ''} |`,
  ),
].join('\n');
console.log(table);
// `npm run docs` copies this table into the README.
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/size.md', `${table}\n`);

const problems = [
  ...[...byFile.values()]
    .filter((row) => row.budget && row.brotli > row.budget)
    .map((row) => `${row.file}: ${kb(row.brotli)} KB brotli is over its ${kb(row.budget)} KB budget`),
  ...[...Object.keys(BUDGETS_BROTLI), 'cdn/preload.json'].filter((file) => !existsSync(`dist/${file}`)).map((file) => `${file}: not built`),
  ...Object.keys(FIRST_LOAD_BUDGETS_BROTLI)
    .filter((tag) => !preload[tag])
    .map((tag) => `cdn/preload.json: no entry for <${tag}>`),
  ...firstLoads
    .filter((row) => row.budget && row.brotli > row.budget)
    .map((row) => `first load of <${row.tag}>: ${kb(row.brotli)} KB brotli is over its ${kb(row.budget)} KB budget`),
  ...(wholeSet > allIn.brotli * WHOLE_SET_MAX_RATIO
    ? [`the loader's files: ${kb(wholeSet)} KB brotli, over ${WHOLE_SET_MAX_RATIO}× the all-in bundle's ${kb(allIn.brotli)} KB`]
    : []),
];
if (process.argv.includes('--check') && problems.length) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
