// Raw, gzip and brotli sizes of every built entry; --check fails above the budgets.
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const BUDGETS_BROTLI = {
  'cdn/back-pain-widgets.js': 33 * 1024,
  'cdn/red-flag-banner.js': 11 * 1024,
};
const files = readdirSync('dist/cdn')
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => `cdn/${name}`);
if (!files.length) {
  console.error('dist/cdn is empty: run npm run build first.');
  process.exit(1);
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = files.map((file) => {
  const source = readFileSync(`dist/${file}`);
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length, brotli, budget: BUDGETS_BROTLI[file] };
});
const table = [
  '| bundle (Lit included) | raw KB | gzip KB | brotli KB | brotli budget KB |',
  '|---|---:|---:|---:|---:|',
  ...rows.map((row) => `| ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.budget ? kb(row.budget) : ''} |`),
].join('\n');
console.log(table);
// `npm run docs` copies this table into the README.
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/size.md', `${table}\n`);
const over = rows.filter((row) => row.budget && row.brotli > row.budget);
const missing = Object.keys(BUDGETS_BROTLI).filter((file) => !existsSync(`dist/${file}`));
if (process.argv.includes('--check') && (over.length || missing.length)) {
  for (const row of over) console.error(`${row.file}: ${kb(row.brotli)} KB brotli is over its ${kb(row.budget)} KB budget`);
  for (const file of missing) console.error(`${file}: not built`);
  process.exit(1);
}
