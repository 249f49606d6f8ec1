// Writes the guide pages' generated tables (stories/docs/*.mdx) between {/* name:start */} and {/* name:end */}:
// the shared tokens (from custom-elements.json), the answer ids (from the content), the reserved space (from
// demo/reserve-space.css), the reading level (by the reading-level tests' own counting) and, after a build, the
// sizes (size-limit's figures against the budgets in .size-limit.mjs).
// `--check` fails when a page is out of date instead of writing it (sizes change with every code change, so the
// check leaves them to `npm run docs`). Run after `npm run build`: `npm run docs`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { questions, en, es } from '../src/content/index.js';
import type { Condition } from '../src/content/types.js';
import { partsOf } from '../src/triage/conditions.js';
import { readingLevelExceptions } from '../test/content/reading-level-exceptions.js';
import { readingLevelExceptionsEs } from '../test/content/reading-level-exceptions-es.js';
import { countsOf, gradeOfPiece } from '../test/content/readability.js';
import { fernandezHuertaOf, inflesz } from '../test/content/readability-es.js';
import type { Piece } from '../test/content/sentences.js';
import { piecesOf, textsOf } from '../test/content/text-walk.js';

interface ManifestItem { name: string; description?: string; default?: string }
interface Declaration { name: string; cssProperties?: ManifestItem[] }

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`).trim();
const code = (text: string | undefined) => (text ? `\`${(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim()}\`` : '');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function describeCondition(condition: Condition): string {
  return partsOf(condition).map((part) => `${code(part.question)} is ${part.anyOf.map(code).join(' or ')}`).join(' and ');
}

function answersTable(): string {
  return table(
    ['question id', 'question', 'option ids (English text)', 'asked when', 'page (checkbox label)'],
    questions.map((question) => {
      const text = en.questions[question.id];
      const options = question.options.map((option) => `${code(option.id)} (${cell(text.options[option.id])})`).join(', ');
      const page = question.page ? `${code(question.page)}: ${cell(en.pages[question.page as keyof typeof en.pages].text)} (${cell(text.sign)})` : 'its own';
      return [code(question.id), cell(text.text), options, question.askIf ? describeCondition(question.askIf) : 'always', page];
    }),
  );
}

/** Every widget reads the same tokens, documented once on the base class. */
function tokensTable(): string {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const base = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === 'WidgetElement');
  return table(['token', 'default', 'description'], (base?.cssProperties ?? []).map((token) => [code(token.name), code(token.default), cell(token.description)]));
}

const MIN_WORDS_ALONE = 8;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const spread = (values: number[], worst: 'max' | 'min', unit = '') =>
  `mean ${mean(values).toFixed(1)}, ${worst} ${(worst === 'max' ? Math.max(...values) : Math.min(...values)).toFixed(1)}${unit}`;

/** The reading level of every string of 8+ words and of every piece a person reads together. */
function readingTable(): string {
  const rows: string[][] = [];
  const measure = (locale: string, strings: typeof en, excepted: Set<string>, scores: [string, (piece: Piece) => number, 'max' | 'min'][]) => {
    const entries = textsOf(strings);
    const long = entries.filter((entry) => !excepted.has(entry.path) && countsOf({ texts: [entry.text] }).word >= MIN_WORDS_ALONE);
    const pieces = [...piecesOf(entries, excepted).values()];
    for (const [name, of, worst] of scores) {
      rows.push([
        `${locale}, ${name}`,
        spread(long.map((entry) => of({ texts: [entry.text] })), worst, ` (${long.length} strings)`),
        spread(pieces.map(of), worst, ` (${pieces.length} pieces)`),
      ]);
    }
  };
  measure('English', en, new Set(readingLevelExceptions.map((e) => e.path)), [['Flesch-Kincaid grade', gradeOfPiece, 'max']]);
  measure('Spanish', es, new Set(readingLevelExceptionsEs.map((e) => e.path)), [
    ['Fernández-Huerta', fernandezHuertaOf, 'min'],
    ['INFLESZ', inflesz, 'min'],
  ]);
  return table(['', 'strings of 8+ words', 'pieces read together'], rows);
}

/** size-limit's figures (brotli, quality 11) for each budget in .size-limit.mjs. */
const { default: sizeBudgets } = (await import(new URL('../.size-limit.mjs', import.meta.url).href)) as { default: { name: string; limit: string }[] };
function sizeTable(): string {
  const measured = JSON.parse(execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' })) as { name: string; size: number; passed: boolean }[];
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  return table(
    ['file or first load', 'brotli KiB', 'budget KiB', 'within'],
    measured.map(({ name, size, passed }) => {
      const budget = sizeBudgets.find((entry) => entry.name === name)?.limit ?? '';
      return [code(name), kb(size), budget.replace(/\s*KiB$/, ''), budget ? (passed ? 'yes' : '**no**') : ''];
    }),
  );
}

const checking = process.argv.includes('--check');
const generated: [page: string, name: string, body: () => string][] = [
  ['theming', 'tokens', tokensTable],
  ['embedding', 'reserve-space', () => ['```css', readFileSync('demo/reserve-space.css', 'utf8').trim(), '```'].join('\n')],
  ['engine-api', 'answers', answersTable],
  ['clinical-sources', 'reading', readingTable],
  ...(checking ? [] : ([['size-and-speed', 'size', sizeTable]] as [string, string, () => string][])),
];
const stale: string[] = [];
for (const [page, name, body] of generated) {
  const path = `stories/docs/${page}.mdx`;
  const text = readFileSync(path, 'utf8');
  const pattern = new RegExp(`(\\{/\\* ${name}:start \\*/\\}\\n)[\\s\\S]*?(\\{/\\* ${name}:end \\*/\\})`);
  if (!pattern.test(text)) throw new Error(`${path} has no {/* ${name}:start */} / {/* ${name}:end */} markers`);
  const updated = text.replace(pattern, (_match, start: string, end: string) => `${start}${body()}\n${end}`);
  if (updated === text) continue;
  if (checking) stale.push(`${path} (${name})`);
  else writeFileSync(path, updated);
}
if (checking && stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run build && npm run docs\` and commit the pages.`);
  process.exit(1);
}
console.log(checking ? 'The guide pages\u2019 tables are up to date.' : 'The guide pages\u2019 tables are written.');
