import { css } from 'lit';

/** Buttons, disclosures and screen-reader-only text, for the widgets that have them
 * (its own module, so a bundle without controls leaves it out). */
export const controlStyles = css`
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  /* GOV.UK's details: an arrow that turns when open, and underlined words, so a fold looks like one. */
  summary {
    min-block-size: 44px;
    display: flex;
    align-items: center;
    gap: 0.5em;
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary::before {
    content: '';
    flex: none;
    border-block: 0.4em solid transparent;
    border-inline-start: 0.65em solid currentColor;
  }

  details[open] > summary::before {
    border-inline: 0.4em solid transparent;
    border-block: 0.65em solid currentColor;
    border-block-end: 0;
  }

  details[open] > summary + * {
    margin-block-start: 0.25em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }

    button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
