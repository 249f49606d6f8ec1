// node:test's test, describe and it over Vitest's, so the engine's node:test files (test/node) also run in
// the mutation runs; `npm run test:node` still runs them with node:test itself. Only the forms those files
// use: (name, fn) and (name, { skip, todo }, fn).
import { describe as vitestDescribe, it as vitestIt } from 'vitest';

const over = (vitest) => (name, options, fn) => {
  if (typeof options === 'function') [options, fn] = [{}, options];
  if (options?.skip) return vitest.skip(name, fn);
  if (options?.todo) return vitest.todo(name);
  return vitest(name, fn);
};

export const test = over(vitestIt);
export const it = test;
export const describe = over(vitestDescribe);
export const suite = describe;
