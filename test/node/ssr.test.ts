// Lit's server renderer (@lit-labs/ssr) in Node: every element renders to declarative shadow DOM, and the
// locale and the provider's settings resolve from attributes. test/ssr/hydrate.test.ts hydrates the same pages.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import '../../src/index.js';
import '../../src/locales/es.js';
import { en } from '../../src/content/index.js';
import { es } from '../../src/content/locales/es.js';
import { fixtures, type FixtureName } from '../ssr/fixtures.js';

const page = (name: FixtureName) => collectResultSync(render(fixtures[name]()));

/** The declarative shadow root of the first `<tag>` in the page. */
function shadowOf(html: string, tag: string): string {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `<${tag}> is in the page`);
  const open = html.indexOf('<template shadowroot="open" shadowrootmode="open">', start);
  assert.ok(open > start, `<${tag}> has a declarative shadow root`);
  const close = html.indexOf(`</${tag}>`, open);
  return html.slice(open, close);
}

const tags = ['back-pain-triage', 'red-flag-banner', 'exercise-card', 'self-care-guide', 'factor-explainer', 'back-pain-provider'];

test('every element renders to declarative shadow DOM on the server', () => {
  const all = Object.keys(fixtures).map((name) => page(name as FixtureName)).join('');
  for (const tag of tags) assert.match(shadowOf(all, tag), /<style>[\s\S]*<\/style>/, `<${tag}> carries its styles`);
});

test('an element with its own lang speaks that language on the server', () => {
  const guide = shadowOf(page('self-care-guide in Spanish by its lang'), 'self-care-guide');
  assert.ok(guide.includes(es.ui['self-care-heading']!), 'the Spanish heading');
  assert.ok(!guide.includes(en.ui['self-care-heading']!));
});

test("the provider's locale and emergency number reach the widgets inside it on the server", () => {
  const html = page('provider in Spanish with 112');
  assert.ok(shadowOf(html, 'self-care-guide').includes(es.ui['self-care-heading']!));
  const banner = shadowOf(html, 'red-flag-banner');
  assert.match(banner, /lang="es"/);
  assert.match(banner, /112/);
  assert.match(shadowOf(html, 'back-pain-triage'), /lang="es"/);
});

test('without a provider or lang the server renders English', () => {
  assert.ok(page('triage').includes('lang="en"'));
  assert.ok(!shadowOf(page('red-flag-banner'), 'red-flag-banner').includes('112'));
});

test('the exercise card renders its attributes on the server', () => {
  const html = page('exercise-card');
  assert.match(html, /<exercise-card[^>]* exercise="bird-dog"[^>]* compact/);
  assert.ok(shadowOf(html, 'exercise-card').includes(en.exercises['bird-dog'].name));
});
