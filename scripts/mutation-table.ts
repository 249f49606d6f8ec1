// Writes the README's per-file mutation scores (between <!-- mutation:start --> and <!-- mutation:end -->)
// from Stryker JSON reports, so each row is a run's and not typed by hand. A file in no report keeps its
// row, so a run over a few files (`npx stryker run --mutate <file>`) updates just their rows.
// Run after `npm run mutation`: node --import tsx scripts/mutation-table.ts [report.json ...]
import { readFileSync, writeFileSync } from 'node:fs';

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const reportPaths = process.argv.length > 2 ? process.argv.slice(2) : ['reports/mutation/mutation.json'];
const files = Object.assign(
  {},
  ...reportPaths.map((path) => (JSON.parse(readFileSync(path, 'utf8')) as Report).files),
) as Report['files'];
const count = (mutants: { status: string }[], ...statuses: string[]) =>
  mutants.filter((mutant) => statuses.includes(mutant.status)).length;

const readme = readFileSync('README.md', 'utf8');
const marked = /(<!-- mutation:start -->\n)([\s\S]*?)(\n<!-- mutation:end -->)/;
const current = marked.exec(readme);
if (!current) throw new Error('README.md has no <!-- mutation:start --> ... <!-- mutation:end --> markers');
const kept = new Map(
  [...current[2].matchAll(/^\| `([^`]+)` \|.*$/gm)].filter(([, file]) => !files[file]).map(([row, file]) => [file, row]),
);

const measured = Object.entries(files).map(([file, { mutants }]) => {
  const detected = count(mutants, 'Killed', 'Timeout');
  const undetected = count(mutants, 'Survived', 'NoCoverage');
  // Stryker's score: detected over detected and undetected; ignored (marked) and erroring mutants do not count.
  const score = detected + undetected ? (100 * detected) / (detected + undetected) : 100;
  return [file, `| \`${file}\` | ${mutants.length} | ${undetected} | ${count(mutants, 'Ignored')} | ${score.toFixed(1)} % |`];
});
const rows = [...kept, ...measured].sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row);
const table = ['| file | mutants | not detected | marked equivalent | score |', '|---|---|---|---|---|', ...rows].join('\n');
writeFileSync('README.md', readme.replace(marked, `$1${table}$3`));
console.log(`README.md: mutation scores for ${measured.length} files measured, ${kept.size} kept`);
