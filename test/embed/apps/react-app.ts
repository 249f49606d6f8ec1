// A small React 19 app that renders the @lit/react wrappers and keeps their events in React state.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { BackPainProvider, BackPainTriage, ExerciseCard } from '../../../src/react/index.js';
import { PRESET_ANSWERS, emptyLog, type Mount } from './types.js';

export const mount: Mount = (container) => {
  const events = emptyLog();

  function App() {
    const [steps, setSteps] = useState(0);
    return h(
      BackPainProvider,
      { emergencyNumber: '112' },
      h(BackPainTriage, {
        answers: PRESET_ANSWERS,
        onTriageStepChange: (event) => {
          events.stepChanges.push(event.detail.questionId);
          setSteps((count) => count + 1);
        },
        onTriageComplete: (event) => events.completions.push(event.detail.result.urgency),
        onTriageRedFlag: (event) => events.redFlags.push(...event.detail.flags.map((flag) => flag.id)),
        onTriageRestart: () => (events.restarts += 1),
      }),
      h('p', { id: 'steps' }, `Steps taken: ${steps}`),
      h(ExerciseCard, {
        exercise: 'bird-dog',
        compact: true,
        onExerciseTimerChange: (event) => events.timerChanges.push(event.detail.change),
      }),
    );
  }

  const root = createRoot(container);
  flushSync(() => root.render(h(App)));
  return {
    events,
    // React applies state set in a native event listener in a task of its own; flushSync runs it now.
    settle: async () => flushSync(() => undefined),
    unmount: () => root.unmount(),
  };
};

/** A triage whose `saveAnswers` the wrapper sets as a property, after the element is connected. */
export const mountSaving: Mount = (container) => {
  const root = createRoot(container);
  flushSync(() => root.render(h(BackPainTriage, { saveAnswers: true })));
  return { events: emptyLog(), settle: async () => flushSync(() => undefined), unmount: () => root.unmount() };
};
