import { html } from 'lit';
import type { OwnElements } from '../../internal/own-elements.js';
import { ExerciseCard } from '../exercise-card/exercise-card.js';
import { enCautions, enExercises, enFactors, enNotes, enSafetyNet, enSelfCare } from '../../content/locales/en.js';

// What only a routine or urgent result's details need, which a person with a warning sign never waits for:
// the factors', plan's and exercises' English and the exercise cards. <back-pain-triage> loads it once its first
// question is on screen; the engine and the headline of every result (what to do, how soon, the call) are in its
// first load.
export { summaryText } from '../../triage/summary.js';

/** The English only the result's details show (and the summary and the FHIR file): added to the triage's on load. */
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
