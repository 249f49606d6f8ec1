// Runs the engine's browser tests (test/content, test/triage) and its node:test files in Node: `npm run test:engine`, and the
// mutation runs (stryker.config.mjs), where Vitest loads the modules afresh for every mutant, so a
// changed content table is seen without a new process.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The node:test files that check only the engine and its content, the exercise poses too (test/node also
// holds SSR, FHIR and reading-level checks, which need more than the engine or take long).
const engineNodeTests = ['content', 'figure', 'first-page', 'session', 'session-paths', 'text', 'triage', 'wording'].map((name) => `test/node/${name}.test.ts`);

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    // @open-wc/testing's helpers need a DOM; the engine tests use only its `expect`.
    alias: {
      '@open-wc/testing': fileURLToPath(new URL('./open-wc-testing.mjs', import.meta.url)),
      'node:test': fileURLToPath(new URL('./node-test.mjs', import.meta.url)),
    },
  },
  test: {
    include: ['test/content/*.test.ts', 'test/triage/*.test.ts', ...engineNodeTests],
    // Mutation runs leave out the random property tests: they take most of the time, and a mutant they
    // kill in one run may survive the next. The example tests must pin every rule on their own.
    // So do the session's walks over every path (test/node/session-paths.test.ts), over 30 s per mutant.
    exclude: process.env.STRYKER_MUTATOR_WORKER ? ['test/triage/properties.test.ts', 'test/node/session-paths.test.ts'] : [],
    // describe and it as globals, as mocha gives them in the browser.
    globals: true,
    testTimeout: 60000,
  },
});
