// Lets the engine's browser tests (test/triage, test/content) run under mocha in Node, for
// `npm run test:engine` and mutation testing: they import `expect` from @open-wc/testing, whose
// helpers need a DOM, so that one import resolves to chai's `expect` instead.
import { register } from 'node:module';

register('./resolve-hooks.mjs', import.meta.url);
