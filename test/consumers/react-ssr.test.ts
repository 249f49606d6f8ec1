// React server rendering of the wrappers from the built package: attributes survive renderToString.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { BackPainProvider, BackPainTriage, ExerciseCard, FactorExplainer } from 'back-pain-widgets/react';

test('renderToString keeps exercise and compact', () => {
  const html = renderToString(createElement(ExerciseCard, { exercise: 'bird-dog', compact: true }));
  assert.match(html, /^<exercise-card[^>]* exercise="bird-dog"/);
  assert.match(html, / compact=""/);
});

test('false and object props are left out; attribute names are the elements\' own', () => {
  const html = renderToString(
    createElement(
      BackPainProvider,
      { locale: 'es', emergencyNumber: '112', overrides: { ui: {} } },
      createElement(BackPainTriage, { saveAnswers: false, answers: { age: '20-to-49' }, id: 'check' }),
      createElement(FactorExplainer, { factor: 'spinal-stenosis', exerciseHref: '/exercises/{id}', className: 'wide' }),
    ),
  );
  assert.match(html, /<back-pain-provider locale="es" emergency-number="112">/);
  assert.match(html, /<back-pain-triage id="check"><\/back-pain-triage>/);
  assert.match(html, /<factor-explainer class="wide" factor="spinal-stenosis" exercise-href="\/exercises\/\{id\}">/);
});

test('with @lit-labs/ssr-react, bare tags render their shadow DOM inside React\'s HTML', async () => {
  const { jsx } = await import('@lit-labs/ssr-react/jsx-runtime');
  await import('back-pain-widgets');
  await import('back-pain-widgets/locales/es');
  const { locales } = await import('back-pain-widgets/content');
  const html = renderToString(jsx('exercise-card', { exercise: 'bird-dog', lang: 'es', compact: true }));
  assert.match(html, /^<exercise-card exercise="bird-dog" lang="es" compact=""><template shadowroot="open" shadowrootmode="open">/);
  assert.ok(html.includes(locales.es.exercises['bird-dog'].name));
});
