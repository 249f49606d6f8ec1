import { css, html, nothing } from 'lit';
import type { Question, UrgencyId } from '../../content/types.js';
import { urgencyBox } from '../../internal/urgency-box.js';
import type { PageText } from './page-text.js';

export interface QuestionPageView {
  question: Question;
  answer: string | undefined;
  progress: { index: number; total: number };
  error: boolean;
  canGoBack: boolean;
  onContinue(): void;
  onBack(): void;
  focusOptions(event: Event): void;
}

/** One question a page, in the GOV.UK pattern: legend as heading, hint, error summary, radios. */
export function questionPage(text: PageText, view: QuestionPageView) {
  const { question, answer, progress, error } = view;
  const words = text.strings.questions[question.id];
  const describedBy = [words.hint ? 'hint' : '', error ? 'error' : ''].filter(Boolean).join(' ');
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
  >
    ${error
      ? html`<div id="error-summary" class="error-summary" part="error-summary" tabindex="-1">
          <h2>${text.ui('error-summary-title')}</h2>
          <ul>
            <li><a href="#option-0" @click=${view.focusOptions}>${text.ui('choose-an-answer')}</a></li>
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
      <details class="why-we-ask" part="why-we-ask">
        <summary>${text.ui('why-we-ask')}</summary>
        <p>${words.why}</p>
      </details>
      ${error
        ? html`<p id="error" class="error-message" part="error">
            <span class="visually-hidden">${text.ui('error-prefix')}</span>
            ${text.ui('choose-an-answer')}
          </p>`
        : nothing}
      <div class="options" part="options">
        ${question.options.map(
          (option, position) => html`<div class="option" part="option">
            <input type="radio" id="option-${position}" name=${question.id} value=${option.id} ?checked=${answer === option.id} />
            <label for="option-${position}">${words.options[option.id] ?? option.id}</label>
          </div>`,
        )}
      </div>
    </fieldset>
    <div class="buttons" part="buttons">
      <button type="button" part="continue" @click=${view.onContinue}>${text.ui('continue')}</button>
      ${view.canGoBack
        ? html`<button type="button" class="secondary" part="back" @click=${view.onBack}>${text.ui('back')}</button>`
        : nothing}
    </div>
  </form>`;
}

export interface WarningView {
  /** Never emergency: an emergency answer ends the questions at once. */
  urgency: UrgencyId;
  /** No answer still to come can make it more urgent. */
  settled: boolean;
  onGetHelp(): void;
  onCarryOn(): void;
}

/**
 * Shown at the top of the page after an answer that needs help soon, and focused so it is in view and
 * read out: the person may stop and get help now, or carry on for the full result.
 */
export function midCheckWarning(text: PageText, view: WarningView) {
  const urgency = text.strings.urgency[view.urgency];
  return urgencyBox({
    level: view.urgency,
    part: 'warning',
    headline: urgency.headline,
    headingId: 'warning-heading',
    body: [
      html`<p>${text.ui('warning-in-answers')} ${view.settled ? text.ui('urgency-settled') : nothing}</p>`,
      html`<p class="what-to-do">${urgency.whatToDo}</p>`,
      html`<div class="buttons">
        <button type="button" part="get-help-now" @click=${view.onGetHelp}>${text.ui('get-help-now')}</button>
        <button type="button" class="secondary" part="carry-on" @click=${view.onCarryOn}>${text.ui('carry-on')}</button>
      </div>`,
    ],
  });
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

  /* A drawn radio keeps the 44 px target and the native keyboard behaviour. */
  input[type='radio'] {
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

  input[type='radio']::before {
    content: '';
    inline-size: 22px;
    block-size: 22px;
    border-radius: 50%;
    background: var(--_text);
    transform: scale(0);
  }

  input[type='radio']:checked::before {
    transform: scale(1);
  }

  input[type='radio']:focus-visible {
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
    input[type='radio'] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }

    input[type='radio']::before {
      background: Highlight;
    }

    .error-summary {
      border-color: CanvasText;
    }
  }
`;
