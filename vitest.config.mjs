// The tests that need no browser, all in Node under Vitest:
//  - engine: the content and the triage engine (test/content, test/triage and the engine's test/node files);
//    `npm run test:engine`, and what Stryker runs for each mutant (stryker.config.mjs);
//  - paths: the session walked over every path and on random walks (slow: a minute on a busy machine);
//    `npm run test:paths`;
//  - node: server rendering, the FHIR file against its schema, the reading level and the loader's tables;
//  - package: the built package as npm users get it (the exports map, the manifest, server rendering and
//    React wrappers imported by name); needs `npm run build` first. `npm run test:package`.
// `npm run test:node` runs the first three with coverage; the content and the engine must keep 95 % of their
// lines and branches covered.
import { defineConfig } from 'vitest/config';

const ENGINE_NODE_TESTS = ['content', 'figure', 'first-page', 'loader', 'session', 'text', 'triage', 'wording'];
// Mutation runs leave out the random property tests: they take most of the time, and a mutant they kill in one
// run may survive the next. The example tests must pin every rule on their own.
const mutating = Boolean(process.env.STRYKER_MUTATOR_WORKER);

const engine = {
  extends: true,
  test: {
    name: 'engine',
    include: ['test/content/*.test.ts', 'test/triage/*.test.ts', ...ENGINE_NODE_TESTS.map((name) => `test/node/${name}.test.ts`)],
    exclude: mutating ? ['test/triage/properties.test.ts'] : [],
  },
};
const paths = { extends: true, test: { name: 'paths', include: ['test/node/session-paths.test.ts'] } };
const node = {
  extends: true,
  test: {
    name: 'node',
    include: ['test/node/*.test.ts'],
    exclude: ['test/node/session-paths.test.ts', ...ENGINE_NODE_TESTS.map((name) => `test/node/${name}.test.ts`)],
  },
};
const builtPackage = { extends: true, test: { name: 'package', include: ['test/package/*.test.mjs', 'test/consumers/*.test.ts'] } };

export default defineConfig({
  test: {
    projects: mutating ? [engine] : [engine, paths, node, builtPackage],
    // Generous: a busy 2-core machine runs the property tests many times slower than a quiet one.
    testTimeout: 120000,
    setupFiles: ['test/helpers/yield-to-runner.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/content/**/*.ts', 'src/triage/**/*.ts'],
      reportsDirectory: 'coverage',
      reporter: ['text-summary', 'lcovonly'],
      thresholds: {
        'src/content/**': { lines: 95, branches: 95 },
        'src/triage/**': { lines: 95, branches: 95 },
      },
    },
  },
});
