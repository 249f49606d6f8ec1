import { css, html, noChange, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { Question } from '../../content/types.js';
import type { Answers } from '../../triage/types.js';
import type { PageText } from './page-text.js';

export interface QuestionPageView {
  /** The questions on the page: one (radios), or several asked together (checkboxes). */
  questions: readonly Question[];
  answers: Answers;
  progress: { index: number; total: number; stage: 'how-soon' | 'tailor' };
  /**
   * Set while the person changes an answer from the check page: `changing` on the question they chose,
   * `new` on a question their new answer brought in (said why). The count is left out then: it would jump.
   */
  change: 'changing' | 'new' | null;
  error: boolean;
  canGoBack: boolean;
  /** Continue (the button, or Enter on an option), with what the form holds: null while a question has no answer. */
  onContinue(chosen: Answers | null): void;
  onBack(): void;
}

/**
 * One question a page, in the GOV.UK pattern: legend as heading, hint, error summary, then radios; or,
 * for signs asked together, a row of "Yes", "No" and "Not sure" for each sign.
 *
 * The form's DOM is kept from page to page (rebuilding it was most of a step's work), so every input's
 * checked state is bound with live(): nothing the person ticked on one page shows on the next. The error
 * leaves the signs as chosen (noChange), so the ones already answered stay answered. `.checked`
 * comes before `name` on each input: a checked radio that joined the next question's group first would
 * clear the radio already chosen there. "Why we ask" is keyed to the page, so each page opens with it closed.
 */
export function questionPage(text: PageText, view: QuestionPageView) {
  const { questions, error } = view;
  // Several questions share a page only as signs asked together; the page's own words head it.
  const signsPage = questions.length > 1 && questions[0].page ? text.strings.pages[questions[0].page] : null;
  const words = signsPage ?? text.strings.questions[questions[0].id];
  const describedBy = [words.hint ? 'hint' : '', error ? 'error' : ''].filter(Boolean).join(' ');
  const errorText = text.ui(signsPage ? 'choose-signs' : 'choose-an-answer');
  const pageKey = questions.map((question) => question.id).join(' ');
  // Read from the form, never through native submission, which a frame sandboxed without `allow-forms` blocks.
  const onContinue = (event: Event) => view.onContinue(chosenAnswers((event.target as Element).closest('form'), questions));
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || (event.target as Element).localName !== 'input') return;
    event.preventDefault();
    onContinue(event);
  };
  // No submit button, and submit is cancelled anyway: the host page is never navigated.
  return html`<form
    part="question"
    lang=${text.strings.locale}
    novalidate
    @submit=${(event: SubmitEvent) => event.preventDefault()}
    @keydown=${onKeydown}
  >
    ${error
      ? html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1">
          <h2>${text.ui('error-summary-title')}</h2>
          <ul>
            <li><a href="#option-0" @click=${signsPage ? focusFirstOpenSign : focusFirstOption}>${errorText}</a></li>
          </ul>
        </div>`
      : nothing}
    <fieldset class=${error ? 'has-error' : ''} aria-describedby=${describedBy || nothing}>
      <legend part="legend">
        <h2 id="step-heading" tabindex="-1">
          <span class="progress" part="progress">${progressText(text, view)}</span>
          ${words.text}
        </h2>
      </legend>
      ${view.change === 'new' ? html`<p class="asked-after-change" part="asked-after-change">${text.ui('asked-after-change')}</p>` : nothing}
      ${words.hint ? html`<p id="hint" class="hint" part="hint">${words.hint}</p>` : nothing}
      ${keyed(
        pageKey,
        html`<details class="why-we-ask" part="why-we-ask">
          <summary>${text.ui('why-we-ask')}</summary>
          <p>${words.why}</p>
        </details>`,
      )}
      ${error
        ? html`<p id="error" class="error-message" part="error">
            <span class="visually-hidden">${text.ui('error-prefix')}</span>
            ${errorText}
          </p>`
        : nothing}
      ${signsPage ? signOptions(text, view) : radioOptions(text, questions[0], view.answers[questions[0].id])}
    </fieldset>
    <div class="buttons" part="buttons">
      <button type="button" part="continue" @click=${onContinue}>${text.ui('continue')}</button>
      ${view.canGoBack
        ? html`<button type="button" class="secondary" part="back" @click=${view.onBack}>${text.ui('back')}</button>`
        : nothing}
    </div>
  </form>`;
}

/** "Question 3 of up to 9", with the stage's name in "Tailor my plan"; no count while changing an answer. */
function progressText(text: PageText, view: QuestionPageView): string {
  if (view.change) return text.ui('changing-answer');
  const count = text.ui('question-progress', { current: view.progress.index, total: view.progress.total });
  return view.progress.stage === 'tailor' ? text.ui('stage-progress', { stage: text.ui('tailor-plan'), count }) : count;
}

/** The start page: what the check is, how long it takes, not a diagnosis, privacy, and "Start now". */
export function startPage(text: PageText, onStart: () => void) {
  return html`<section class="start-page" part="start-page" lang=${text.strings.locale}>
    <h2 id="step-heading" tabindex="-1">${text.ui('start-heading')}</h2>
    <p>${text.ui('start-what')}</p>
    <p>${text.ui('start-how-long')}</p>
    <p>${text.ui('not-a-diagnosis')}</p>
    <p>${text.ui('start-privacy')}</p>
    <div class="buttons">
      <button type="button" part="start-now" @click=${onStart}>${text.ui('start-now')}</button>
    </div>
  </section>`;
}

function radioOptions(text: PageText, question: Question, answer: string | undefined) {
  const words = text.strings.questions[question.id];
  return html`<div class="options" part="options">
    ${question.options.map(
      (option, position) => html`<div class="option" part="option">
        <input type="radio" .checked=${live(answer === option.id)} id="option-${position}" name=${question.id} value=${option.id} />
        <label for="option-${position}">${words.options[option.id] ?? option.id}</label>
      </div>`,
    )}
  </div>`;
}

const signLabel = (text: PageText, question: Question): string => {
  const words = text.strings.questions[question.id];
  return words.sign ?? words.text;
};

/** The answers a sign offers, always in this order, each in one short word. */
const SIGN_ANSWERS = [
  ['yes', 'sign-yes'],
  ['no', 'sign-no'],
  ['not-sure', 'sign-not-sure'],
] as const;

/**
 * Signs asked together: one group per sign, with "Yes", "No" and "Not sure" side by side, so each sign
 * has exactly one control and one answer. "None of these" answers "No" for every sign still open; it
 * never changes an answer already chosen.
 */
function signOptions(text: PageText, view: QuestionPageView) {
  const { questions, answers } = view;
  const anyChosen = questions.some((question) => answers[question.id] !== undefined);
  return html`<div class="options signs-asked" part="options">
    ${questions.map(
      (question, position) => html`<fieldset class="sign" part="sign">
        <legend>${signLabel(text, question)}</legend>
        <div class="sign-answers">
          ${SIGN_ANSWERS.filter(([option]) => question.options.some(({ id }) => id === option)).map(
            ([option, label], index) => html`<div class="option" part="option">
              <input
                type="radio"
                .checked=${view.error ? noChange : live(answers[question.id] === option)}
                id=${position === 0 && index === 0 ? 'option-0' : `${question.id}-${option}`}
                name=${question.id}
                value=${option}
              />
              <label for=${position === 0 && index === 0 ? 'option-0' : `${question.id}-${option}`}>${text.ui(label)}</label>
            </div>`,
          )}
        </div>
      </fieldset>`,
    )}
    <div>
      <button type="button" class="secondary" part="none-of-these" @click=${answerNoToTheRest}>
        ${text.ui(anyChosen ? 'no-to-the-rest' : 'none-of-these')}
      </button>
    </div>
  </div>`;
}

/** "None of these": "No" for each sign not answered yet; the answers chosen stay. */
function answerNoToTheRest(event: Event): void {
  const form = (event.currentTarget as HTMLButtonElement).form;
  for (const sign of form?.querySelectorAll('fieldset.sign') ?? []) {
    if (sign.querySelector('input:checked')) continue;
    sign.querySelector<HTMLInputElement>('input[value="no"]')?.click();
  }
}

/** The answers `form` holds for `questions`, or null while one of them (each sign, on a signs page) has none. */
function chosenAnswers(form: HTMLFormElement | null, questions: readonly Question[]): Answers | null {
  const chosen = questions.map((question) => [question.id, form?.querySelector<HTMLInputElement>(`input[name="${question.id}"]:checked`)?.value]);
  return chosen.every(([, option]) => option) ? Object.fromEntries(chosen) : null;
}

/** The error's link: to the first option. */
function focusFirstOption(event: Event): void {
  event.preventDefault();
  (event.currentTarget as Element).closest('form')?.querySelector('input')?.focus();
}

/** The error's link: to the first sign still without an answer. */
function focusFirstOpenSign(event: Event): void {
  event.preventDefault();
  const form = (event.currentTarget as Element).closest('form');
  const open = [...(form?.querySelectorAll('fieldset.sign') ?? [])].find((sign) => !sign.querySelector('input:checked'));
  open?.querySelector('input')?.focus();
}

export const questionPageStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.75em;
  }

  legend h2 {
    margin: 0;
    font-size: 1.5em;
  }

  .progress {
    display: block;
    margin-block-end: 0.25em;
    color: var(--_muted);
    font-size: 1rem;
    font-weight: 400;
  }

  .hint {
    color: var(--_muted);
  }

  .asked-after-change {
    padding-inline-start: 0.75em;
    border-inline-start: 5px solid var(--_accent);
  }

  .has-error {
    padding-inline-start: 0.75em;
    border-inline-start: 5px solid var(--_emergency);
  }

  .error-message {
    color: var(--_emergency);
    font-weight: 700;
  }

  .error-summary {
    padding: var(--_space);
    border: 4px solid var(--_emergency);
    border-radius: var(--_radius);
  }

  .error-summary ul {
    margin: 0;
    list-style: none;
    padding: 0;
  }

  .error-summary a {
    color: var(--_emergency);
    font-weight: 700;
  }

  .options {
    display: grid;
    gap: 0.5em;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }

  /* Each sign: its words, then Yes / No / Not sure side by side (they wrap on the narrowest screens). */
  .signs-asked {
    gap: var(--_space);
  }

  .sign legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 600;
  }

  .sign-answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }

  .sign-answers .option {
    gap: 0.25em;
  }

  .sign-answers label {
    flex: none;
  }

  /* A drawn radio or checkbox keeps the 44 px target and the native keyboard behaviour. */
  input[type='radio'],
  input[type='checkbox'] {
    appearance: none;
    display: grid;
    place-content: center;
    flex: none;
    inline-size: 44px;
    block-size: 44px;
    margin: 0;
    border: 2px solid var(--_text);
    border-radius: 50%;
    background: var(--_background);
    cursor: pointer;
  }

  input[type='checkbox'] {
    border-radius: 0;
  }

  input[type='radio']::before,
  input[type='checkbox']::before {
    content: '';
    inline-size: 22px;
    block-size: 22px;
    border-radius: 50%;
    background: var(--_text);
    transform: scale(0);
  }

  input[type='checkbox']::before {
    inline-size: 12px;
    block-size: 22px;
    border-radius: 0;
    border: solid var(--_text);
    border-width: 0 5px 5px 0;
    background: none;
    transform: rotate(45deg) scale(0);
  }

  input[type='radio']:checked::before {
    transform: scale(1);
  }

  input[type='checkbox']:checked::before {
    transform: translateY(-3px) rotate(45deg) scale(1);
  }

  input:focus-visible {
    outline-offset: 3px;
  }

  label {
    flex: 1;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    input[type='radio'],
    input[type='checkbox'] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }

    input[type='radio']::before {
      background: Highlight;
    }

    input[type='checkbox']::before {
      border-color: Highlight;
    }

    .error-summary {
      border-color: CanvasText;
    }
  }
`;
