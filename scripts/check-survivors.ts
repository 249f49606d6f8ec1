// Checks that no mutant the tests leave alive lowers anyone's urgency (issue 15): each surviving mutant
// in reports/mutation/mutation.json is applied to a copy of the engine and its content, which then
// triages the clinical vignettes and a fixed random sample of answer sets (most of them partial, as
// during the questions). Prints, per survivor, how many answer sets get a lower or a higher urgency, and
// how many the session calls settled ("Your other answers will not change this") when it is not; exits 1
// when any urgency is lowered or settled too early, since both tell a person less than they should hear.
// Run after `npm run mutation`: node --import tsx scripts/check-survivors.ts [report.json]
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { URGENCY_LEVELS, type UrgencyId } from '../src/content/index.js';
import { triage as originalTriage, triageSession as originalSession } from '../src/triage/index.js';
import { validAnswers } from '../test/triage/arbitraries.js';
import { vignettes } from '../test/triage/vignettes.data.js';

interface Position {
  line: number;
  column: number;
}
interface Mutant {
  id: string;
  mutatorName: string;
  replacement: string;
  status: string;
  location: { start: Position; end: Position };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
const answerSets = [
  ...vignettes.map((vignette) => vignette.answers as Record<string, string>),
  ...fc.sample(validAnswers, { seed: 15, numRuns: 5000 }),
];
const expected = answerSets.map((answers) => originalTriage(answers).urgency);
const settled = answerSets.map((answers) => originalSession(answers).settled);
const rank = (urgency: UrgencyId) => URGENCY_LEVELS.indexOf(urgency);

const offsetOf = (source: string, { line, column }: Position): number =>
  source.split('\n').slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;

const scratch = resolve('.stryker-tmp/urgency-check');
rmSync(scratch, { recursive: true, force: true });
let lowering = 0;
let checked = 0;
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  for (const mutant of mutants.filter((candidate) => candidate.status === 'Survived')) {
    // A fresh copy per mutant, so each import loads its own module graph.
    const root = join(scratch, mutant.id);
    mkdirSync(root, { recursive: true });
    cpSync('src/content', join(root, 'src/content'), { recursive: true });
    cpSync('src/triage', join(root, 'src/triage'), { recursive: true });
    const start = offsetOf(source, mutant.location.start);
    const end = offsetOf(source, mutant.location.end);
    writeFileSync(join(root, file), source.slice(0, start) + mutant.replacement + source.slice(end));
    const { triage, triageSession } = (await import(pathToFileURL(join(root, 'src/triage/index.ts')).href)) as {
      triage: typeof originalTriage;
      triageSession: typeof originalSession;
    };
    let lower = 0;
    let higher = 0;
    let early = 0;
    answerSets.forEach((answers, i) => {
      const change = rank(triage(answers).urgency) - rank(expected[i]);
      if (change > 0) lower += 1;
      if (change < 0) higher += 1;
      if (triageSession(answers).settled && !settled[i]) early += 1;
    });
    checked += 1;
    if (lower || early) lowering += 1;
    const where = `${file}:${mutant.location.start.line}:${mutant.location.start.column}`;
    console.log(
      `${lower || early ? 'LOWERS' : 'ok    '} ${where} ${mutant.mutatorName}: lower ${lower}, higher ${higher}, settled early ${early} of ${answerSets.length}`,
    );
  }
}
rmSync(scratch, { recursive: true, force: true });
console.log(`${checked} surviving mutants checked over ${answerSets.length} answer sets; ${lowering} lower an urgency or settle it early.`);
process.exit(lowering ? 1 : 0);
