import { triageSession } from './session.js';

/**
 * The question everyone meets first: the same for every person, so the script-tag bundles carry it worked out
 * at build time (rollup.config.ts) instead of asking the engine when a triage is created. The content always
 * has a first question; a build without one fails here.
 */
export const firstQuestionId: string = triageSession({}).current!.id;
