// Plain TypeScript in a page: every tag is in HTMLElementTagNameMap, and the bubbling events are typed on
// document and window listeners too (GlobalEventHandlersEventMap).
import 'back-pain-widgets';
import type { BackPainProvider, BackPainTriage, ExerciseCard, TimerState, TriageCompleteDetail } from 'back-pain-widgets';
import type { Answers, TriageResult } from 'back-pain-widgets/triage';
import type { ContentStrings, StringOverrides } from 'back-pain-widgets/content';

const provider: BackPainProvider | null = document.querySelector('back-pain-provider');
const triage: BackPainTriage = document.createElement('back-pain-triage');
const card: ExerciseCard | null = document.querySelector('exercise-card');
document.querySelector('red-flag-banner')?.raised;
document.querySelector('self-care-guide')?.locale;
document.querySelector('factor-explainer')?.exerciseHref;

document.addEventListener('triage-complete', (event) => {
  const detail: TriageCompleteDetail = event.detail;
  const result: TriageResult = detail.result;
  const answers: Answers = detail.answers;
  console.log(result.urgency, answers);
});
window.addEventListener('exercise-timer-change', (event) => console.log(event.detail.secondsLeft));
triage.addEventListener('triage-red-flag', (event) => console.log(event.detail.flags.length));
// @ts-expect-error the detail has no such field
document.addEventListener('triage-step-change', (event) => event.detail.nope);

const overrides: StringOverrides = { ui: { 'timer-start': 'Go' } };
if (provider) provider.overrides = overrides;
const timer: Readonly<TimerState> | undefined = card?.timer;
const strings: ContentStrings = triage.strings;
console.log(timer, strings.locale);
