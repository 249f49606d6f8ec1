import { triageSession, type TriageSession } from './session.js';

/** What everyone sees first: the session with no answers, the same for every person, worked out once. */
export const firstSession: TriageSession = triageSession({});
