// Wrappers that show the widgets as a host page would: dark, right-to-left, narrow.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
// Spanish is opt-in for embedders; the stories show it, so it is registered here.
import '../../src/locales/es.js';

/** `parameters.hostPage` sets `<html lang dir>` for one story; every other story gets the iframe's defaults back. */
export interface HostPage {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export const withHostPage: Decorator = (story, { parameters }) => {
  const page: HostPage = parameters.hostPage ?? {};
  const root = document.documentElement;
  root.lang = page.lang ?? 'en';
  root.dir = page.dir ?? 'ltr';
  return story();
};

/**
 * The host sets the public tokens for its dark theme (the widgets' own dark
 * defaults follow `prefers-color-scheme`, which a story cannot switch).
 */
const darkTokens = [
  'color-scheme: dark',
  'padding: 1rem',
  'background: #16181d',
  'color: #e8eaed',
  '--bpw-color-text: #e8eaed',
  '--bpw-color-muted: #bcc1c9',
  '--bpw-color-background: #16181d',
  '--bpw-color-surface: #23262d',
  '--bpw-color-border: #8d949e',
  '--bpw-color-accent: #8ab4f8',
  '--bpw-color-on-accent: #0b1b33',
  '--bpw-color-focus: #8ab4f8',
  '--bpw-color-emergency: #ff9c94',
  '--bpw-color-emergency-surface: #3b1519',
  '--bpw-color-urgent: #ffc077',
  '--bpw-color-urgent-surface: #3a2610',
].join('; ');

export const dark: Decorator = (story) => html`<div class="dark-host" style=${darkTokens}>${story()}</div>`;

/** An Arabic host page: `<html lang="ar" dir="rtl">` and a right-to-left wrapper. */
export const rightToLeft: Decorator = (story) => html`<div dir="rtl">${story()}</div>`;
export const rightToLeftParameters = { hostPage: { lang: 'ar', dir: 'rtl' } satisfies HostPage };

/** The narrowest width WCAG reflow asks for. */
export const narrow: Decorator = (story) =>
  html`<div style="max-inline-size: 320px; outline: 1px dashed #6e7781">${story()}</div>`;
/** In the Storybook UI the story also opens in a 320 px wide viewport ('{width}-{height}'). */
export const narrowGlobals = { viewport: { value: '320-640', isRotated: false } };

/** A Spanish host page section: `lang="es"` on a wrapper (the element's nearest `lang` wins). */
export const spanish: Decorator = (story) => html`<div lang="es">${story()}</div>`;
