import { test } from 'vitest';
import assert from 'node:assert/strict';
import { en, es, sources, URGENCY_LEVELS } from '../../src/content/index.js';
import { levelRules, SAFETY_NET_LEVELS, safetyNetFor } from '../../src/triage/levels.js';
import { triage } from '../../src/triage/index.js';

test('each level has one main action, and its rules cite known sources', () => {
  const known = new Set(sources.map((source) => source.id));
  assert.deepEqual(
    URGENCY_LEVELS.map((level) => levelRules[level].action),
    ['call', 'appointment-today', 'book-appointment', 'start-plan'],
  );
  for (const level of URGENCY_LEVELS) {
    assert.ok(levelRules[level].sources.length > 0, level);
    for (const id of levelRules[level].sources) assert.ok(known.has(id), `${level} cites ${id}`);
  }
});

test('an urgent result offers no tailoring and no exercises before the check; routine and self-care do', () => {
  const urgent = triage({ fever: 'yes' });
  assert.equal(urgent.urgency, 'urgent');
  assert.deepEqual(urgent.plan.exercises, []);
  assert.deepEqual(urgent.planQuestions, []);
  const routine = triage({ 'weight-loss': 'yes' });
  assert.equal(routine.urgency, 'routine');
  assert.ok(routine.plan.exercises.length >= 3);
  assert.ok(routine.planQuestions.length > 0);
});

test('the safety net keeps only lines that ask for sooner help than the result, in every locale', () => {
  for (const strings of [en, es]) assert.equal(strings.safetyNet.length, SAFETY_NET_LEVELS.length);
  const lines = [0, 1, 2, 3];
  assert.deepEqual(safetyNetFor(lines, 'self-care'), [0, 1, 2, 3]);
  assert.deepEqual(safetyNetFor(lines, 'routine'), [0, 1, 3]);
  assert.deepEqual(safetyNetFor(lines, 'urgent'), [0, 3]);
  assert.deepEqual(safetyNetFor(lines, 'emergency'), [3]);
});
