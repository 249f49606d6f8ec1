import { enPages, enQuestions } from '../../content/locales/en-questions.js';
import { enRedFlags, enUrgency } from '../../content/locales/en-warning-signs.js';
import { urgencyBoxStyles } from '../../internal/urgency-box.js';

// What the triage needs once someone answers: the engine, the banner that shows raised warning signs, the
// warning shown mid-check, and the text they show. Loaded right after the first question is on screen (the
// first page and its text are worked out ahead: first-page.ts, first-page-text.ts), so the first load carries
// none of them.
export { planQuestionIds, triageSession, validateAnswers } from '../../triage/index.js';
export { RedFlagBanner } from '../red-flag-banner/red-flag-banner.js';
export { midCheckWarning, warningNotice } from './mid-check-warning.js';

/** The mid-check warning's styles, which the triage adopts once this code is here. */
export const answeringStyles = [urgencyBoxStyles];

/** Every question's English, and the urgencies' and warning signs': added to the triage's on load. */
export const englishAnsweringText = { questions: enQuestions, pages: enPages, urgency: enUrgency, redFlags: enRedFlags };
