import { css } from 'lit';

export const styles = css`
  .card,
  .not-found {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  h2 {
    font-size: 1.375em;
  }

  h3 {
    font-size: 1.0625em;
    margin-block-start: 1em;
  }

  .intro {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }

  .intro > p {
    flex: 1 1 12rem;
    margin: 0;
    font-size: 1.0625em;
  }

  svg {
    flex: 0 1 16rem;
    inline-size: 100%;
    max-inline-size: 16rem;
    block-size: auto;
    color: var(--_accent);
    fill: none;
    stroke: currentColor;
    stroke-width: 6;
    stroke-linecap: round;
    stroke-linejoin: round;
    transform-origin: center bottom;
  }

  svg.holding {
    animation: breathe 4s ease-in-out infinite;
  }

  @keyframes breathe {
    50% {
      transform: scale(1.03);
    }
  }

  :host([compact]) svg {
    max-inline-size: 9rem;
  }

  .dose,
  .timer {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .dose h3,
  .timer h3 {
    margin-block-start: 0;
  }

  .dose ul {
    margin-block-end: 0;
  }

  .variations {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }

  .variations > div {
    flex: 1 1 12rem;
  }

  .stop {
    margin-block-start: var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 0.25rem solid var(--_urgent);
  }

  .stop ul {
    margin-block-end: 0;
  }

  details {
    margin-block-start: var(--_space);
  }

  .count {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
  }

  .seconds {
    min-inline-size: 2ch;
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }

  .progress {
    color: var(--_muted);
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }

  :host([compact]) .card {
    padding: calc(var(--_space) * 0.75);
  }

  @media (forced-colors: active) {
    .card,
    .not-found,
    .dose,
    .timer {
      border: 1px solid CanvasText;
    }

    .stop {
      border-inline-start-color: CanvasText;
    }
  }
`;
