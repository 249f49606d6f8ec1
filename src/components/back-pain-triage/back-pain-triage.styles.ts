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
