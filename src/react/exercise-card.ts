// `import { ExerciseCard } from 'back-pain-widgets/react/exercise-card.js'` defines only the card.
import * as React from 'react';
import type { EventName } from '@lit/react';
import { ExerciseCard as ExerciseCardElement } from '../define/exercise-card.js';
import type { ExerciseTimerChangeDetail } from '../components/exercise-card/exercise-card.js';
import { createWrapper } from './create-wrapper.js';

export type { ExerciseTimerChangeDetail };

/** `<exercise-card>`: props `exercise`, `compact`; `onExerciseTimerChange`. */
export const ExerciseCard = createWrapper({
  react: React,
  tagName: 'exercise-card',
  elementClass: ExerciseCardElement,
  displayName: 'ExerciseCard',
  events: {
    onExerciseTimerChange: 'exercise-timer-change' as EventName<CustomEvent<ExerciseTimerChangeDetail>>,
  },
});
