import { css } from 'lit';

export const styles = css`
  .card,
  .not-found {
    container-type: inline-size;
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

  [part~="helps"] {
    margin-block-start: var(--_space);
    font-size: 1.0625em;
  }

  /* Each drawing's size is in em (on the SVG), so larger text draws larger figures, up to the width there is:
     side by side when both fit, one above the other on a phone. */
  .illustration {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-around;
    gap: 0.5em var(--_space);
    text-align: center;
    font-weight: 600;
  }

  .illustration > div {
    min-inline-size: 0;
  }

  svg {
    display: block;
    max-inline-size: 100%;
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

  /* Where the moving parts started, behind where they end. */
  .trace {
    opacity: 0.3;
  }

  .floor {
    stroke: var(--_border);
    stroke-width: 2;
  }

  .strap {
    stroke: var(--_urgent);
    stroke-width: 3;
  }

  /* While the timer runs, the position to be in now stands out. */
  .illustration svg {
    transition: opacity 0.4s ease-in-out;
  }

  .holding .start svg,
  .resting .end svg {
    opacity: 0.35;
  }

  @media (prefers-reduced-motion: reduce) {
    .illustration svg {
      transition: none;
    }
  }

  .dose,
  .timer {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* While it counts, the timer stays in view, above or below, as the person scrolls to the drawing or the steps. */
  .timer:is(.holding, .resting) {
    position: sticky;
    inset-block: 0;
    box-shadow: 0 0 0 2px var(--_accent);
  }

  /* Room for the count: the heading still names the group. */
  .timer:is(.holding, .resting) h3 {
    display: none;
  }

  /* Large text on a small screen: upright figures side by side, so Start stays near the top, and only what a
     hold needs (the count, the side, Pause) stays in view while the timer counts. */
  @container (inline-size < 15em) {
    .upright {
      flex-wrap: nowrap;
    }

    .timer:is(.holding, .resting) :is(.progress, .secondary) {
      display: none;
    }
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

  /* Large enough to read from the floor; on a narrow screen, capped by its width so larger text still fits. */
  .seconds {
    min-inline-size: 2ch;
    font-size: clamp(2.5em, 20vw, 4.5em);
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
  }

  .cues input {
    flex: none;
    inline-size: 44px;
    block-size: 44px;
    margin: 0;
    accent-color: var(--_accent);
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: 0.75em;
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
