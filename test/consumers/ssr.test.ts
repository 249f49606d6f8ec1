// Lit SSR with plain Node against the built package, imported by name as an app would.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'back-pain-widgets';
import 'back-pain-widgets/locales/es';
import { locales } from 'back-pain-widgets/content';

test('a page with the provider renders declarative shadow DOM in Spanish', async () => {
  const page = await collectResult(
    render(html`<back-pain-provider locale="es"><exercise-card exercise="bird-dog"></exercise-card></back-pain-provider>`),
  );
  assert.match(page, /<exercise-card[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.ok(page.includes(locales.es.exercises['bird-dog'].name));
});
