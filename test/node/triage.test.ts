import { test } from 'vitest';
import assert from 'node:assert/strict';
import { en } from '../../src/content/index.js';
import { AnswerValidationError, nextQuestion, summaryText, triage, validateAnswers } from '../../src/triage/index.js';
import { vignettes } from '../triage/vignettes.data.js';

test('the triage engine imports and runs in Node, without a DOM', () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  assert.equal(nextQuestion({})?.id, 'bladder-bowel');
});

test('a vignette gives the same result in Node: the vascular look-alike', () => {
  const vignette = vignettes.find((v) => v.topFactor === 'leg-circulation');
  assert.ok(vignette);
  const result = triage(vignette.answers);
  assert.equal(result.urgency, vignette.urgency);
  assert.equal(result.factors[0].id, 'leg-circulation');
  const stenosis = result.factors.find((factor) => factor.id === 'spinal-stenosis');
  assert.notEqual(stenosis?.confidence, 'likely');
  assert.deepEqual(stenosis?.notes, ['check-circulation']);
  assert.match(summaryText(result, en, new Date(2026, 0, 1, 12)), /^Date: 2026-01-01$/m);
});

test('every vignette gives its expected urgency in Node', () => {
  for (const vignette of vignettes) assert.equal(triage(vignette.answers).urgency, vignette.urgency, vignette.name);
});

test('bad answers give a typed error in Node', () => {
  const { error } = validateAnswers({ age: 'old' });
  assert.ok(error instanceof AnswerValidationError);
  assert.equal(error.issues[0].problem, 'unknown-option');
});
