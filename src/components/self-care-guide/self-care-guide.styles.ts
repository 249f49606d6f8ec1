import { css } from 'lit';

export const styles = css`
  .step {
    margin-block-end: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .step > :last-child {
    margin-block-end: 0;
  }

  .note {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25rem solid var(--_accent);
  }

  @media (forced-colors: active) {
    .step {
      border: 1px solid CanvasText;
    }
  }
`;
