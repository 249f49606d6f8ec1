// A small Vue 3 app that uses the elements directly: isCustomElement, `.prop` bindings and `@event` listeners.
// The fixture build aliases `vue` to its full build, which compiles this template at run time.
import { createApp, nextTick, ref } from 'vue';
import { PRESET_ANSWERS, emptyLog, type Mount } from './types.js';
import '../../../src/index.js';

const TAGS = new Set([
  'back-pain-provider',
  'back-pain-triage',
  'red-flag-banner',
  'exercise-card',
  'self-care-guide',
  'factor-explainer',
]);

export const mount: Mount = (container) => {
  const events = emptyLog();
  const app = createApp({
    setup() {
      const steps = ref(0);
      const answers = ref({ ...PRESET_ANSWERS });
      return {
        steps,
        answers,
        onStep: (event: CustomEvent<{ questionId: string }>) => {
          events.stepChanges.push(event.detail.questionId);
          steps.value += 1;
        },
        onComplete: (event: CustomEvent<{ result: { urgency: string } }>) =>
          events.completions.push(event.detail.result.urgency),
        onRedFlag: (event: CustomEvent<{ flags: { id: string }[] }>) =>
          events.redFlags.push(...event.detail.flags.map((flag) => flag.id)),
        onRestart: () => (events.restarts += 1),
        onTimer: (event: CustomEvent<{ change: string }>) => events.timerChanges.push(event.detail.change),
      };
    },
    template: `
      <back-pain-provider emergency-number="112">
        <back-pain-triage
          :answers.prop="answers"
          @triage-step-change="onStep"
          @triage-complete="onComplete"
          @triage-red-flag="onRedFlag"
          @triage-restart="onRestart"
        ></back-pain-triage>
        <p id="steps">Steps taken: {{ steps }}</p>
        <exercise-card exercise="bird-dog" :compact.prop="true" @exercise-timer-change="onTimer"></exercise-card>
      </back-pain-provider>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => TAGS.has(tag);
  app.mount(container);
  return { events, settle: () => nextTick(), unmount: () => app.unmount() };
};
