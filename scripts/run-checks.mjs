// Runs named checks in order, prints ok/FAIL for each, writes test-results/<name>.json and exits non-zero on any failure.
import { mkdirSync, writeFileSync } from 'node:fs';

export async function runChecks(name, checks) {
  let passed = 0;
  let failed = 0;
  for (const [label, check] of Object.entries(checks)) {
    try {
      await check();
      passed += 1;
      console.log(`  ok   ${label}`);
    } catch (error) {
      failed += 1;
      console.log(`  FAIL ${label}: ${error.message}`);
    }
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/${name}.json`, JSON.stringify({ passed, failed }));
  process.exit(failed ? 1 : 0);
}
