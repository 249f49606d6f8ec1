import { triageSession, type TriageSession } from './session.js';

/**
 * What everyone sees first: the session with no answers, the same for every person. The script-tag bundles carry
 * it worked out at build time (rollup.config.ts), so neither creating a triage nor its first render runs the engine.
 */
export const firstSession: TriageSession = triageSession({});
