import { html } from 'lit';
import type { OwnElements } from '../../internal/own-elements.js';
import { ExerciseCard } from '../exercise-card/exercise-card.js';
import { checkAnswersStyles } from './check-answers.js';
import { resultStyles } from './result-page.styles.js';
import { enCautions, enExercises, enFactors, enNotes, enSafetyNet, enSelfCare } from '../../content/locales/en.js';

// What only the result shows, loaded by <back-pain-triage> after its first question is on screen, so the
// first load carries the questions and the engine but not the result page and the exercise cards.
export { resultDetails, resultHeadline } from './result-page.js';
export { checkAnswersPage } from './check-answers.js';
export { summaryText } from '../../triage/summary.js';

/** The result's and the check page's styles, which the triage adopts once this code is here. */
export const resultPageStyles = [checkAnswersStyles, resultStyles];

/** The English only the result shows (and the summary and the FHIR file name): added to the triage's on load. */
export const englishResultText = {
  factors: enFactors,
  exercises: enExercises,
  selfCare: enSelfCare,
  notes: enNotes,
  cautions: enCautions,
  safetyNet: enSafetyNet,
};

/**
 * Our exercise card, under the name the host registered it as (see WidgetElement.define). Under its usual
 * name it is a template, so it renders on the server too; under another name, a node.
 */
export function exerciseCard(own: OwnElements, exercise: string): unknown {
  if (!own.renamed(ExerciseCard, 'exercise-card')) {
    return html`<exercise-card exercise=${exercise} compact></exercise-card>`;
  }
  return own.get<ExerciseCard>(ExerciseCard, 'exercise-card', `card:${exercise}`, (node) => {
    node.setAttribute('exercise', exercise);
    node.toggleAttribute('compact', true);
  });
}
