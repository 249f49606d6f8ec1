import { html, isServer, nothing } from 'lit';
import type { EnglishText } from '../../internal/locale.js';
import { controlStyles } from '../../internal/control-styles.js';
import { changeMark, journey, startJourney, type JourneyAction, type JourneyState, type JourneyStep } from '../../triage/journey.js';
import type { TriageCompleteDetail, TriageRedFlagDetail, TriageStepChangeDetail } from '../../triage/journey.js';
import type { Answers, TriageResult } from '../../triage/types.js';
import { enUi } from '../../content/locales/en-ui.js';
import { enPages, enQuestions } from '../../content/locales/en-questions.js';
import { enRedFlags, enUrgency } from '../../content/locales/en-warning-signs.js';
import { urgencyBoxStyles } from '../../internal/urgency-box.js';
import { styles } from './back-pain-triage.styles.js';
import { PageHistory } from './page-history.js';
import { pageText } from './page-text.js';
import { questionPage, questionPageStyles, startPage } from './question-page.js';
import { ResultPart } from './result-part.js';
import { resultHeadline } from './result-page.js';
import { focusStep, type StepFocus } from './step-focus.js';
import { validAnswers } from './answers-intake.js';
import { resultStyles } from './result-page.styles.js';
import { answersInOrder, checkAnswersPage, checkAnswersStyles } from './check-answers.js';
import { banner } from './banner.js';
import { questionWarnings } from './mid-check-warning.js';
import { SavedAnswersController } from './saved-answers-controller.js';
import { OwnElements } from '../../internal/own-elements.js';
import { FormAssociatedElement } from './form-associated-element.js';
import { LazyCode } from '../../internal/lazy-code.js';

export type { TriageCompleteDetail, TriageRedFlagDetail, TriageStepChangeDetail } from '../../triage/journey.js';

/**
 * The result details' English (factors, plan, exercises, safety net), the exercise cards and the summary: loaded
 * once, after the first question is on screen. Everything between an answer and "call now" (the engine, the
 * banner, every result's headline) is in the first load and never waits for it.
 */
const resultCode = new LazyCode('<back-pain-triage>: the result details', () =>
  import('./result.js').then((code) => {
    BackPainTriage.englishText = { ...BackPainTriage.englishText, ...code.englishResultText };
    return code;
  }),
);

/**
 * @summary A step-by-step check of lower back pain when walking: one question
 * a page, then how soon to get help, why, possible contributing factors (not a
 * diagnosis), a self-care plan and exercises.
 *
 * It opens on a short start page with "Start now"; a host page that introduces the
 * check itself sets `skip-start`.
 *
 * The result fits a phone: how soon, what to do and one main action come first
 * (for an emergency, a large call button); the details fold away.
 *
 * The element holds no clinical rules: the triage engine decides which
 * questions to ask and what the result is. Events fire for the person's
 * actions, not for property changes made by the host.
 *
 * @fires triage-step-change - A new question is shown. `detail: { questionId, index, total, stage }`.
 * @fires triage-complete - The result is shown. `detail: { result, answers }`.
 * @fires triage-red-flag - An answer raised a new warning sign. `detail: { flags, urgency }` (all flags raised so far).
 * @fires triage-restart - The person chose "Start again". `detail: {}`.
 *
 * @csspart banner - The `<red-flag-banner>` that lists the raised warning signs on the result (hidden on the questions, where the warning box and notice say them).
 * @csspart warning - The short box shown once, at the top of the next question, when an answer raises a warning sign.
 * @csspart get-help-now - The warning's "Get help now" button: the result for the answers so far.
 * @csspart carry-on - "Carry on": the warning's button to go on with the questions, and the result's button to answer the rest.
 * @csspart check-answers - The "Check your answers" page.
 * @csspart answer-list - The list of answers that still count (the check page, and the printed result).
 * @csspart change - A "Change" button on the check page.
 * @csspart see-result - The check page's button on to the result.
 * @csspart tailor - "Tailor my plan" on the result: the offer of the background questions (stage 2).
 * @csspart tailor-plan - The "Tailor my plan" button.
 * @csspart plan-updated - After "Tailor my plan": what the answers added to the plan ("Your plan now includes …").
 * @csspart start-page - The start page (shown first unless `skip-start`): what the check is, how long, not a diagnosis, privacy.
 * @csspart start-now - The start page's "Start now" button.
 * @csspart restart-confirm - "Start again?": asked before the answers are cleared, with `confirm-restart` and `cancel-restart`.
 * @csspart question - The form of one question step.
 * @csspart progress - "Question 3 of up to 9" ("Tailor my plan: Question 1 of up to 10"; "Changing an answer" while changing one).
 * @csspart asked-after-change - The line on a question that a changed answer brought in, saying why it is asked.
 * @csspart legend - The legend that holds the question heading.
 * @csspart hint - Hint text under the question.
 * @csspart why-we-ask - The "Why we ask this" disclosure.
 * @csspart error-summary - The "There is a problem" box shown when no answer was chosen.
 * @csspart error - The error message next to the options.
 * @csspart options - The group of answer options.
 * @csspart option - One answer option (radio and label).
 * @csspart sign - On a page of signs asked together: one sign, with its "Yes", "No" and "Not sure".
 * @csspart none-of-these - On a page of signs: the button that answers "No" for every sign not answered yet.
 * @csspart buttons - The row with Continue and Back.
 * @csspart continue - The Continue button.
 * @csspart back - The Back button.
 * @csspart urgency - The result's headline box: what to do, how soon and the main action.
 * @csspart call - The emergency result's call button: a `tel:` link to the emergency number (text when the number is unknown).
 * @csspart action - The host's own main action: on urgent results `urgent-href` ("Get an appointment today", or `urgent-label`), on routine and self-care results `action-href` with `action-label`.
 * @csspart start-plan - "Start your plan": the self-care result's main action when the host gives none; it moves to the plan.
 * @csspart when-closed - The urgent result's line on where to go when the surgery is closed.
 * @csspart warning-notice - On the questions after a warning: the one line that the signs are kept for the end, with the signs folded under it.
 * @csspart partial - The note on a result reached before the last question, with the button to answer the rest.
 * @csspart result-details - The rest of the result, under the urgency and the warning signs.
 * @csspart details-pending - In place of the result details while their code loads: "Loading…" after a second, or the message that they could not be loaded.
 * @csspart try-again - The "Try again" button when the result details could not be loaded.
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
 * @csspart download - The "Save a file for your doctor" button: a FHIR R4 QuestionnaireResponse saved as a local file (not on an emergency result); a note under the actions says what the file is.
 * @csspart change-answers - The "Check or change your answers" button: opens the check page.
 * @csspart start-again - The "Start again" button.
 * @csspart more-exercises - The disclosure that holds the exercises after the first two.
 * @csspart status - The polite status line (summary copied or saved, or copy by hand).
 * @csspart summary - The read-only summary shown when copying is not possible.
 * @csspart print-header - Printed only: the title, the date and the note that this is not a diagnosis.
 * @csspart all-answers - Printed only: every answer that still applies, in plain words.
 * @csspart print-summary - Printed only: the answers behind each warning sign, the factors with their evidence, the plan and the exercises with their doses.
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
export class BackPainTriage extends FormAssociatedElement {
  static override styles = [...FormAssociatedElement.styles, controlStyles, questionPageStyles, urgencyBoxStyles, checkAnswersStyles, resultStyles, styles];

  static override englishText: EnglishText = { locale: 'en', ui: enUi, questions: enQuestions, pages: enPages, urgency: enUrgency, redFlags: enRedFlags };

  static override properties = {
    answers: { attribute: false, noAccessor: true },
    saveAnswers: { type: Boolean, attribute: 'save-answers' },
    history: { type: Boolean },
    actionHref: { attribute: 'action-href' },
    actionLabel: { attribute: 'action-label' },
    urgentHref: { attribute: 'urgent-href' },
    urgentLabel: { attribute: 'urgent-label' },
    skipStart: { type: Boolean, attribute: 'skip-start' },
    _journey: { state: true },
  };

  /** Keep the answers in `sessionStorage` (only there, and only with this attribute) so a reload resumes. */
  declare saveAnswers: boolean;

  /**
   * Make each step a browser history entry, so the browser's Back and Forward move between questions.
   * Off by default: without it the element adds no history entries. The URL is never changed.
   */
  declare history: boolean;

  /**
   * The address of the host's own next step on routine and self-care results, such as its booking
   * page; shown as the main action with `action-label`. Only http: and https: addresses are used.
   */
  declare actionHref: string | undefined;

  /** The words on the host's own action, such as "Book with us". */
  declare actionLabel: string | undefined;

  /**
   * The address for an urgent result's main action, such as the host's same-day booking or 111 page;
   * its words are `urgent-label`, or "Get an appointment today". Only http: and https: addresses are used.
   */
  declare urgentHref: string | undefined;

  declare urgentLabel: string | undefined;

  /**
   * Open on the first question, without the start page. By default the check opens on a start page (what the
   * check is, how long it takes, that it is not a diagnosis, privacy in one line, and "Start now"); set this
   * where the host page already introduces the check. Prefilled or saved answers skip the start page anyway.
   */
  declare skipStart: boolean;

  /** Where the person is, what they answered and the engine's session for it (src/triage/journey.ts). */
  declare private _journey: JourneyState;

  #focus: StepFocus | null = null;
  #assigned: unknown = undefined;
  #history = new PageHistory(this, (page) => this.dispatch({ type: 'show', page }), () => this._journey.page);
  readonly #own = new OwnElements(() => this.ownerDocument);
  readonly #result = new ResultPart(this, resultCode, this.#own, {
    dispatch: (action) => this.dispatch(action),
    onAskRestart: (asking) => (this.#focus = asking ? 'restart' : null),
    warn: (...mistake) => this.warnInvalid(...mistake),
  });

  constructor() {
    super();
    this.saveAnswers = false;
    this.history = false;
    this._journey = startJourney();
    this.skipStart = false;
    // Registers itself with the element: storage is touched only with `save-answers`.
    new SavedAnswersController(this, {
      restore: (saved) => this.applyAnswers(saved, 'saved answers'),
      warn: (field, value, validValues) => this.warnInvalid(field, value, validValues),
    });
  }

  /**
   * The valid answers so far, question id -> option id (a copy). Set it, before
   * or after the element connects, to prefill: invalid entries are reported
   * with console.warn and ignored; the element then shows the first question
   * not answered yet, or the result. Assigning the same object again does
   * nothing (as with Lit properties): assign a new object to prefill again.
   */
  get answers(): Answers {
    return { ...this._journey.answers };
  }

  set answers(value: unknown) {
    // Frameworks such as @lit/react assign props on every render: the same object again changes nothing.
    if (value === this.#assigned) return;
    this.#assigned = value;
    const old = this._journey.answers;
    this.applyAnswers(value ?? {});
    this.requestUpdate('answers', old);
  }

  /** The result shown, or null while questions remain. */
  get result(): TriageResult | null {
    const { page, session } = this._journey;
    return page.kind === 'result' ? session.result : null;
  }

  /** Clears the answers (and the saved copy, with `save-answers`) and goes back to the first question. */
  reset(): void {
    this.show({ state: startJourney(), events: [], focus: null, moved: null });
  }

  protected resultSoFar(): TriageResult {
    return this._journey.session.result;
  }

  protected loadResultText(): Promise<unknown> {
    return resultCode.load();
  }

  protected override firstUpdated(): void {
    // Fetched while the person reads the first question, so a routine or urgent result rarely waits for it.
    if (!isServer) void resultCode.load();
  }

  /** Also waits for the result details' code when a result that needs it shows: done once it is here, or failed. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (!isServer && this.#result.needsCode(this.result) && (await resultCode.load())) {
      this.requestUpdate();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(): void {
    if (this.#focus) focusStep(this.renderRoot, this.#focus);
    this.#focus = null;
  }

  /** Valid answers replace the current ones; each bad entry warns. */
  private applyAnswers(value: unknown, field: 'answers' | 'saved answers' = 'answers'): void {
    const answers = validAnswers(value, field, (...mistake) => this.warnInvalid(...mistake));
    if (answers) this.dispatch({ type: 'set-answers', answers });
  }

  /** Every flow decision is the journey's (src/triage/journey.ts); the element shows the step it returns. */
  private dispatch(action: JourneyAction): void {
    this.show(journey(this._journey, action));
  }

  /** Shows a step of the journey: its state, its events, its move in the browser history and where focus goes. */
  private show({ state, events, focus, moved }: JourneyStep): void {
    if (state.page !== this._journey.page) this.#result.left(state.page.kind === 'result');
    this._journey = state;
    if (focus) this.#focus = focus;
    if (moved) this.#history.moved(moved.from, moved.to);
    // Each detail is the one its name declares in JourneyEvent, a pairing TypeScript cannot follow through the loop.
    for (const { name, detail } of events) this.emit(name, detail as never);
  }

  protected override render() {
    const state = this._journey;
    const { page, session } = state;
    const text = pageText(this.strings, (key, values) => this.ui(key, values));
    const question = page.kind === 'question' ? session.current : null;
    const onPage = session.page;
    const view = page.kind === 'result' ? this.#result.view(state, text, this.callEmergencyText()) : null;
    // Without `skip-start`, before "Start now" and any answer: the start page stands for the first question.
    const starting = question !== null && !this.skipStart && !state.started;
    // The banner stays the same node throughout, so its live regions are already on the page when a sign is raised.
    return html`<div class="triage">
      ${view ? resultHeadline(text, view) : nothing}
      ${question
        ? questionWarnings(text, state, {
            onGetHelp: () => this.dispatch({ type: 'get-help' }),
            onCarryOn: () => this.dispatch({ type: 'carry-on' }),
          })
        : nothing}
      ${banner(this.#own, session.result.redFlags, page.kind === 'result')}
      ${starting ? startPage(text, () => this.dispatch({ type: 'start' })) : nothing}
      ${question && !starting
        ? questionPage(text, {
            questions: onPage,
            answers: state.answers,
            progress: session.progress,
            change: changeMark(state),
            error: state.error,
            canGoBack: session.previous !== null,
            onContinue: (chosen) => this.dispatch({ type: 'continue', chosen }),
            onBack: () => this.dispatch({ type: 'back' }),
          })
        : nothing}
      ${page.kind === 'check'
        ? checkAnswersPage(text, {
            answers: answersInOrder(session.result),
            onChange: (id) => this.dispatch({ type: 'change', question: id }),
            onDone: () => this.dispatch({ type: 'open-questions' }),
          })
        : nothing}
      ${view ? this.#result.details(text, view) : nothing}
    </div>`;
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
