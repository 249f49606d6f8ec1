// node:test's test, describe and it over Vitest's, so the engine's node:test files (test/node) also run in
// the mutation runs; `npm run test:node` still runs them with node:test itself. Only the forms those files
// use: (name, fn) and (name, { skip, todo }, fn).
import { describe as vitestDescribe, it as vitestIt } from 'vitest';

// The session tests that walk every path of the questions take over 30 s per mutant once Stryker has
// instrumented the code, and every content mutant would run them. Like the random property tests they
// are left out of mutation runs (they still run in `npm run test:node`): the example tests must pin the
// rules on their own.
const pathWalks = new Set([
  'progress never grows while the person answers forward, on any path',
  'settled means no answer to the open questions can make the urgency more urgent',
  'pages asked in stage 1: no background question, median and longest path within the measured bounds',
  'the end of stage 1 settles the urgency: the background questions can never change it',
]);
const leftOut = (name) => Boolean(process.env.STRYKER_MUTATOR_WORKER) && pathWalks.has(name);

const over = (vitest) => (name, options, fn) => {
  if (typeof options === 'function') [options, fn] = [{}, options];
  if (options?.skip || leftOut(name)) return vitest.skip(name, fn);
  if (options?.todo) return vitest.todo(name);
  return vitest(name, fn);
};

export const test = over(vitestIt);
export const it = test;
export const describe = over(vitestDescribe);
export const suite = describe;
