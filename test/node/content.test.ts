import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as content from '../../src/content/index.js';

test('the content module imports in Node, without a DOM', () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  assert.ok(content.questions.length > 0);
  assert.equal(content.locales.en, content.en);
});

test('every exported list has stable kebab-case ids', () => {
  const lists = [
    content.questions,
    content.redFlagRules,
    content.factorRules,
    content.exercises,
    content.selfCareSteps,
    content.sources,
  ];
  for (const list of lists) {
    for (const item of list) assert.match(item.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, item.id);
  }
});

test('the urgency levels are the four in CLINICAL.md, most urgent first', () => {
  assert.deepEqual([...content.URGENCY_LEVELS], ['emergency', 'urgent', 'routine', 'self-care']);
});
