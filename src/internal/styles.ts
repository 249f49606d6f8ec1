import { css } from 'lit';

/**
 * The one token scheme. Public `--bpw-*` custom properties are read once here,
 * each with a default, into private `--_*` properties on :host, so the widgets
 * look right with no host CSS and components only ever use `var(--_x)`.
 */
export const tokens = css`
  :host {
    --_font-family: var(--bpw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--bpw-font-size, 1rem);
    --_line-height: var(--bpw-line-height, 1.5);
    --_radius: var(--bpw-radius, 0.5rem);
    --_space: var(--bpw-space, 1rem);
    --_text: var(--bpw-color-text, #1f2328);
    --_muted: var(--bpw-color-muted, #4f555d);
    --_background: var(--bpw-color-background, #ffffff);
    --_surface: var(--bpw-color-surface, #f3f5f8);
    --_border: var(--bpw-color-border, #6e7781);
    --_accent: var(--bpw-color-accent, #0b5cad);
    --_on-accent: var(--bpw-color-on-accent, #ffffff);
    --_focus: var(--bpw-color-focus, #0b5cad);
    --_emergency: var(--bpw-color-emergency, #a4001d);
    --_emergency-surface: var(--bpw-color-emergency-surface, #fdecee);
    --_urgent: var(--bpw-color-urgent, #7a3e00);
    --_urgent-surface: var(--bpw-color-urgent-surface, #fff3e0);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--bpw-color-text, #e8eaed);
      --_muted: var(--bpw-color-muted, #bcc1c9);
      --_background: var(--bpw-color-background, #16181d);
      --_surface: var(--bpw-color-surface, #23262d);
      --_border: var(--bpw-color-border, #8d949e);
      --_accent: var(--bpw-color-accent, #8ab4f8);
      --_on-accent: var(--bpw-color-on-accent, #0b1b33);
      --_focus: var(--bpw-color-focus, #8ab4f8);
      --_emergency: var(--bpw-color-emergency, #ff9c94);
      --_emergency-surface: var(--bpw-color-emergency-surface, #3b1519);
      --_urgent: var(--bpw-color-urgent, #ffc077);
      --_urgent-surface: var(--bpw-color-urgent-surface, #3a2610);
    }
  }
`;

/** Layout, type and focus styles every widget shares. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    line-height: var(--_line-height);
    color: var(--_text);
    background: var(--_background);
    overflow-wrap: anywhere;
    text-align: start;
    /* Inherited text settings a host page may set: reset so its CSS cannot change the layout. */
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  /* Not inherit: a host's '* { box-sizing: content-box !important }' would reach in through :host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4 {
    margin-block: 0 0.5em;
    line-height: 1.25;
  }

  p,
  ul,
  ol {
    margin-block: 0 0.75em;
  }

  ul,
  ol {
    padding-inline-start: 1.5em;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  /* Links that stand alone in a list item get a 44 px target too. */
  li > a:only-child {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.6em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }

    svg {
      color: CanvasText;
    }
  }
`;
