// Writes each browser test run's pass/fail counts to test-results/, one file per suite and engine, so
// sum-results.mjs can add them to the one "N passed, N failed" line (Web Test Runner's own reporters print
// counts but write no file). The suite is the test folder every file is in (test/embed: "embed"), else "wtr";
// the engine is the group ("default" is Chromium).
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

const suiteOf = (files) => {
  const folders = new Set(files.map((file) => /[\\/]test[\\/]([\w-]+)[\\/]/.exec(file)?.[1]));
  return folders.size === 1 ? [...folders][0] ?? 'wtr' : 'wtr';
};

export function countingReporter() {
  const bySession = new Map();
  let suite = 'wtr';
  return {
    start({ testFiles }) {
      suite = suiteOf(testFiles);
    },
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) {
        const totals = { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, totals);
        // A file that failed to load or errored outside a test counts as a failure.
        if (!session.passed && totals.failed === 0) totals.failed = 1;
        bySession.set(session.id, { engine: session.group.name === 'default' ? 'chromium' : session.group.name, totals });
      }
    },
    onTestRunFinished() {
      const byEngine = new Map();
      for (const { engine, totals } of bySession.values()) {
        const sum = byEngine.get(engine) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const key of Object.keys(sum)) sum[key] += totals[key];
        byEngine.set(engine, sum);
      }
      mkdirSync('test-results', { recursive: true });
      for (const [engine, totals] of byEngine) writeFileSync(`test-results/${suite}-${engine}.json`, JSON.stringify(totals));
    },
  };
}
