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

  /* In em, so a larger font size (--bpw-font-size) draws larger figures too. */
  .illustration {
    flex: 1 1 18em;
    max-inline-size: 40em;
  }

  :host([compact]) .illustration {
    max-inline-size: 20em;
  }

  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    fill: none;
    stroke: var(--_muted);
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* The drawing reads start to end in the direction of the text. */
  .illustration:dir(rtl) svg {
    transform: scaleX(-1);
  }

  .limb {
    stroke-width: 9;
  }

  .torso {
    stroke-width: 14;
  }

  .far {
    stroke: var(--_border);
  }

  svg .moving {
    stroke: var(--_accent);
  }

  circle {
    fill: var(--_muted);
    stroke: none;
  }

  circle.moving {
    fill: var(--_accent);
  }

  .floor {
    stroke: var(--_border);
    stroke-width: 2;
  }

  .arrow,
  .strap {
    stroke-width: 3;
  }

  .strap {
    stroke: var(--_urgent);
  }

  /* While the timer runs, the position to be in now stands out. */
  svg g {
    transition: opacity 0.4s ease-in-out;
  }

  .holding svg .start,
  .resting svg .end {
    opacity: 0.35;
  }

  @media (prefers-reduced-motion: reduce) {
    svg g {
      transition: none;
    }
  }

  .captions {
    display: grid;
    grid-template-columns: 1fr 1fr;
    column-gap: 9%;
    margin: 0.25em 0 0;
    text-align: center;
    font-weight: 600;
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

  .side {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }

  .progress {
    color: var(--_muted);
  }

  .cues {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-start: var(--_space);
  }

  .cues label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
  }

  .cues input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
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

    svg,
    .far {
      stroke: CanvasText;
    }

    circle {
      fill: CanvasText;
    }

    svg .moving {
      stroke: Highlight;
    }

    circle.moving {
      fill: Highlight;
    }
  }
`;
