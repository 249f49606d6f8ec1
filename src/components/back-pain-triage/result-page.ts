import { html, nothing } from 'lit';
import type { CarePlan, RankedFactor, TriageResult, EvidenceAnswer } from '../../triage/types.js';
import { confidenceText } from '../../triage/text.js';
import { levelRules, safetyNetFor } from '../../triage/levels.js';
import { callEmergency, urgencyBox } from '../../internal/urgency-box.js';
import { exercises as exerciseData } from '../../content/exercises.js';
import { answerList, answerSummary } from './check-answers.js';
import type { ActionStatus } from './result-actions-controller.js';
import type { PageText } from './page-text.js';
import type { HostAction } from './host-action.js';
import type { LoadState } from '../../internal/lazy-code.js';

/** How many exercise cards show before the rest fold away. */
export const EXERCISES_SHOWN = 2;

export interface ResultView {
  result: TriageResult;
  /** Every answer that still counts, in the order asked: the printed list. */
  answers: readonly EvidenceAnswer[];
  emergencyNumber: string | null;
  /** "Call 999 now", or the words for a local number when none is known. */
  callText: string;
  action: HostAction | null;
  /** The plan before "Tailor my plan", once the person has tailored it; null otherwise. */
  planBefore: CarePlan | null;
  status: ActionStatus;
  date: string;
  onCopy(): void;
  onPrint(): void;
  onDownload(): void;
  onCheckAnswers(): void;
  /** "Start again" asks first: `confirmingRestart` shows the question, `onRestart` clears the answers. */
  confirmingRestart: boolean;
  onAskRestart(asking: boolean): void;
  onRestart(): void;
  /** Back to the questions still open (a result reached early through "Get help now"). */
  onCarryOn(): void;
  /** Stage 2: the background questions that fit the plan to the person. */
  onTailor(): void;
  manualText(): string;
  /** The element's own exercise card for an exercise (under the tag name the host registered). */
  card(exercise: string): unknown;
  /** True once the person has opened the fold: its cards are made then, not on every result (`npm run bench`). */
  opened(fold: ExerciseFold): boolean;
  onFoldToggle(fold: ExerciseFold, event: Event): void;
}

/** The folds that hold exercise cards. */
export type ExerciseFold = 'exercises' | 'more-exercises';

/**
 * The one main action of a result (levels.ts): the call; the host's page for a same-day appointment or
 * for booking, when it gives one (otherwise the "what to do" line above says how); start the plan.
 */
function mainAction(text: PageText, view: ResultView) {
  const { action } = levelRules[view.result.urgency];
  if (action === 'call') return callEmergency(view.emergencyNumber, view.callText);
  if (view.action) return html`<a class="main-action" part="action" href=${view.action.href}>${view.action.label}</a>`;
  if (action !== 'start-plan') return nothing;
  return html`<button type="button" part="start-plan" @click=${startPlan}>${text.ui('start-plan')}</button>`;
}

/** "Start your plan": to the plan's heading, which is read from there. */
function startPlan(event: Event): void {
  const heading = ((event.currentTarget as Element).getRootNode() as ParentNode).querySelector<HTMLElement>('#plan-heading');
  heading?.focus();
}

/**
 * The top of the result, the first thing on a phone screen: how soon, what to do and one main action.
 * For an emergency that action is the call, right under the heading, with nothing beside it.
 */
export function resultHeadline(text: PageText, view: ResultView) {
  const { result } = view;
  const urgency = text.strings.urgency[result.urgency];
  const emergency = result.urgency === 'emergency';
  return html`<div class="print-only print-header" part="print-header" lang=${text.strings.locale}>
      <p class="print-title">${text.ui('summary-title')}</p>
      <p>${text.ui('summary-date', { date: view.date })}</p>
      <p>${text.ui('not-a-diagnosis')}</p>
    </div>
    <div lang=${text.strings.locale}>
      ${urgencyBox({
        level: result.urgency,
        part: 'urgency',
        headline: urgency.headline,
        headingId: 'step-heading',
        body: [
          emergency ? mainAction(text, view) : nothing,
          html`<p class="what-to-do">${urgency.whatToDo}</p>`,
          html`<p>${text.ui('how-soon')}: ${urgency.howSoon}</p>`,
          emergency ? nothing : mainAction(text, view),
          result.urgency === 'urgent' ? html`<p class="when-closed" part="when-closed">${text.ui('urgent-closed')}</p>` : nothing,
        ],
      })}
      ${view.planBefore ? planUpdated(text, view.planBefore, result.plan) : nothing}
      ${result.complete
        ? nothing
        : html`<p class="partial" part="partial">
            ${text.ui('partial-result')}
            <button type="button" class="secondary" part="carry-on" @click=${view.onCarryOn}>${text.ui('answer-the-rest')}</button>
          </p>`}
    </div>`;
}

/** After "Tailor my plan": the self-care steps and exercises the answers added, right under the headline. */
function planUpdated(text: PageText, before: CarePlan, after: CarePlan) {
  const added = [
    ...after.selfCare.filter((id) => !before.selfCare.includes(id)).map((id) => text.strings.selfCare[id]?.title ?? id),
    ...after.exercises.filter((id) => !before.exercises.includes(id)).map((id) => text.strings.exercises[id]?.name ?? id),
  ];
  return html`<div class="plan-updated" part="plan-updated">
    ${added.length
      ? html`<p>${text.ui('plan-updated')}</p>
          <ul>
            ${added.map((name) => html`<li>${name}</li>`)}
          </ul>`
      : html`<p>${text.ui('plan-unchanged')}</p>`}
  </div>`;
}

/** The rest of the result: reasons and details folded, the safety net always open, then the actions. */
export function resultDetails(text: PageText, view: ResultView) {
  const { result } = view;
  const emergency = result.urgency === 'emergency';
  return html`<div class="result" part="result-details" lang=${text.strings.locale}>
    ${why(text, result)} ${printSummary(text, result)}
    ${emergency ? nothing : html`${plan(text, result)} ${exercises(text, view)} ${factors(text, result)}`}
    ${emergency || !result.complete || !result.planQuestions.length
      ? nothing
      : html`<section class="tailor" part="tailor">
          <h3>${text.ui('tailor-plan')}</h3>
          <p>${text.ui('tailor-plan-intro', { count: result.planQuestions.length })}</p>
          <button type="button" class="secondary" part="tailor-plan" @click=${view.onTailor}>${text.ui('tailor-plan')}</button>
        </section>`}
    ${emergency
      ? nothing
      : html`<section class="safety-net" part="safety-net">
          <h3>${text.ui('safety-net-heading')}</h3>
          <ul>
            ${safetyNetFor(text.strings.safetyNet, result.urgency).map((line) => html`<li>${line}</li>`)}
          </ul>
        </section>`}
    <section class="print-only all-answers" part="all-answers">
      <h3>${text.ui('all-answers')}</h3>
      ${answerSummary(text, view.answers)}
    </section>
    ${actions(text, view)}
  </div>`;
}

/**
 * Paper only, for a clinician: the answers behind each warning sign, the factors with the answers that
 * point to them, the plan and the exercises with their doses. On screen these fold, and a closed fold
 * does not print.
 */
function printSummary(text: PageText, result: TriageResult) {
  const { plan: carePlan } = result;
  return html`<div class="print-only print-summary" part="print-summary">
    ${printSection(
      text.ui('warning-signs-heading'),
      result.redFlags.map((flag) => html`<strong>${text.strings.redFlags[flag.id]?.sign ?? flag.id}</strong> ${answerList(text, flag.answers)}`),
    )}
    ${printSection(
      text.ui('possible-factors'),
      result.factors.map(
        (factor) => html`<strong>${text.strings.factors[factor.id]?.name ?? factor.id}</strong>:
          ${text.ui(confidenceText[factor.confidence])}. ${factor.notes.map((note) => text.strings.notes[note] ?? note)}
          ${factor.for.length ? html`${text.ui('evidence-for')}: ${answerList(text, factor.for)}` : nothing}`,
      ),
    )}
    ${printSection(
      text.ui('self-care-heading'),
      carePlan.selfCare.map((id) => text.strings.selfCare[id]?.title ?? id),
    )}
    ${printSection(
      text.ui('exercises-heading'),
      carePlan.exercises.map((id) => html`<strong>${text.strings.exercises[id]?.name ?? id}</strong>: ${doseText(text, id)}`),
    )}
  </div>`;
}

/** A heading and its list, or nothing when the list is empty. */
function printSection(heading: string, items: readonly unknown[]) {
  return items.length
    ? html`<section>
        <h3>${heading}</h3>
        <ul>
          ${items.map((item) => html`<li>${item}</li>`)}
        </ul>
      </section>`
    : nothing;
}

/** "Repeat: 10 times, Hold: 5 seconds, 2 sets, Every day", from the exercise's dose. */
function doseText(text: PageText, id: string): string {
  const dose = exerciseData.find((exercise) => exercise.id === id)?.dose;
  if (!dose) return '';
  return [
    text.plural(dose.eachSide ? 'dose-repetitions-each-side' : 'dose-repetitions', dose.repetitions),
    dose.holdSeconds > 0 ? text.plural('dose-hold', dose.holdSeconds) : '',
    text.plural('dose-sets', dose.sets),
    text.ui(`frequency-${dose.frequency}`),
  ]
    .filter(Boolean)
    .join(', ');
}

/** Folded on screen; on paper a closed disclosure would hide the reasons, so print has its own copy. */
function why(text: PageText, result: TriageResult) {
  const reasons = result.urgencyReasons.length
    ? html`<p>${text.ui('your-answers')}</p>
        ${answerList(text, result.urgencyReasons)}`
    : html`<p>${text.ui('no-warning-signs')}</p>`;
  return html`<section class="why" part="why">
    <details>
      <summary>${text.ui('why-this-result')}</summary>
      ${reasons}
    </details>
    <div class="print-only">
      <h3>${text.ui('why-this-result')}</h3>
      ${reasons}
    </div>
  </section>`;
}

/**
 * Each factor folds; the most likely one is open. Less likely ones stay in the engine's ranking but
 * fold together at the end, so the likelier ones lead.
 */
function factors(text: PageText, result: TriageResult) {
  const list = result.factors;
  const timing = levelRules[result.urgency].factorTiming;
  const leading = list.filter((factor) => factor.confidence !== 'less-likely');
  const folded = list.filter((factor) => factor.confidence === 'less-likely');
  return html`<section class="factors" part="factors">
    <h3>${text.ui('possible-factors')}</h3>
    <p>${text.ui('not-a-diagnosis')}</p>
    ${list.length ? nothing : html`<p>${text.ui('no-factors')}</p>`}
    ${leading.length
      ? html`<ol>
          ${leading.map((factor, position) => renderFactor(text, factor, position === 0, timing))}
        </ol>`
      : nothing}
    ${folded.length
      ? html`<details class="less-likely">
          <summary>${text.plural('less-likely-factors', folded.length)}</summary>
          <ol>
            ${folded.map((factor) => renderFactor(text, factor, false, timing))}
          </ol>
        </details>`
      : nothing}
  </section>`;
}

/** `timing`: the factor's own "when to see someone" line fits the result (levels.ts). */
function renderFactor(text: PageText, factor: RankedFactor, open: boolean, timing: boolean) {
  const words = text.strings.factors[factor.id];
  const evidence = (labelKey: 'evidence-for' | 'evidence-against', answers: readonly EvidenceAnswer[]) =>
    answers.length
      ? html`<details class="evidence">
          <summary>${text.ui(labelKey)}</summary>
          ${answerList(text, answers)}
        </details>`
      : nothing;
  return html`<li class="factor" part="factor">
    <details ?open=${open}>
      <summary>
        <span>${words?.name ?? factor.id}</span>
        <span class="confidence ${factor.confidence}" part="confidence">${text.ui(confidenceText[factor.confidence])}</span>
      </summary>
      ${words ? html`<p class="about">${words.whatItIs}</p><p class="about">${words.howItFeels}</p>` : nothing}
      ${factor.notes.map((note) => html`<p class="note">${text.strings.notes[note] ?? note}</p>`)}
      <div class="about">${evidence('evidence-for', factor.for)} ${evidence('evidence-against', factor.against)}</div>
      ${words && timing ? html`<p class="about">${words.whenToSeeClinician}</p>` : nothing}
    </details>
  </li>`;
}

/** The plan is the result for self-care, so it shows open there; under a doctor's advice it folds. */
function plan(text: PageText, result: TriageResult) {
  if (!result.plan.selfCare.length) return nothing;
  const steps = html`<ul class="steps">
      ${result.plan.selfCare.map((id) => {
        const step = text.strings.selfCare[id];
        return html`<li>
          <strong>${step?.title ?? id}</strong>
          ${step ? html`<p>${step.body}</p>` : nothing} ${step?.note ? html`<p class="note">${step.note}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  return result.urgency === 'self-care'
    ? html`<section class="plan" part="plan">
        <h3 id="plan-heading" tabindex="-1">${text.ui('self-care-heading')}</h3>
        ${steps}
      </section>`
    : html`<details class="plan" part="plan">
        <summary>${text.ui('self-care-heading')}</summary>
        ${steps}
      </details>`;
}

/**
 * The exercises fold away; opened, the first cards show and the rest fold again. The plan's cautions
 * (urgent results, or "wait for a check") stay in view above them.
 */
function exercises(text: PageText, view: ResultView) {
  const { exercises: ids, cautions } = view.result.plan;
  if (!ids.length && !cautions.length) return nothing;
  const cards = (fold: ExerciseFold, inFold: readonly string[]) =>
    html`<ul class="cards">
      ${view.opened(fold) ? inFold.map((id) => html`<li>${view.card(id)}</li>`) : nothing}
    </ul>`;
  const shown = ids.slice(0, EXERCISES_SHOWN);
  const folded = ids.slice(EXERCISES_SHOWN);
  return html`${cautions.length
      ? html`<div class="cautions" part="cautions">
          <h3>${text.ui('cautions-heading')}</h3>
          <ul>
            ${cautions.map((id) => html`<li>${text.strings.cautions[id] ?? id}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${ids.length
      ? html`<details class="exercises" part="exercises" @toggle=${(event: Event) => view.onFoldToggle('exercises', event)}>
          <summary>${text.ui('exercises-heading')}</summary>
          ${cards('exercises', shown)}
          ${folded.length
            ? html`<details
                class="more-exercises"
                part="more-exercises"
                @toggle=${(event: Event) => view.onFoldToggle('more-exercises', event)}
              >
                <summary>${text.ui('more-exercises', { count: folded.length })}</summary>
                ${cards('more-exercises', folded)}
              </details>`
            : nothing}
        </details>`
      : nothing}`;
}

/**
 * The result's other actions, all secondary to the main one at the top. An emergency leaves out the
 * clinic download, so nothing competes with the call.
 */
function actions(text: PageText, view: ResultView) {
  const { result, status } = view;
  const download = result.urgency !== 'emergency';
  return html`<div class="actions" part="actions">
      <button type="button" class="secondary" part="copy" @click=${view.onCopy}>${text.ui('copy-summary')}</button>
      <button type="button" class="secondary" part="print" @click=${view.onPrint}>${text.ui('print-summary')}</button>
      ${download
        ? html`<button type="button" class="secondary" part="download" aria-describedby="download-note" @click=${view.onDownload}>
            ${text.ui('download-summary')}
          </button>`
        : nothing}
      <button type="button" class="secondary" part="change-answers" @click=${view.onCheckAnswers}>${text.ui('change-answers')}</button>
      <button type="button" class="secondary" part="start-again" @click=${() => view.onAskRestart(true)}>${text.ui('start-again')}</button>
    </div>
    ${view.confirmingRestart
      ? // The whole box takes focus, so it scrolls into view with its buttons, not just the question.
        html`<div id="restart-question" class="restart-confirm" part="restart-confirm" role="group" aria-labelledby="restart-text" tabindex="-1">
          <p id="restart-text"><strong>${text.ui('start-again-question')}</strong></p>
          <div class="buttons">
            <button type="button" part="confirm-restart" @click=${view.onRestart}>${text.ui('start-again-yes')}</button>
            <button type="button" class="secondary" part="cancel-restart" @click=${() => view.onAskRestart(false)}>
              ${text.ui('start-again-no')}
            </button>
          </div>
        </div>`
      : nothing}
    ${download ? html`<p id="download-note" class="download-note">${text.ui('download-note')}</p>` : nothing}
    <p class="status" part="status" role="status">
      ${status === 'copied' ? text.ui('summary-copied') : nothing} ${status === 'manual' ? text.ui('copy-failed') : nothing}
      ${status === 'saved' ? text.ui('summary-saved') : nothing} ${status === 'not-loaded' ? text.ui('download-not-loaded') : nothing}
    </p>
    ${status === 'manual'
      ? html`<label class="summary-label" for="summary">${text.ui('summary-title')}</label>
          <textarea id="summary" part="summary" readonly rows="12" .value=${view.manualText()}></textarea>`
      : nothing}`;
}

/**
 * In place of the result's details while their code loads: nothing for the first second, then a line that they
 * are loading, and once every try has failed, a message with "Try again". What to do and how soon stay above.
 */
export function detailsPending(text: PageText, state: LoadState, onTryAgain: () => void) {
  return html`<div class="details-pending" part="details-pending">
    <p role="status">${state === 'slow' ? text.ui('details-loading') : nothing} ${state === 'failed' ? text.ui('details-not-loaded') : nothing}</p>
    ${state === 'failed'
      ? html`<button type="button" class="secondary" part="try-again" @click=${onTryAgain}>${text.ui('try-again')}</button>`
      : nothing}
  </div>`;
}
