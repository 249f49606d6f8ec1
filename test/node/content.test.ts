import { test } from 'vitest';
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

test('a checkbox page asks yes / no / not-sure questions that sit together in the asking order, each with its own label', async () => {
  const { es } = await import('../../src/content/locales/es.js');
  const paged = content.questions.filter((question) => question.page);
  assert.ok(paged.length > 1);
  for (const question of paged) {
    // A box is "yes" when ticked and "no" when not, and "not sure" has its own list: no other option fits.
    assert.deepEqual(question.options.map((option) => option.id).sort(), ['no', 'not-sure', 'yes'], question.id);
    for (const strings of [content.en, es]) {
      assert.ok(strings.questions[question.id].sign, `${strings.locale} ${question.id}: sign`);
      assert.ok(strings.pages[question.page as keyof typeof strings.pages]?.text, `${strings.locale} ${question.page}: page text`);
    }
    // Questions of one page are next to each other, so the page is asked in one step.
    const on = content.questions.map((other) => other.page === question.page);
    assert.equal(on.lastIndexOf(true) - on.indexOf(true) + 1, on.filter(Boolean).length, `${question.page} is split`);
  }
  // The three cauda equina signs stay one question each (issue 9).
  for (const id of ['bladder-bowel', 'saddle-numbness', 'leg-nerve-symptoms']) {
    assert.equal(content.questions.find((question) => question.id === id)?.page, undefined, id);
  }
});
