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
  // The cauda equina signs stay one question each (issue 9), sudden pain down both legs too (issue 23).
  for (const id of ['bladder-bowel', 'saddle-numbness', 'leg-nerve-symptoms', 'both-legs-pain']) {
    assert.equal(content.questions.find((question) => question.id === id)?.page, undefined, id);
  }
});

test('reads "no answer" as "not sure" only in warning-sign rules, never to decide what is asked or to score a factor', () => {
  const parts = (condition: content.Condition) => ('allOf' in condition ? condition.allOf : [condition]);
  const elsewhere = [
    ...content.questions.flatMap((question) => (question.askIf ? parts(question.askIf) : [])),
    ...content.factorRules.flatMap((rule) => [
      ...(rule.onlyIf ? parts(rule.onlyIf) : []),
      ...rule.evidence.flatMap((evidence) => parts(evidence.when)),
      ...(rule.caps ?? []).flatMap((cap) => parts(cap.when)),
    ]),
    ...content.selfCareSteps.flatMap((step) => [...(step.onlyIf ? parts(step.onlyIf) : []), ...(step.unless ? parts(step.unless) : [])]),
  ];
  assert.deepEqual(elsewhere.filter((part) => part.orUnanswered), []);
  // Where a rule reads no answer as "not sure", the question has that option and the rule lists it.
  for (const rule of content.redFlagRules) {
    for (const part of parts(rule.when).filter((one) => one.orUnanswered)) {
      assert.ok(part.anyOf.includes('not-sure'), `${rule.id}: ${part.question}`);
      assert.ok(parts(rule.when).some((other) => !other.orUnanswered), `${rule.id} needs an answer`);
    }
  }
});

test('pairs warning signs that are one weak sign together only with signs that exist', () => {
  const ids = new Set(content.redFlagRules.map((rule) => rule.id));
  for (const rule of content.redFlagRules) {
    for (const other of rule.notASecondSignFor ?? []) assert.ok(ids.has(other) && other !== rule.id, `${rule.id}: ${other}`);
  }
});
