import { css, html, nothing } from 'lit';
import type { EvidenceAnswer, TriageResult } from '../../triage/types.js';
import type { PageText } from './page-text.js';

/** The answers that still count, in the order the person met them. */
export const answersInOrder = (result: TriageResult): EvidenceAnswer[] =>
  Object.entries(result.answersThatCount).map(([question, option]) => ({ question, option }));

/** Answers in plain words, question then answer: for the reasons and the evidence in a result. */
export function answerList(text: PageText, answers: readonly EvidenceAnswer[]) {
  return html`<ul class="answers">
    ${answers.map(({ question, option }) => {
      const words = text.strings.questions[question];
      return html`<li>
        <span class="answer-question">${words?.text ?? question}</span>
        <span class="answer-option">${words?.options[option] ?? option}</span>
      </li>`;
    })}
  </ul>`;
}

/**
 * Every answer that still counts, as a GOV.UK summary list; with `onChange`, each row has a Change
 * button (the check page), without it the list is read-only (the printed result).
 */
export function answerSummary(text: PageText, answers: readonly EvidenceAnswer[], onChange?: (question: string) => void) {
  return html`<dl class="summary-list" part="answer-list">
    ${answers.map(({ question, option }) => {
      const words = text.strings.questions[question];
      return html`<div class="summary-row">
        <dt>${words?.text ?? question}</dt>
        <dd>${words?.options[option] ?? option}</dd>
        ${onChange
          ? html`<dd class="summary-change">
              <button type="button" class="link" part="change" data-question=${question} @click=${() => onChange(question)}>
                ${text.ui('change')}<span class="visually-hidden"> ${words?.text ?? question}</span>
              </button>
            </dd>`
          : nothing}
      </div>`;
    })}
  </dl>`;
}

export interface CheckAnswersView {
  answers: readonly EvidenceAnswer[];
  onChange(question: string): void;
  /** To the result when every question is answered, else to the first one still open. */
  onDone(): void;
}

/** "Check your answers": each answer that counts, with a Change button, then on to the result. */
export function checkAnswersPage(text: PageText, view: CheckAnswersView) {
  return html`<section class="check-answers" part="check-answers" lang=${text.strings.locale}>
    <h2 id="step-heading" tabindex="-1">${text.ui('check-answers-heading')}</h2>
    ${answerSummary(text, view.answers, view.onChange)}
    <div class="buttons" part="buttons">
      <button type="button" part="see-result" @click=${view.onDone}>${text.ui('see-result')}</button>
    </div>
  </section>`;
}

export const checkAnswersStyles = css`
  .summary-list {
    margin: 0;
  }

  .summary-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25em 1em;
    padding-block: 0.75em;
    border-block-end: 1px solid var(--_border);
  }

  .summary-row dt {
    grid-column: 1 / -1;
  }

  .summary-row dd {
    margin: 0;
    font-weight: 700;
  }

  .summary-change {
    justify-self: end;
  }

  /* A button that reads as a link, as GOV.UK's Change links; still a 44 px target. */
  .link {
    min-block-size: 44px;
    padding-inline: 0.25em;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .answer-question {
    display: block;
  }

  .answer-option {
    display: block;
    font-weight: 700;
  }

  @media print {
    .summary-row {
      display: block;
      padding-block: 0.125em;
      border: 0;
    }

    .summary-row dt,
    .summary-row dd {
      display: inline;
    }
  }
`;
