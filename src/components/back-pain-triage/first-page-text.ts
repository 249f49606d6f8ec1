import type { EnglishText } from '../../internal/locale.js';
import { enPages, enQuestions } from '../../content/locales/en-questions.js';
import type { PageId } from '../../content/types.js';
import { firstSession } from '../../triage/first-page.js';

/**
 * The English of the first page only: the script-tag bundles carry it worked out at build time (rollup.config.ts),
 * and the other questions' text comes with the engine (answering.ts).
 */
export const firstPageText: Pick<EnglishText, 'questions' | 'pages'> = {
  questions: Object.fromEntries(firstSession.page.map(({ id }) => [id, enQuestions[id]])),
  pages: Object.fromEntries(firstSession.page.flatMap(({ page }) => (page ? [[page, enPages[page as PageId]]] : []))),
};
