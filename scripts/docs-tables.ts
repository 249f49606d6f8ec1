// Writes the README's generated tables (answers from the content module, element APIs from
// custom-elements.json) between <!-- name:start --> and <!-- name:end --> markers.
// `--check` fails when the README is out of date instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { questions, en } from '../src/content/index.js';
import type { Condition } from '../src/content/types.js';
import { partsOf } from '../src/triage/conditions.js';

interface ManifestItem { name: string; fieldName?: string; type?: { text: string }; description?: string; attribute?: string; kind?: string; privacy?: string; static?: boolean; readonly?: boolean; default?: string }
interface Declaration { name: string; tagName?: string; customElement?: boolean; summary?: string; attributes?: ManifestItem[]; members?: ManifestItem[]; events?: ManifestItem[]; cssParts?: ManifestItem[]; cssProperties?: ManifestItem[]; slots?: ManifestItem[] }

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text: string | undefined) => (text ? `\`${cell(text)}\`` : '');

function describeCondition(condition: Condition): string {
  return partsOf(condition).map((part) => `${code(part.question)} is ${part.anyOf.map(code).join(' or ')}`).join(' and ');
}

function answersTable(): string {
  const rows = questions.map((question) => {
    const text = en.questions[question.id];
    const options = question.options.map((option) => `${code(option.id)} (${cell(text.options[option.id])})`).join(', ');
    const page = question.page ? `${code(question.page)}: ${cell(en.pages[question.page as keyof typeof en.pages].text)} (${cell(text.sign)})` : 'its own';
    return `| ${code(question.id)} | ${cell(text.text)} | ${options} | ${question.askIf ? describeCondition(question.askIf) : 'always'} | ${page} |`;
  });
  return ['| question id | question | option ids (English text) | asked when | page (checkbox label) |', '|---|---|---|---|---|', ...rows].join('\n');
}

function table(title: string, head: string, items: string[]): string {
  return items.length ? [`**${title}**\n`, head, head.replace(/[^|]+/g, '---'), ...items, ''].join('\n') : '';
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
// Every widget inherits the shared tokens from the base class: one table in Theming, not one per element.
const sharedTokens = declarations.find((declaration) => declaration.name === 'WidgetElement')?.cssProperties ?? [];
const sharedTokenNames = new Set(sharedTokens.map((token) => token.name));

const tokenRow = (p: ManifestItem) => `| ${code(p.name)} | ${code(p.default)} | ${cell(p.description)} |`;

function tokensTable(): string {
  return ['| token | default | description |', '|---|---|---|', ...sharedTokens.map(tokenRow)].join('\n');
}

function elementTables(): string {
  const elements = declarations
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
  return elements
    .map((element) => {
      const isPublic = (member: ManifestItem) =>
        !member.static && (member.privacy ?? 'public') === 'public' && !/^[_#]/.test(member.name);
      const members = element.members ?? [];
      const publicFields = members.filter((member) => member.kind === 'field' && isPublic(member));
      const methods = members.filter((member) => member.kind === 'method' && isPublic(member));
      const publicNames = new Set(publicFields.map((field) => field.name));
      const attributes = (element.attributes ?? []).filter(
        (attribute) => !attribute.fieldName || publicNames.has(attribute.fieldName),
      );
      return [
        `### \`<${element.tagName}>\`\n`,
        `${cell(element.summary ?? '')}\n`,
        table('Attributes', '| attribute | property | type | default | description |', attributes.map(
          (a) => `| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)} |`,
        )),
        table('Properties', '| property | type | description |', publicFields.map(
          (f) => `| ${code(f.name)}${f.readonly ? ' (read-only)' : ''} | ${code(f.type?.text)} | ${cell(f.description)} |`,
        )),
        table('Methods', '| method | description |', methods.map((m) => `| ${code(`${m.name}()`)} | ${cell(m.description)} |`)),
        table('Events', '| event | detail | description |', (element.events ?? []).map(
          (e) => `| ${code(e.name)} | ${code(e.type?.text)} | ${cell(e.description)} |`,
        )),
        table('Slots', '| slot | description |', (element.slots ?? []).map((s) => `| ${code(s.name || '(default)')} | ${cell(s.description)} |`)),
        table('Parts', '| part | description |', (element.cssParts ?? []).map((p) => `| ${code(p.name)} | ${cell(p.description)} |`)),
        table(
          'CSS custom properties (besides the shared tokens in Theming)',
          '| token | default | description |',
          (element.cssProperties ?? []).filter((p) => !sharedTokenNames.has(p.name)).map(tokenRow),
        ),
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
}

function sizeTable(): string | null {
  try {
    return readFileSync('test-results/size.md', 'utf8').trim();
  } catch {
    return null;
  }
}

const checking = process.argv.includes('--check');
// Sizes change with every code change, so the check leaves them to `npm run size && npm run docs`.
const generated: Record<string, string | null> = {
  tokens: tokensTable(),
  'reserve-space': ['```css', readFileSync('demo/reserve-space.css', 'utf8').trim(), '```'].join('\n'),
  answers: answersTable(),
  elements: elementTables(),
  size: checking ? null : sizeTable(),
};
const readme = readFileSync('README.md', 'utf8');
let updated = readme;
for (const [name, body] of Object.entries(generated)) {
  if (body === null) continue;
  const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!pattern.test(updated)) throw new Error(`README.md has no <!-- ${name}:start --> / <!-- ${name}:end --> markers`);
  updated = updated.replace(pattern, `$1${body}\n$2`);
}
if (checking) {
  if (updated !== readme) {
    console.error('README.md tables are out of date: run `npm run docs` and commit README.md.');
    process.exit(1);
  }
  console.log('README.md tables are up to date.');
} else {
  writeFileSync('README.md', updated);
  console.log('README.md tables written.');
}
