import { css } from 'lit';

export const styles = css`
  .triage {
    display: grid;
    gap: var(--_space);
  }

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

  .buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: var(--_space);
  }

  .urgency {
    padding: var(--_space);
    border-inline-start: 8px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .urgency.emergency {
    border-color: var(--_emergency);
    background: var(--_emergency-surface);
  }

  .urgency.urgent {
    border-color: var(--_urgent);
    background: var(--_urgent-surface);
  }

  .urgency h2 {
    font-size: 1.5em;
  }

  .urgency > :last-child {
    margin-block-end: 0;
  }

  .what-to-do,
  .call {
    font-weight: 700;
  }

  .result {
    display: grid;
    gap: var(--_space);
  }

  .result ol,
  .cards {
    padding: 0;
    list-style: none;
  }

  .factor {
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_border);
  }

  .confidence {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 600;
  }

  .answer-question {
    display: block;
  }

  .answer-option {
    display: block;
    font-weight: 700;
  }

  .evidence-label {
    margin-block: 0.5em 0.25em;
    font-weight: 700;
  }

  .note {
    font-weight: 600;
  }

  .cautions {
    padding: var(--_space);
    border-inline-start: 5px solid var(--_urgent);
    background: var(--_urgent-surface);
    margin-block-end: var(--_space);
  }

  .cards {
    display: grid;
    gap: var(--_space);
  }

  .summary-label {
    min-block-size: 0;
    font-weight: 700;
  }

  textarea {
    inline-size: 100%;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
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

    .urgency,
    .error-summary,
    .cautions {
      border-color: CanvasText;
    }
  }

  /* Paper only: the summary's header and the full list of answers. */
  .print-only {
    display: none;
  }

  .print-title {
    font-size: 1.25em;
    font-weight: 700;
  }

  /* Printing gives a one-page summary to show a clinician: the date, the result with its reasons, the
     answers in plain words and the note that it is not a diagnosis. Controls, exercises (with their
     timers), the plan and live status are for the screen. */
  @media print {
    .print-only {
      display: block;
    }

    .buttons,
    .actions,
    .status,
    .summary-label,
    textarea,
    .exercises,
    .plan,
    .safety-net,
    .about {
      display: none;
    }

    .triage,
    .result {
      gap: 0.5em;
    }

    .triage,
    .urgency {
      background: none;
      color: #000;
    }

    .print-header p,
    .urgency h2 {
      margin-block: 0 0.25em;
    }

    /* Question and answer on one line each, to keep to one page. */
    .answers li > span {
      display: inline;
    }

    .factor {
      padding-block: 0.25em;
      break-inside: avoid;
    }
  }
`;
