// React 19 JSX with the plain tags, typed by the generated types, and with the per-element wrappers.
import type {} from 'back-pain-widgets/types/jsx';
import { ExerciseCard } from 'back-pain-widgets/react/exercise-card.js';
import { BackPainTriage } from 'back-pain-widgets/react/back-pain-triage.js';
import { BackPainProvider, FactorExplainer } from 'back-pain-widgets/react';

export function Tags() {
  return (
    <back-pain-provider locale="es" emergency-number="112">
      <back-pain-triage save-answers ontriage-complete={(event) => console.log(event.detail.result.urgency)} />
      <exercise-card exercise="bird-dog" compact />
      <factor-explainer factor="spinal-stenosis" exercise-href="/exercises/{id}" />
      <red-flag-banner />
      <self-care-guide lang="es" />
      {/* @ts-expect-error compact is a boolean */}
      <exercise-card compact={3} />
      {/* @ts-expect-error there is no such element */}
      <exercise-cards />
    </back-pain-provider>
  );
}

export function Wrappers() {
  return (
    <BackPainProvider locale="es">
      <BackPainTriage onTriageComplete={(event) => console.log(event.detail.result.urgency)} />
      <ExerciseCard exercise="pelvic-tilt" compact onExerciseTimerChange={(event) => console.log(event.detail.change)} />
      <FactorExplainer factor="spinal-stenosis" />
      {/* @ts-expect-error compact is a boolean */}
      <ExerciseCard compact="yes" />
    </BackPainProvider>
  );
}
