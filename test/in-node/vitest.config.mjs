// Runs the engine's browser tests (test/content, test/triage) in Node: `npm run test:engine`, and the
// mutation runs (stryker.config.mjs), where Vitest loads the modules afresh for every mutant, so a
// changed content table is seen without a new process.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    // @open-wc/testing's helpers need a DOM; the engine tests use only its `expect`.
    alias: { '@open-wc/testing': fileURLToPath(new URL('./open-wc-testing.mjs', import.meta.url)) },
  },
  test: {
    include: ['test/content/*.test.ts', 'test/triage/*.test.ts'],
    // Mutation runs leave out the random property tests: they take most of the time, and a mutant they
    // kill in one run may survive the next. The example tests must pin every rule on their own.
    exclude: process.env.STRYKER_MUTATOR_WORKER ? ['test/triage/properties.test.ts'] : [],
    // describe and it as globals, as mocha gives them in the browser.
    globals: true,
    testTimeout: 60000,
  },
});
