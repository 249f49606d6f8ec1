import { css, html, nothing, type TemplateResult } from 'lit';
import type { UrgencyId } from '../content/types.js';

/**
 * The coloured box that says how fast to act, shared by `<back-pain-triage>` (its result and its
 * mid-check warning) and `<red-flag-banner>` (each group of signs).
 */
export const urgencyBoxStyles = css`
  .urgency-box {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 8px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .urgency-box.emergency {
    border-color: var(--_emergency);
    background: var(--_emergency-surface);
  }

  .urgency-box.urgent {
    border-color: var(--_urgent);
    background: var(--_urgent-surface);
  }

  .urgency-box > :first-child {
    margin-block-start: 0;
  }

  .urgency-box > :last-child {
    margin-block-end: 0;
  }

  .what-to-do {
    font-weight: 700;
  }

  /* The call is the one thing to do: a large target, first after the heading. */
  .call {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 56px;
    margin-block: 0.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_emergency);
    /* The surface colour on the accent: dark on light in dark mode, light on dark otherwise. */
    color: var(--_emergency-surface);
    font-size: 1.25em;
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }

  .call:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  @media (forced-colors: active) {
    .urgency-box {
      border-color: CanvasText;
    }

    .call {
      border: 3px solid LinkText;
    }
  }
`;

/**
 * The call to the emergency number: a `tel:` link when the number is known (one dialable number, from the
 * provider or the region: see ContentController), otherwise the same words as plain text, since a link with
 * no number would dial nothing.
 */
export function callEmergency(number: string | null, label: string, part = 'call'): TemplateResult {
  return number
    ? html`<a class="call" part=${part} href="tel:${number}">${label}</a>`
    : html`<p class="call" part=${part}>${label}</p>`;
}

export interface UrgencyBoxOptions {
  level: UrgencyId;
  part: string;
  /** More classes for the box, such as the banner's `group`. */
  className?: string;
  /** The box's heading; shown as h2 with an id (the page heading) or as h3 inside a group. */
  headline: string;
  headingId?: string;
  /** Whatever comes under the heading, in order. */
  body: readonly unknown[];
}

export function urgencyBox({ level, part, className = '', headline, headingId, body }: UrgencyBoxOptions): TemplateResult {
  return html`<div class="urgency-box ${level} ${className}" part=${part}>
    ${headingId
      ? html`<h2 id=${headingId} tabindex="-1">${headline}</h2>`
      : html`<h3 part="group-heading">${headline}</h3>`}
    ${body.map((piece) => piece ?? nothing)}
  </div>`;
}
