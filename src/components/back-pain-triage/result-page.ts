import { html, nothing } from 'lit';
import type { RankedFactor, TriageResult, EvidenceAnswer } from '../../triage/types.js';
import { confidenceText } from '../../triage/text.js';
import { callEmergency, urgencyBox } from '../../internal/urgency-box.js';
import { answerList, answerSummary } from './check-answers.js';
import type { ActionStatus } from './result-actions-controller.js';
import type { PageText } from './page-text.js';

/** How many exercise cards show before the rest fold away. */
export const EXERCISES_SHOWN = 2;

/** The host's own next step for routine and self-care results (such as "Book with us"). */
export interface HostAction {
  href: string;
  label: string;
}

export interface ResultView {
  result: TriageResult;
  /** Every answer that still counts, in the order asked: the printed list. */
  answers: readonly EvidenceAnswer[];
  emergencyNumber: string | null;
  /** "Call 999 now", or the words for a local number when none is known. */
  callText: string;
  action: HostAction | null;
  status: ActionStatus;
  date: string;
  onCopy(): void;
  onPrint(): void;
  onDownload(): void;
  onCheckAnswers(): void;
  onRestart(): void;
  /** Back to the questions still open (a result reached early through "Get help now"). */
  onCarryOn(): void;
  /** Stage 2: the background questions that fit the plan to the person. */
  onTailor(): void;
  manualText(): string;
  /** The element's own exercise card for an exercise (under the tag name the host registered). */
  card(exercise: string): unknown;
}

/**
 * The top of the result, the first thing on a phone screen: how soon, what to do and one main action.
 * For an emergency that action is the call, right under the heading, with nothing beside it.
 */
export function resultHeadline(text: PageText, view: ResultView) {
  const { result } = view;
  const urgency = text.strings.urgency[result.urgency];
  const emergency = result.urgency === 'emergency';
  const hostAction = view.action && (result.urgency === 'routine' || result.urgency === 'self-care') ? view.action : null;
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
          emergency ? callEmergency(view.emergencyNumber, view.callText) : nothing,
          html`<p class="what-to-do">${urgency.whatToDo}</p>`,
          html`<p>${text.ui('how-soon')}: ${urgency.howSoon}</p>`,
          emergency
            ? nothing
            : hostAction
              ? html`<a class="main-action" part="action" href=${hostAction.href}>${hostAction.label}</a>`
              : html`<button type="button" part="copy" @click=${view.onCopy}>${text.ui('copy-summary')}</button>`,
        ],
      })}
      ${result.complete
        ? nothing
        : html`<p class="partial" part="partial">
            ${text.ui('partial-result')}
            <button type="button" class="secondary" part="carry-on" @click=${view.onCarryOn}>${text.ui('answer-the-rest')}</button>
          </p>`}
    </div>`;
}

/** The rest of the result: reasons and details folded, the safety net always open, then the actions. */
export function resultDetails(text: PageText, view: ResultView) {
  const { result } = view;
  const emergency = result.urgency === 'emergency';
  return html`<div class="result" part="result-details" lang=${text.strings.locale}>
    ${why(text, result)}
    <section class="print-only all-answers" part="all-answers">
      <h3>${text.ui('all-answers')}</h3>
      ${answerSummary(text, view.answers)}
    </section>
    ${emergency ? nothing : html`${factors(text, result.factors)} ${plan(text, result)} ${exercises(text, view)}`}
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
            ${text.strings.safetyNet.map((line) => html`<li>${line}</li>`)}
          </ul>
        </section>`}
    ${actions(text, view)}
  </div>`;
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
function factors(text: PageText, list: readonly RankedFactor[]) {
  const leading = list.filter((factor) => factor.confidence !== 'less-likely');
  const folded = list.filter((factor) => factor.confidence === 'less-likely');
  return html`<section class="factors" part="factors">
    <h3>${text.ui('possible-factors')}</h3>
    <p>${text.ui('not-a-diagnosis')}</p>
    ${list.length ? nothing : html`<p>${text.ui('no-factors')}</p>`}
    ${leading.length
      ? html`<ol>
          ${leading.map((factor, position) => renderFactor(text, factor, position === 0))}
        </ol>`
      : nothing}
    ${folded.length
      ? html`<details class="less-likely">
          <summary>${text.ui('confidence-less-likely')} (${folded.length})</summary>
          <ol>
            ${folded.map((factor) => renderFactor(text, factor, false))}
          </ol>
        </details>`
      : nothing}
  </section>`;
}

function renderFactor(text: PageText, factor: RankedFactor, open: boolean) {
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
      ${words ? html`<p class="about">${words.whenToSeeClinician}</p>` : nothing}
    </details>
  </li>`;
}

function plan(text: PageText, result: TriageResult) {
  if (!result.plan.selfCare.length) return nothing;
  return html`<details class="plan" part="plan">
    <summary>${text.ui('self-care-heading')}</summary>
    <ul class="steps">
      ${result.plan.selfCare.map((id) => {
        const step = text.strings.selfCare[id];
        return html`<li>
          <strong>${step?.title ?? id}</strong>
          ${step ? html`<p>${step.body}</p>` : nothing} ${step?.note ? html`<p class="note">${step.note}</p>` : nothing}
        </li>`;
      })}
    </ul>
  </details>`;
}

/**
 * The exercises fold away; opened, the first cards show and the rest fold again. The plan's cautions
 * (urgent results, or "wait for a check") stay in view above them.
 */
function exercises(text: PageText, view: ResultView) {
  const { exercises: ids, cautions } = view.result.plan;
  if (!ids.length && !cautions.length) return nothing;
  const card = (id: string) => html`<li>${view.card(id)}</li>`;
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
      ? html`<details class="exercises" part="exercises">
          <summary>${text.ui('exercises-heading')}</summary>
          <ul class="cards">
            ${shown.map(card)}
          </ul>
          ${folded.length
            ? html`<details class="more-exercises" part="more-exercises">
                <summary>${text.ui('more-exercises', { count: folded.length })}</summary>
                <ul class="cards">
                  ${folded.map(card)}
                </ul>
              </details>`
            : nothing}
        </details>`
      : nothing}`;
}

/**
 * The result's actions; Copy is here unless it is the main action at the top. An emergency leaves out the
 * clinic download, so nothing near the top competes with the call.
 */
function actions(text: PageText, view: ResultView) {
  const { result, status } = view;
  const copyOnTop = result.urgency !== 'emergency' && !(view.action && (result.urgency === 'routine' || result.urgency === 'self-care'));
  return html`<div class="actions" part="actions">
      ${copyOnTop
        ? nothing
        : html`<button type="button" class="secondary" part="copy" @click=${view.onCopy}>${text.ui('copy-summary')}</button>`}
      <button type="button" class="secondary" part="print" @click=${view.onPrint}>${text.ui('print-summary')}</button>
      ${result.urgency === 'emergency'
        ? nothing
        : html`<button type="button" class="secondary" part="download" @click=${view.onDownload}>${text.ui('download-summary')}</button>`}
      <button type="button" class="secondary" part="change-answers" @click=${view.onCheckAnswers}>${text.ui('change-answers')}</button>
      <button type="button" class="secondary" part="start-again" @click=${view.onRestart}>${text.ui('start-again')}</button>
    </div>
    <p class="status" part="status" role="status">
      ${status === 'copied' ? text.ui('summary-copied') : nothing} ${status === 'manual' ? text.ui('copy-failed') : nothing}
      ${status === 'saved' ? text.ui('summary-saved') : nothing} ${status === 'not-loaded' ? text.ui('download-not-loaded') : nothing}
    </p>
    ${status === 'manual'
      ? html`<label class="summary-label" for="summary">${text.ui('summary-title')}</label>
          <textarea id="summary" part="summary" readonly rows="12" .value=${view.manualText()}></textarea>`
      : nothing}`;
}
