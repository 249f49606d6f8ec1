// Sums every test run's counts in test-results/ into the one closing line CI reads (`npm test`, .ci/run):
// Vitest's JSON reports (numPassedTests, numFailedTests) and the other runs' { passed, failed } files.
// `--clear` empties test-results/ first. A status argument (the exit status of the steps before) that is
// not 0 counts as one failure when no test run recorded one (written to test-results/, so a second sum says the
// same), so a failed check (lint, types, build, size) still fails the line.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const dir = 'test-results';
if (process.argv.includes('--clear')) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  process.exit(0);
}
let passed = 0;
let failed = 0;
for (const file of existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : []) {
  const counts = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  if ('numPassedTests' in counts) {
    passed += counts.numPassedTests;
    failed += counts.numFailedTests || (counts.success ? 0 : 1);
  } else {
    passed += counts.passed ?? 0;
    failed += counts.failed ?? 0;
  }
}
const status = Number(process.argv[2] ?? 0);
if (passed + failed === 0 || (status !== 0 && failed === 0)) {
  failed = 1;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/failed-check.json`, JSON.stringify({ passed: 0, failed: 1 }));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
