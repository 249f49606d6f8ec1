// Writes the pass/fail counts of a test run to test-results/ so .ci/run can sum every run.
// Counts are taken as each test file reports, like the summary reporter prints them.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countingReporter() {
  const bySession = new Map();
  return {
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) {
        const totals = { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, totals);
        // A file that failed to load or errored outside a test counts as a failure.
        if (!session.passed && totals.failed === 0) totals.failed = 1;
        bySession.set(session.id, totals);
      }
    },
    onTestRunFinished() {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const counts of bySession.values()) for (const key of Object.keys(totals)) totals[key] += counts[key];
      const name = process.env.BPW_RESULTS_NAME;
      if (!name) return;
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/${name}.json`, JSON.stringify(totals));
    },
  };
}
