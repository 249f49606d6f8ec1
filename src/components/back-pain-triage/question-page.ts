import { css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { Question } from '../../content/types.js';
import type { Answers } from '../../triage/types.js';
import type { PageText } from './page-text.js';

export interface QuestionPageView {
  /** The questions on the page: one (radios), or several asked together (checkboxes). */
  questions: readonly Question[];
  answers: Answers;
  progress: { index: number; total: number };
  error: boolean;
  canGoBack: boolean;
  onContinue(): void;
  onBack(): void;
  focusOptions(event: Event): void;
}

/** The checkbox that says "none of the signs on this page". */
export const NONE_OF_THESE = 'none-of-these';

/**
 * One question a page, in the GOV.UK pattern: legend as heading, hint, error summary, then radios; or,
 * for signs asked together, checkboxes with an exclusive "None of these" and a "not sure" list.
 *
 * The form's DOM is kept from page to page (rebuilding it was most of a step's work), so every input's
 * checked state is bound with live(): nothing the person ticked on one page shows on the next. `.checked`
 * comes before `name` on each input: a checked radio that joined the next question's group first would
 * clear the radio already chosen there. The disclosures are keyed to the page, so each page opens with
 * them closed (or "not sure" open when an unsure answer is on it).
 */
export function questionPage(text: PageText, view: QuestionPageView) {
  const { questions, progress, error } = view;
  // Several questions share a page only as signs asked together; the page's own words head it.
  const signsPage = questions.length > 1 && questions[0].page ? text.strings.pages[questions[0].page] : null;
  const words = signsPage ?? text.strings.questions[questions[0].id];
  const describedBy = [words.hint ? 'hint' : '', error ? 'error' : ''].filter(Boolean).join(' ');
  const errorText = text.ui(signsPage ? 'choose-signs' : 'choose-an-answer');
  const pageKey = questions.map((question) => question.id).join(' ');
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || (event.target as Element).localName !== 'input') return;
    event.preventDefault();
    view.onContinue();
  };
  // No submit button, and submit is cancelled anyway: the host page is never navigated.
  return html`<form
    part="question"
    lang=${text.strings.locale}
    novalidate
    @submit=${(event: SubmitEvent) => event.preventDefault()}
    @keydown=${onKeydown}
    @change=${signsPage ? keepChoicesExclusive : nothing}
  >
    ${error
      ? html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1">
          <h2>${text.ui('error-summary-title')}</h2>
          <ul>
            <li><a href="#option-0" @click=${view.focusOptions}>${errorText}</a></li>
          </ul>
        </div>`
      : nothing}
    <fieldset class=${error ? 'has-error' : ''} aria-describedby=${describedBy || nothing}>
      <legend part="legend">
        <h2 id="step-heading" tabindex="-1">
          <span class="progress" part="progress">${text.ui('question-progress', { current: progress.index, total: progress.total })}</span>
          ${words.text}
        </h2>
      </legend>
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
    ${signsPage ? keyed(pageKey, notSureOptions(text, view)) : nothing}
    <div class="buttons" part="buttons">
      <button type="button" part="continue" @click=${view.onContinue}>${text.ui('continue')}</button>
      ${view.canGoBack
        ? html`<button type="button" class="secondary" part="back" @click=${view.onBack}>${text.ui('back')}</button>`
        : nothing}
    </div>
  </form>`;
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

/** A box for each sign ("yes" when ticked), then the exclusive "None of these". */
function signOptions(text: PageText, view: QuestionPageView) {
  const { questions, answers } = view;
  const allAnswered = questions.every((question) => answers[question.id] !== undefined);
  const noneHad = allAnswered && questions.every((question) => answers[question.id] !== 'yes');
  return html`<div class="options" part="options">
    ${questions.map(
      (question, position) => html`<div class="option" part="option">
        <input type="checkbox" .checked=${live(answers[question.id] === 'yes')} id="option-${position}" name=${question.id} value="yes" />
        <label for="option-${position}">${signLabel(text, question)}</label>
      </div>`,
    )}
    <p class="or" part="or">${text.ui('or')}</p>
    <div class="option" part="option">
      <input type="checkbox" .checked=${live(noneHad)} id=${NONE_OF_THESE} name=${NONE_OF_THESE} value="none" />
      <label for=${NONE_OF_THESE}>${text.ui('none-of-these')}</label>
    </div>
  </div>`;
}

/** "Not sure about one of these?": an unsure answer to a sign is its own answer, never a guessed "no". */
function notSureOptions(text: PageText, view: QuestionPageView) {
  const { questions, answers } = view;
  const anyUnsure = questions.some((question) => answers[question.id] === 'not-sure');
  return html`<details class="not-sure" part="not-sure" ?open=${anyUnsure}>
    <summary>${text.ui('not-sure-about-signs')}</summary>
    <fieldset>
      <legend>${text.ui('not-sure-which')}</legend>
      <div class="options">
        ${questions.map(
          (question) => html`<div class="option" part="option">
            <input
              type="checkbox"
              .checked=${live(answers[question.id] === 'not-sure')}
              id="unsure-${question.id}"
              name=${question.id}
              value="not-sure"
            />
            <label for="unsure-${question.id}">${signLabel(text, question)}</label>
          </div>`,
        )}
      </div>
    </fieldset>
  </details>`;
}

/**
 * GOV.UK's exclusive checkbox: "None of these" clears the signs, and a sign clears "None of these". A sign
 * is either had or unsure, never both.
 */
function keepChoicesExclusive(event: Event): void {
  const box = event.target as HTMLInputElement;
  if (box.type !== 'checkbox' || !box.checked || !box.form) return;
  for (const other of box.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const clashes =
      box.name === NONE_OF_THESE
        ? other.value === 'yes'
        : other.name === NONE_OF_THESE
          ? box.value === 'yes'
          : other.name === box.name && other !== box;
    if (clashes) other.checked = false;
  }
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

  .or {
    margin: 0.25em 0;
  }

  .not-sure {
    margin-block-start: var(--_space);
  }

  .not-sure legend {
    padding: 0;
    margin-block: 0.5em;
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
