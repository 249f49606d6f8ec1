// Importing one React wrapper defines only its element and what it renders.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

test('the exercise-card wrapper defines exercise-card and nothing else', async () => {
  await import('back-pain-widgets/react/exercise-card.js');
  assert.ok(customElements.get('exercise-card'));
  for (const tag of ['back-pain-triage', 'red-flag-banner', 'back-pain-provider', 'self-care-guide', 'factor-explainer']) {
    assert.equal(customElements.get(tag), undefined, `${tag} is not defined`);
  }
});

test('a browser bundle of one wrapper leaves the other elements out', async () => {
  const bundle = async (source: string) => {
    const result = await build({
      stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      external: ['react'],
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  const one = await bundle("export { ExerciseCard } from 'back-pain-widgets/react/exercise-card.js';");
  const all = await bundle("export { ExerciseCard } from 'back-pain-widgets/react';");
  assert.ok(one.includes("'exercise-card'") || one.includes('"exercise-card"'));
  for (const tag of ['back-pain-triage', 'self-care-guide', 'factor-explainer']) {
    assert.ok(!one.includes(`"${tag}"`) && !one.includes(`'${tag}'`), `${tag} is left out`);
    assert.ok(all.includes(`"${tag}"`) || all.includes(`'${tag}'`), `the all-wrappers entry has ${tag}`);
  }
  console.log(`# exercise-card wrapper bundle ${one.length} bytes; all wrappers ${all.length} bytes (unminified, React external)`);
});
