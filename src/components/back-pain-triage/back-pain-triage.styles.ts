import { css } from 'lit';

/** The frame the pages share; each page's own styles live with its template module. */
export const styles = css`
  .triage {
    display: grid;
    gap: var(--_space);
  }

  .buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: var(--_space);
  }

  .warning-notice {
    padding-inline-start: 0.75em;
    border-inline-start: 5px solid var(--_urgent);
  }

  .warning-notice p {
    margin: 0 0 0.25em;
  }

  .signs {
    margin-block: 0.25em 0.5em;
    padding-inline-start: 1.25em;
  }

  /* Short, so the question under it still starts in the first screen of a small phone. */
  .urgency-box[part~='warning'] h2 {
    font-size: 1.25em;
  }

  [part~='warning'] p {
    margin-block: 0.5em;
  }

  [part~='warning'] .buttons {
    gap: 0.5em;
    margin-block-start: 0.5em;
  }

  [part~='warning'] button {
    padding-inline: 0.5em;
  }

  /* A heading gets focus only so the page is read from it: no ring that looks like an input. */
  h2[tabindex='-1']:focus {
    outline: none;
  }

  @media print {
    .buttons {
      display: none;
    }

    .triage {
      gap: 0.5em;
      background: none;
      color: #000;
    }
  }
`;
