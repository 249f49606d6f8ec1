/** The triage engine: pure TypeScript, no DOM, runs in Node and browsers. */
export type * from './types.js';
export { AnswerValidationError, validateAnswers } from './validate.js';
export { answersThatApply, nextQuestion, planQuestionIds, questionsToAsk } from './flow.js';
export { triage } from './triage.js';
export { summaryText } from './summary.js';
export { triageSession, type TriageSession } from './session.js';
export { journey, startJourney, type JourneyAction, type JourneyEvent, type JourneyState, type JourneyStep, type Page } from './journey.js';
