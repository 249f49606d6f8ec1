import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { FactorConfidence, Question, UiKey } from '../../content/types.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { answersThatApply, nextQuestion, questionsToAsk, summaryText, triage, validateAnswers } from '../../triage/index.js';
import { questionnaireResponseFile } from '../../fhir/questionnaire-response.js';
import type { Answers, EvidenceAnswer, RaisedRedFlag, RankedFactor, TriageResult } from '../../triage/types.js';
import { styles } from './back-pain-triage.styles.js';
import { en } from '../../content/locales/en.js';
import { controlStyles } from '../../internal/control-styles.js';

export interface TriageStepChangeDetail {
  /** The question now shown. */
  questionId: string;
  /** Its position, counting from 1. */
  index: number;
  /** About how many questions there are, given the answers so far. */
  total: number;
}

export interface TriageCompleteDetail {
  result: TriageResult;
  answers: Answers;
}

export interface TriageRedFlagDetail {
  /** Every warning sign raised so far (at least one of them is new). */
  flags: readonly RaisedRedFlag[];
  urgency: TriageResult['urgency'];
}

const STORAGE_PREFIX = 'back-pain-widgets:back-pain-triage';

const CONFIDENCE_KEYS: Record<FactorConfidence, UiKey> = {
  likely: 'confidence-likely',
  possible: 'confidence-possible',
  'less-likely': 'confidence-less-likely',
};

/** What the status line under the result actions says: nothing, copied, copy by hand, or saved. */
type ActionStatus = 'idle' | 'copied' | 'manual' | 'saved';

/** Long enough for every browser to start the download before its object URL goes (Firefox needs a task). */
const REVOKE_AFTER_MS = 1000;

/**
 * Replays the engine's order over the answers: the questions already answered,
 * in the order they were asked, and the next one to ask (null when the
 * questions are over, including when an emergency sign stopped them).
 */
function walk(answers: Answers): { asked: string[]; next: Question | null } {
  const asked: string[] = [];
  const given: Record<string, string> = {};
  let next = nextQuestion(given);
  while (next && Object.hasOwn(answers, next.id) && !Object.hasOwn(given, next.id)) {
    asked.push(next.id);
    given[next.id] = answers[next.id];
    next = nextQuestion(given);
  }
  return { asked, next };
}

/**
 * @summary A step-by-step check of lower back pain when walking: one question
 * a page, then how soon to get help, why, possible contributing factors (not a
 * diagnosis), a self-care plan and exercises.
 *
 * The element holds no clinical rules: the triage engine decides which
 * questions to ask and what the result is. Events fire for the person's
 * actions, not for property changes made by the host.
 *
 * @fires triage-step-change - A new question is shown. `detail: { questionId, index, total }`.
 * @fires triage-complete - The result is shown. `detail: { result, answers }`.
 * @fires triage-red-flag - An answer raised a new warning sign. `detail: { flags, urgency }` (all flags raised so far).
 * @fires triage-restart - The person chose "Start again". `detail: {}`.
 *
 * @csspart banner - The `<red-flag-banner>` that announces raised warning signs.
 * @csspart question - The form of one question step.
 * @csspart progress - "Question 3 of about 9".
 * @csspart legend - The legend that holds the question heading.
 * @csspart hint - Hint text under the question.
 * @csspart why-we-ask - The "Why we ask this" disclosure.
 * @csspart error-summary - The "There is a problem" box shown when no answer was chosen.
 * @csspart error - The error message next to the options.
 * @csspart options - The group of answer options.
 * @csspart option - One answer option (radio and label).
 * @csspart buttons - The row with Continue and Back.
 * @csspart continue - The Continue button.
 * @csspart back - The Back button.
 * @csspart urgency - The result's headline box: what to do and how soon.
 * @csspart result-details - The rest of the result, under the urgency and the warning signs.
 * @csspart why - "Why this result": the answers that led there.
 * @csspart factors - Possible contributing factors.
 * @csspart factor - One contributing factor.
 * @csspart confidence - A factor's confidence label.
 * @csspart plan - The self-care plan.
 * @csspart exercises - The recommended exercise cards.
 * @csspart cautions - Cautions before the exercises (urgent results).
 * @csspart safety-net - When to get help.
 * @csspart actions - The row of result actions.
 * @csspart copy - The "Copy summary" button.
 * @csspart print - The "Print summary" button.
 * @csspart download - The "Download for a clinic (FHIR)" button: a FHIR R4 QuestionnaireResponse saved as a local file.
 * @csspart change-answers - The "Change my answers" button.
 * @csspart start-again - The "Start again" button.
 * @csspart status - The polite status line (summary copied or saved, or copy by hand).
 * @csspart summary - The read-only summary shown when copying is not possible.
 * @csspart print-header - Printed only: the title, the date and the note that this is not a diagnosis.
 * @csspart all-answers - Printed only: every answer that still applies, in plain words.
 *
 * @cssprop --bpw-color-accent - Buttons, links and selected options.
 * @cssprop --bpw-color-text - Text colour.
 * @cssprop --bpw-color-muted - Hints and progress.
 * @cssprop --bpw-color-background - Background colour.
 * @cssprop --bpw-color-surface - Background of result boxes.
 * @cssprop --bpw-color-border - Borders of options and boxes.
 * @cssprop --bpw-color-focus - Focus outline.
 * @cssprop --bpw-color-emergency - Error messages and the emergency result.
 * @cssprop --bpw-color-emergency-surface - Background of the emergency result.
 * @cssprop --bpw-color-urgent - Accent of the urgent result.
 * @cssprop --bpw-color-urgent-surface - Background of the urgent result.
 * @cssprop --bpw-font-family - Font family.
 * @cssprop --bpw-radius - Corner radius.
 * @cssprop --bpw-space - Base spacing.
 */
export class BackPainTriage extends WidgetElement {
  static override styles = [...WidgetElement.styles, controlStyles, styles];

  static override englishText = en;

  static override properties = {
    answers: { attribute: false, noAccessor: true },
    saveAnswers: { type: Boolean, attribute: 'save-answers' },
    _answers: { state: true },
    _questionId: { state: true },
    _error: { state: true },
    _status: { state: true },
  };

  /** Keep the answers in `sessionStorage` (only there, and only with this attribute) so a reload resumes. */
  declare saveAnswers: boolean;

  declare private _answers: Answers;
  /** The question shown; null once the result is shown. */
  declare private _questionId: string | null;
  declare private _error: boolean;
  declare private _status: ActionStatus;

  #focus: 'heading' | 'error' | null = null;
  #cache: { answers: Answers; result: TriageResult } | null = null;
  #assigned: unknown = undefined;

  constructor() {
    super();
    this.saveAnswers = false;
    this._answers = {};
    this._questionId = nextQuestion({})?.id ?? null;
    this._error = false;
    this._status = 'idle';
  }

  /**
   * The valid answers so far, question id -> option id (a copy). Set it, before
   * or after the element connects, to prefill: invalid entries are reported
   * with console.warn and ignored; the element then shows the first question
   * not answered yet, or the result. Assigning the same object again does
   * nothing (as with Lit properties): assign a new object to prefill again.
   */
  get answers(): Answers {
    return { ...this._answers };
  }

  set answers(value: unknown) {
    // Frameworks such as @lit/react assign props on every render: the same object again changes nothing.
    if (value === this.#assigned) return;
    this.#assigned = value;
    const old = this._answers;
    this.applyAnswers(value ?? {});
    this.requestUpdate('answers', old);
  }

  /** The result shown, or null while questions remain. */
  get result(): TriageResult | null {
    return this._questionId === null ? this.evaluate() : null;
  }

  /** Clears the answers (and the saved copy, with `save-answers`) and goes back to the first question. */
  reset(): void {
    this._answers = {};
    this._questionId = nextQuestion({})?.id ?? null;
    this._error = false;
    this._status = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A moved element keeps its answers in memory; storage is only read for a fresh one.
    if (this.saveAnswers && Object.keys(this._answers).length === 0) this.restore();
  }

  protected override updated(changed: PropertyValues): void {
    if (this.saveAnswers && (changed.has('_answers') || changed.has('saveAnswers'))) this.save();
    // Turning `save-answers` off forgets the saved copy.
    if (changed.get('saveAnswers') === true && !this.saveAnswers) {
      this.storage((storage) => storage.removeItem(this.storageKey));
    }
    const focus = this.#focus;
    this.#focus = null;
    if (focus) {
      this.renderRoot
        .querySelector<HTMLElement>(focus === 'error' ? '#error-summary' : '#step-heading')
        ?.focus();
    }
  }

  private applyAnswers(value: unknown): void {
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.warnInvalid('answers', value, 'an object of question id to option id');
      return;
    }
    const { answers, error } = validateAnswers(value);
    for (const issue of error?.issues ?? []) {
      if (issue.problem === 'unknown-question') {
        this.warnInvalid('answers key', issue.question, issue.validValues);
      } else {
        this.warnInvalid(`answers["${issue.question}"]`, issue.value, issue.validValues);
      }
    }
    this._answers = answers;
    this._questionId = walk(answers).next?.id ?? null;
    this._error = false;
  }

  private evaluate(): TriageResult {
    if (this.#cache?.answers !== this._answers) {
      this.#cache = { answers: this._answers, result: triage(this._answers) };
    }
    return this.#cache.result;
  }

  // Storage: touched only when the host opted in with `save-answers`.
  private get storageKey(): string {
    return this.id ? `${STORAGE_PREFIX}:${this.id}` : STORAGE_PREFIX;
  }

  private storage(task: (storage: Storage) => void): void {
    try {
      task(window.sessionStorage);
    } catch (error) {
      this.warnInvalid('save-answers', true, `sessionStorage is not available here (${String(error)})`);
    }
  }

  private save(): void {
    this.storage((storage) =>
      Object.keys(this._answers).length
        ? storage.setItem(this.storageKey, JSON.stringify(this._answers))
        : storage.removeItem(this.storageKey),
    );
  }

  private restore(): void {
    this.storage((storage) => {
      const saved = storage.getItem(this.storageKey);
      if (saved === null) return;
      try {
        this.applyAnswers(JSON.parse(saved));
      } catch {
        this.warnInvalid('saved answers', saved, 'JSON written by this element');
      }
    });
  }

  // Navigation. Each move puts focus on the new step's heading.
  private show(questionId: string | null): void {
    this._questionId = questionId;
    this._error = false;
    this._status = 'idle';
    this.#focus = 'heading';
    if (questionId === null) {
      this.emit('triage-complete', { result: this.evaluate(), answers: this.answers });
    } else {
      this.emit('triage-step-change', { questionId, ...this.progress(questionId) });
    }
  }

  private progress(questionId: string): { index: number; total: number } {
    const list = questionsToAsk(this._answers);
    const position = list.findIndex((question) => question.id === questionId);
    const index = position >= 0 ? position + 1 : walk(this._answers).asked.length + 1;
    return { index, total: Math.max(list.length, index) };
  }

  /** The question before `questionId` in the order the person met them. */
  private previous(questionId: string | null): string | null {
    const { asked } = walk(this._answers);
    const position = questionId === null ? -1 : asked.indexOf(questionId);
    if (position === -1) return asked.at(-1) ?? null;
    return position > 0 ? asked[position - 1] : null;
  }

  private currentQuestion(): Question | null {
    if (this._questionId === null) return null;
    return (
      questionsToAsk(this._answers).find((question) => question.id === this._questionId) ??
      walk(this._answers).next
    );
  }

  private onContinue(event: SubmitEvent, question: Question): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const choice = form.querySelector<HTMLInputElement>('input:checked')?.value;
    if (!choice) {
      this._error = true;
      this.#focus = 'error';
      this.requestUpdate();
      return;
    }
    const before = new Set(this.evaluate().redFlags.map((flag) => flag.id));
    this._answers = { ...this._answers, [question.id]: choice };
    const result = this.evaluate();
    if (result.redFlags.some((flag) => !before.has(flag.id))) {
      this.emit('triage-red-flag', { flags: result.redFlags, urgency: result.urgency });
    }
    // After Back, continue through the questions already answered before asking new ones.
    const { asked, next } = walk(this._answers);
    const position = asked.indexOf(question.id);
    const following = position >= 0 && position + 1 < asked.length ? asked[position + 1] : next?.id;
    this.show(following ?? null);
  }

  private onBack(): void {
    const previous = this.previous(this._questionId);
    if (previous) this.show(previous);
  }

  private onChangeAnswers(): void {
    this.show(this.previous(null) ?? nextQuestion({})?.id ?? null);
  }

  private onRestart(): void {
    this.reset();
    this.#focus = 'heading';
    this.emit('triage-restart', {});
  }

  private async onCopy(): Promise<void> {
    const result = this.result;
    if (!result) return;
    try {
      await navigator.clipboard.writeText(summaryText(result, this.strings));
      this._status = 'copied';
    } catch {
      // No clipboard (insecure context, permission refused): show the text to copy by hand.
      this._status = 'manual';
    }
  }

  private onPrint(): void {
    window.print();
  }

  /** Saves the result as a FHIR QuestionnaireResponse file: a local Blob, nothing is sent anywhere. */
  private onDownload(): void {
    const result = this.result;
    if (!result) return;
    const file = questionnaireResponseFile(result, { strings: this.strings, authored: new Date() });
    const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    // A temporary link inside the shadow root: the host page's DOM is not touched.
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    this._status = 'saved';
  }

  private focusOptions(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  protected override render() {
    const result = this._questionId === null ? this.evaluate() : null;
    const question = this.currentQuestion();
    // The banner stays the same node throughout, so its live regions are already on the page when a sign is raised.
    return html`<div class="triage">
      ${result ? this.renderPrintHeader() : nothing} ${result ? this.renderUrgency(result) : nothing}
      <red-flag-banner part="banner" .raised=${this.evaluate().redFlags}></red-flag-banner>
      ${result
        ? keyed('result', this.renderResult(result))
        : question
          ? keyed(question.id, this.renderQuestion(question))
          : nothing}
    </div>`;
  }

  private renderQuestion(question: Question) {
    const text = this.strings.questions[question.id];
    const answer = this._answers[question.id];
    const { index, total } = this.progress(question.id);
    const describedBy = [text.hint ? 'hint' : '', this._error ? 'error' : ''].filter(Boolean).join(' ');
    const canGoBack = this.previous(question.id) !== null;
    const onSubmit = (event: SubmitEvent) => this.onContinue(event, question);
    return html`<form part="question" lang=${this.strings.locale} novalidate @submit=${onSubmit}>
      ${this._error
        ? html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1">
            <h2>${this.ui('error-summary-title')}</h2>
            <ul>
              <li><a href="#option-0" @click=${this.focusOptions}>${this.ui('choose-an-answer')}</a></li>
            </ul>
          </div>`
        : nothing}
      <fieldset class=${this._error ? 'has-error' : ''} aria-describedby=${describedBy || nothing}>
        <legend part="legend">
          <h2 id="step-heading" tabindex="-1">
            <span class="progress" part="progress">${this.ui('question-progress', { current: index, total })}</span>
            ${text.text}
          </h2>
        </legend>
        ${text.hint ? html`<p id="hint" class="hint" part="hint">${text.hint}</p>` : nothing}
        <details class="why-we-ask" part="why-we-ask">
          <summary>${this.ui('why-we-ask')}</summary>
          <p>${text.why}</p>
        </details>
        ${this._error
          ? html`<p id="error" class="error-message" part="error">
              <span class="visually-hidden">${this.ui('error-prefix')}</span>
              ${this.ui('choose-an-answer')}
            </p>`
          : nothing}
        <div class="options" part="options">
          ${question.options.map(
            (option, position) => html`<div class="option" part="option">
              <input
                type="radio"
                id="option-${position}"
                name=${question.id}
                value=${option.id}
                ?checked=${answer === option.id}
              />
              <label for="option-${position}">${text.options[option.id] ?? option.id}</label>
            </div>`,
          )}
        </div>
      </fieldset>
      <div class="buttons" part="buttons">
        <button type="submit" part="continue">${this.ui('continue')}</button>
        ${canGoBack
          ? html`<button type="button" class="secondary" part="back" @click=${this.onBack}>
              ${this.ui('back')}
            </button>`
          : nothing}
      </div>
    </form>`;
  }

  /** Shown only on paper, above the result: what this is, when, and that it is not a diagnosis. */
  private renderPrintHeader() {
    return html`<div class="print-only print-header" part="print-header" lang=${this.strings.locale}>
      <p class="print-title">${this.ui('summary-title')}</p>
      <p>${this.ui('summary-date', { date: this.formatDate(new Date()) })}</p>
      <p>${this.ui('not-a-diagnosis')}</p>
    </div>`;
  }

  /** The date in the person's locale; a `lang` Intl cannot read falls back to the strings' locale. */
  private formatDate(date: Date): string {
    try {
      return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(date);
    } catch {
      return new Intl.DateTimeFormat(this.strings.locale, { dateStyle: 'long' }).format(date);
    }
  }

  private renderUrgency(result: TriageResult) {
    const urgency = this.strings.urgency[result.urgency];
    const number = this.emergencyNumber;
    return html`<div class="urgency ${result.urgency}" part="urgency" lang=${this.strings.locale}>
      <h2 id="step-heading" tabindex="-1">${urgency.headline}</h2>
      <p class="what-to-do">${urgency.whatToDo}</p>
      <p>${this.ui('how-soon')}: ${urgency.howSoon}</p>
      ${result.urgency === 'emergency'
        ? html`<p class="call">
            ${this.ui('call-emergency', { number: number ?? this.ui('emergency-number-unknown') })}
          </p>`
        : nothing}
    </div>`;
  }

  private renderResult(result: TriageResult) {
    return html`<div class="result" part="result-details" lang=${this.strings.locale}>
      ${this.renderWhy(result)} ${this.renderAllAnswers(result)} ${this.renderFactors(result.factors)}
      ${this.renderPlan(result)}
      ${this.renderExercises(result)}
      <section class="safety-net" part="safety-net">
        <h3>${this.ui('safety-net-heading')}</h3>
        <ul>
          ${this.strings.safetyNet.map((line) => html`<li>${line}</li>`)}
        </ul>
      </section>
      ${this.renderActions(result)}
    </div>`;
  }

  /** Answers in plain words, question then answer: for the reasons, the evidence and the printed list. */
  private answerList(answers: readonly EvidenceAnswer[]) {
    return html`<ul class="answers">
      ${answers.map(({ question, option }) => {
        const text = this.strings.questions[question];
        return html`<li>
          <span class="answer-question">${text?.text ?? question}</span>
          <span class="answer-option">${text?.options[option] ?? option}</span>
        </li>`;
      })}
    </ul>`;
  }

  private renderWhy(result: TriageResult) {
    return html`<section class="why" part="why">
      <h3>${this.ui('why-this-result')}</h3>
      ${result.urgencyReasons.length
        ? html`<p>${this.ui('your-answers')}</p>
            ${this.answerList(result.urgencyReasons)}`
        : html`<p>${this.ui('no-warning-signs')}</p>`}
    </section>`;
  }

  /** Printed only: every answer to a question that still applies (the engine decides which do). */
  private renderAllAnswers(result: TriageResult) {
    const answers = Object.entries(answersThatApply(result.answers)).map(([question, option]) => ({ question, option }));
    return html`<section class="print-only all-answers" part="all-answers">
      <h3>${this.ui('all-answers')}</h3>
      ${this.answerList(answers)}
    </section>`;
  }

  private renderFactors(factors: readonly RankedFactor[]) {
    // Less likely factors stay in the engine's ranking but fold away, so the likelier ones lead.
    const leading = factors.filter((factor) => factor.confidence !== 'less-likely');
    const folded = factors.filter((factor) => factor.confidence === 'less-likely');
    return html`<section class="factors" part="factors">
      <h3>${this.ui('possible-factors')}</h3>
      <p>${this.ui('not-a-diagnosis')}</p>
      ${factors.length ? nothing : html`<p>${this.ui('no-factors')}</p>`}
      ${leading.length
        ? html`<ol>
            ${leading.map((factor) => this.renderFactor(factor))}
          </ol>`
        : nothing}
      ${folded.length
        ? html`<details class="less-likely">
            <summary>${this.ui('confidence-less-likely')} (${folded.length})</summary>
            <ol>
              ${folded.map((factor) => this.renderFactor(factor))}
            </ol>
          </details>`
        : nothing}
    </section>`;
  }

  private renderFactor(factor: RankedFactor) {
    const text = this.strings.factors[factor.id];
    return html`<li class="factor" part="factor">
      <h4>
        ${text?.name ?? factor.id}
        <span class="confidence ${factor.confidence}" part="confidence"
          >${this.ui(CONFIDENCE_KEYS[factor.confidence])}</span
        >
      </h4>
      ${text ? html`<p class="about">${text.whatItIs}</p><p class="about">${text.howItFeels}</p>` : nothing}
      ${factor.notes.map((note) => html`<p class="note">${this.strings.notes[note] ?? note}</p>`)}
      <div class="about">
        ${this.renderEvidence('evidence-for', factor.for)} ${this.renderEvidence('evidence-against', factor.against)}
      </div>
      ${text ? html`<p class="about">${text.whenToSeeClinician}</p>` : nothing}
    </li>`;
  }

  private renderEvidence(labelKey: UiKey, answers: readonly EvidenceAnswer[]) {
    if (!answers.length) return nothing;
    return html`<p class="evidence-label">${this.ui(labelKey)}</p>
      ${this.answerList(answers)}`;
  }

  private renderPlan(result: TriageResult) {
    if (!result.plan.selfCare.length) return nothing;
    return html`<section class="plan" part="plan">
      <h3>${this.ui('self-care-heading')}</h3>
      <ul class="steps">
        ${result.plan.selfCare.map((id) => {
          const step = this.strings.selfCare[id];
          return html`<li>
            <strong>${step?.title ?? id}</strong>
            ${step ? html`<p>${step.body}</p>` : nothing}
            ${step?.note ? html`<p class="note">${step.note}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** The exercise cards, with the plan's cautions (urgent results) right before them. */
  private renderExercises(result: TriageResult) {
    const { exercises, cautions } = result.plan;
    if (!exercises.length && !cautions.length) return nothing;
    return html`<section class="exercises" part="exercises">
      <h3>${this.ui('exercises-heading')}</h3>
      ${cautions.length
        ? html`<div class="cautions" part="cautions">
            <h4>${this.ui('cautions-heading')}</h4>
            <ul>
              ${cautions.map((id) => html`<li>${this.strings.cautions[id] ?? id}</li>`)}
            </ul>
          </div>`
        : nothing}
      <ul class="cards">
        ${exercises.map((id) => html`<li><exercise-card exercise=${id} compact></exercise-card></li>`)}
      </ul>
    </section>`;
  }

  /** The result's actions: another one is one more button in this row. */
  private renderActions(result: TriageResult) {
    return html`<div class="actions" part="actions">
        <button type="button" part="copy" @click=${this.onCopy}>${this.ui('copy-summary')}</button>
        <button type="button" class="secondary" part="print" @click=${this.onPrint}>${this.ui('print-summary')}</button>
        <button type="button" class="secondary" part="download" @click=${this.onDownload}>
          ${this.ui('download-summary')}
        </button>
        <button type="button" class="secondary" part="change-answers" @click=${this.onChangeAnswers}>
          ${this.ui('change-answers')}
        </button>
        <button type="button" class="secondary" part="start-again" @click=${this.onRestart}>${this.ui('start-again')}</button>
      </div>
      <p class="status" part="status" role="status">
        ${this._status === 'copied' ? this.ui('summary-copied') : nothing}
        ${this._status === 'manual' ? this.ui('copy-failed') : nothing}
        ${this._status === 'saved' ? this.ui('summary-saved') : nothing}
      </p>
      ${this._status === 'manual'
        ? html`<label class="summary-label" for="summary">${this.ui('summary-title')}</label>
            <textarea id="summary" part="summary" readonly rows="12" .value=${summaryText(result, this.strings)}></textarea>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-triage': BackPainTriage;
  }
  // The events bubble and are composed, so listeners on document and window get typed details too.
  interface GlobalEventHandlersEventMap {
    'triage-step-change': CustomEvent<TriageStepChangeDetail>;
    'triage-complete': CustomEvent<TriageCompleteDetail>;
    'triage-red-flag': CustomEvent<TriageRedFlagDetail>;
    'triage-restart': CustomEvent<Record<string, never>>;
  }
}
