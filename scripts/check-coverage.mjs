// The content and the engine must keep >= 95% line and branch coverage (from the Chromium run).
import { existsSync, readFileSync } from 'node:fs';

const FLOOR = 95;
const AREAS = ['src/content/', 'src/triage/'];
const lcov = 'coverage/lcov.info';
if (!existsSync(lcov)) {
  console.error(`${lcov} is missing: run the Chromium tests with --coverage first.`);
  process.exit(1);
}
const totals = Object.fromEntries(AREAS.map((area) => [area, { lf: 0, lh: 0, brf: 0, brh: 0 }]));
let area = null;
for (const line of readFileSync(lcov, 'utf8').split('\n')) {
  if (line.startsWith('SF:')) {
    const file = line.slice(3).replace(/\\/g, '/');
    area = AREAS.find((candidate) => file.includes(candidate)) ?? null;
  } else if (area) {
    const [key, value] = line.split(':');
    const field = { LF: 'lf', LH: 'lh', BRF: 'brf', BRH: 'brh' }[key];
    if (field) totals[area][field] += Number(value);
  }
}
let ok = true;
for (const [name, t] of Object.entries(totals)) {
  const lines = t.lf ? (100 * t.lh) / t.lf : 0;
  const branches = t.brf ? (100 * t.brh) / t.brf : 100;
  const pass = t.lf > 0 && lines >= FLOOR && branches >= FLOOR;
  ok &&= pass;
  console.log(`${pass ? 'ok  ' : 'LOW '} ${name.padEnd(13)} lines ${lines.toFixed(1)}%  branches ${branches.toFixed(1)}%  (floor ${FLOOR}%)`);
}
process.exit(ok ? 0 : 1);
