import { css } from 'lit';

export const styles = css`
  .group {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .group.emergency {
    border-color: var(--_emergency);
    background: var(--_emergency-surface);
  }

  .group.urgent {
    border-color: var(--_urgent);
    background: var(--_urgent-surface);
  }

  .emergency h3 {
    color: var(--_emergency);
  }

  .urgent h3 {
    color: var(--_urgent);
  }

  li + li {
    margin-block-start: 0.5em;
  }

  .sign {
    display: block;
    font-weight: 600;
  }

  .advice {
    display: block;
  }

  .what-to-do,
  .call {
    margin-block-end: 0;
  }

  .call {
    margin-block-start: 0.5em;
    font-weight: 700;
    font-size: 1.125em;
  }

  @media (forced-colors: active) {
    .group {
      border-color: CanvasText;
    }

    .group.emergency {
      border-width: 3px;
      border-inline-start-width: 0.75rem;
    }
  }
`;
