import { css } from 'lit';

export const styles = css`
  .box {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .label {
    margin-block-end: 0.25em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  h2 {
    font-size: 1.375em;
  }

  h3 {
    font-size: 1.0625em;
  }

  .see {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25rem solid var(--_urgent);
  }

  @media (forced-colors: active) {
    .box {
      border-color: CanvasText;
    }

    .see {
      border-inline-start-color: CanvasText;
    }
  }
`;
