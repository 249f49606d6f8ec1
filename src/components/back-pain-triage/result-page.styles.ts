import { css } from 'lit';

/** The result page's styles: they come with the page's code (result.ts). */
export const resultStyles = css`
  .urgency-box h2 {
    font-size: 1.5em;
  }

  .main-action {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }

  .main-action:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  .when-closed,
  .download-note {
    font-size: 0.875em;
  }

  .download-note {
    margin: 0;
    color: var(--_muted);
  }

  .plan-updated {
    padding: 0.5em var(--_space);
    border-inline-start: 5px solid var(--_accent);
    background: var(--_surface);
  }

  .plan-updated p,
  .plan-updated ul {
    margin-block: 0.25em;
  }

  .restart-confirm {
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  .restart-confirm p {
    margin: 0;
  }

  #restart-question:focus {
    outline: none;
  }

  .partial {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .result {
    display: grid;
    gap: var(--_space);
  }

  .result h3 {
    margin-block: 0 0.5em;
  }

  .plan h3:focus {
    outline: none;
  }

  .result ol,
  .cards {
    padding: 0;
    list-style: none;
  }

  .factor {
    border-block-start: 1px solid var(--_border);
  }

  .factor summary {
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }

  .confidence {
    display: inline-block;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 600;
  }

  .factors ol,
  .factors p {
    margin-block: 0.25em;
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
    .cautions {
      border-color: CanvasText;
    }

    .main-action {
      border: 2px solid LinkText;
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

  /* Printing gives a summary a clinician can use: the date, what to do and how soon with the reasons, the
     answers behind each warning sign, the factors with their evidence, the plan, the exercises with their
     doses, the safety net and every answer. Controls, folds, cards and live status are for the screen. */
  @media print {
    .print-only {
      display: block;
    }

    .why details,
    .actions,
    .download-note,
    .tailor,
    .status,
    .summary-label,
    textarea,
    .factors,
    .plan,
    .exercises,
    .plan-updated,
    .main-action,
    .partial button,
    .urgency-box button,
    red-flag-banner {
      display: none;
    }

    :focus {
      outline: none;
    }

    .print-summary h3 {
      margin-block: 0.5em 0.25em;
    }

    .print-summary ul {
      margin-block: 0;
      padding-inline-start: 1.25em;
    }

    .print-summary li {
      break-inside: avoid;
    }

    .result {
      gap: 0.5em;
    }

    .urgency-box {
      background: none;
      color: #000;
    }

    .print-header p,
    .urgency-box h2 {
      margin-block: 0 0.25em;
    }

    .answers li > span {
      display: inline;
    }

  }
`;
