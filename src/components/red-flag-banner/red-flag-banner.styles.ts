import { css } from 'lit';

export const styles = css`
  .urgency-box,
  .group {
    margin-block-end: var(--_space);
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

  .plain ul {
    margin: 0;
  }

  @media (forced-colors: active) {
    .urgency-box.emergency {
      border-width: 3px;
      border-inline-start-width: 0.75rem;
    }
  }
`;
