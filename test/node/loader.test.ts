import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { widgetLoaders } from '../../src/loader/tags.js';
import { en } from '../../src/content/index.js';
import { enExercises } from '../../src/content/locales/en-exercises.js';
import { enFactors } from '../../src/content/locales/en-factors.js';
import { enSelfCare } from '../../src/content/locales/en-self-care.js';
import { enRedFlags, enUrgency } from '../../src/content/locales/en-warning-signs.js';

test('the loader knows every tag there is a define module for', () => {
  const defined = readdirSync('src/define').map((file) => file.replace(/\.ts$/, '')).sort();
  assert.deepEqual(Object.keys(widgetLoaders).sort(), defined);
});

test('the English text split per section for the loader\'s chunks is the complete English text', () => {
  assert.equal(en.exercises, enExercises);
  assert.equal(en.factors, enFactors);
  assert.equal(en.selfCare, enSelfCare);
  assert.equal(en.redFlags, enRedFlags);
  assert.equal(en.urgency, enUrgency);
});
