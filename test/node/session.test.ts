import { test } from 'vitest';
import assert from 'node:assert/strict';
import { triage, triageSession } from '../../src/triage/index.js';
import { scoreRange, urgencyRange } from '../../src/triage/settled.js';
import { planQuestionIds, tailorsPlan } from '../../src/triage/flow.js';
import { questions, type FactorRule, type Question } from '../../src/content/index.js';
import type { Answers } from '../../src/triage/types.js';
import { calmOption, ids, walkPages } from './session-walks.js';

test('a fresh session starts at the first warning-sign question, with nothing before it', () => {
  const session = triageSession({});
  assert.equal(session.current?.id, 'bladder-bowel');
  assert.equal(session.previous, null);
  assert.equal(session.next, null);
  assert.deepEqual(session.asked, []);
  assert.equal(session.progress.index, 1);
  assert.equal(session.settled, false);
});

test('the questions asked come in the order the person met them, with previous and next around the shown page', () => {
  const answers = { 'bladder-bowel': 'no', 'saddle-numbness': 'no', 'leg-nerve-symptoms': 'long-standing', 'both-legs-pain': 'no', injury: 'none' };
  const session = triageSession(answers);
  assert.deepEqual(ids(session.asked), ['bladder-bowel', 'saddle-numbness', 'leg-nerve-symptoms', 'both-legs-pain', 'injury']);
  assert.equal(session.current?.id, 'foot-drop');
  assert.equal(session.previous?.id, 'injury');
  const back = triageSession(answers, 'saddle-numbness');
  assert.equal(back.current?.id, 'saddle-numbness');
  assert.deepEqual(ids(back.page), ['saddle-numbness']);
  assert.equal(back.previous?.id, 'bladder-bowel');
  assert.equal(back.next?.id, 'leg-nerve-symptoms');
  assert.equal(back.progress.index, 2);
});

test('signs that belong together are one checkbox page: each applying question on it, in order, each its own answer', () => {
  const calm = { 'bladder-bowel': 'no', 'saddle-numbness': 'no', 'leg-nerve-symptoms': 'none', 'both-legs-pain': 'no', injury: 'none' };
  assert.deepEqual(ids(triageSession(calm).page), ['fever', 'infection-risk', 'past-drug-injection', 'cancer-history', 'weight-loss', 'night-pain']);
  // Foot drop joins after leg symptoms, weak bones after a small knock.
  const both = { ...calm, 'leg-nerve-symptoms': 'new-one-leg', injury: 'minor-injury' };
  assert.deepEqual(ids(triageSession(both).page), [
    'foot-drop', 'fever', 'infection-risk', 'past-drug-injection', 'cancer-history', 'weight-loss', 'night-pain', 'bone-risk',
  ]);
  // Partly answered (a prefill): the page still shows all its questions; the next page follows when all have answers.
  const partly = triageSession({ ...calm, fever: 'yes', 'weight-loss': 'no' });
  assert.equal(partly.current?.id, 'fever');
  assert.equal(partly.page.length, 6);
  assert.equal(partly.previous?.id, 'injury', 'the answered part of the page is not a page of its own');
  assert.equal(partly.progress.index, 6);
  const done = triageSession({ ...calm, fever: 'no', 'infection-risk': 'not-sure', 'past-drug-injection': 'no', 'cancer-history': 'no', 'weight-loss': 'no', 'night-pain': 'no' });
  assert.equal(done.current?.id, 'age');
  assert.equal(done.previous?.id, 'fever');
  assert.equal(done.progress.index, 7);
  assert.equal(triageSession(done.answers, 'night-pain').current?.id, 'fever', 'any question on a page shows the whole page');
  // A hard fall needs a check whatever the bones, so weak bones are not asked then.
  assert.ok(!ids(triageSession({ ...calm, injury: 'significant-fall' }).page).includes('bone-risk'));
});

test('the first page and the result can be shown on request, before the questions are over', () => {
  const answers = { 'bladder-bowel': 'no', 'saddle-numbness': 'not-sure' };
  assert.equal(triageSession(answers, 'bladder-bowel').current?.id, 'bladder-bowel');
  // "Get help now": the result for the answers so far.
  const early = triageSession(answers, null);
  assert.equal(early.current, null);
  assert.deepEqual(early.page, []);
  // Back from it returns to the page the person was on.
  assert.equal(early.previous?.id, 'leg-nerve-symptoms');
  assert.equal(early.result.urgency, 'urgent');
});

test('the result page comes after the last question asked', () => {
  const session = triageSession({ 'bladder-bowel': 'yes' }, null);
  assert.equal(session.current, null);
  assert.equal(session.previous?.id, 'bladder-bowel');
  assert.equal(session.next, null);
});

test('a question that no longer applies is not shown: the first open question is', () => {
  const session = triageSession({ 'bladder-bowel': 'no', 'leg-nerve-symptoms': 'none' }, 'foot-drop');
  assert.equal(session.current?.id, 'saddle-numbness');
});

test('an emergency answer ends the questions and settles the urgency', () => {
  const session = triageSession({ 'bladder-bowel': 'yes' });
  assert.equal(session.current, null);
  assert.equal(session.result.urgency, 'emergency');
  assert.equal(session.settled, true);
});

/** Calm answers to every warning-sign page, so only the walking questions are open. */
const calmSigns: Answers = {
  'bladder-bowel': 'no', 'saddle-numbness': 'no', 'leg-nerve-symptoms': 'none', 'both-legs-pain': 'no', injury: 'none', fever: 'no',
  'infection-risk': 'no', 'past-drug-injection': 'no', 'cancer-history': 'no', 'weight-loss': 'no', 'night-pain': 'no', age: '20-to-49',
  'pain-start': 'long-standing', 'pain-course': 'easing',
};
const range = (answers: Answers) => urgencyRange(answers, answers);

test('the urgency range: a fresh check could still be anything from self-care to an emergency', () => {
  assert.deepEqual(range({}), { lowest: 'self-care', highest: 'emergency' });
  assert.equal(triageSession({}).settled, false);
});

test('the urgency range: a raised sign is the least it can be, and a sure sign still open keeps the top open', () => {
  // Fever alone is urgent; bladder and saddle are still open and could make it an emergency.
  assert.deepEqual(range({ fever: 'yes' }), { lowest: 'urgent', highest: 'emergency' });
  // Weight loss alone is routine, urgent with another sure sign that is still possible (night pain).
  const weight = Object.fromEntries(Object.entries({ ...calmSigns, 'weight-loss': 'yes' }).filter(([id]) => id !== 'night-pain'));
  assert.deepEqual(range(weight), { lowest: 'routine', highest: 'urgent' });
  // With every other sign answered, an unsure answer cannot be the second sign: weight loss stays routine.
  assert.deepEqual(range({ ...calmSigns, 'weight-loss': 'yes', 'night-pain': 'not-sure', 'legs-involved': 'none' }), { lowest: 'routine', highest: 'routine' });
  // Age over 50 with new pain counts only next to another sign; with none possible it raises nothing.
  assert.deepEqual(range({ ...calmSigns, age: '60-or-over', 'pain-start': 'new-recent', 'legs-involved': 'none', 'shopping-cart': 'no' }), {
    lowest: 'self-care',
    highest: 'self-care',
  });
});

test('the urgency range: a factor that can still reach its threshold keeps the urgency open, and settles once it cannot', () => {
  // Leg symptoms: poor circulation (routine at "possible") can still be found.
  const legs = { ...calmSigns, 'legs-involved': 'one-leg' };
  assert.deepEqual(range(legs), { lowest: 'self-care', highest: 'routine' });
  assert.equal(triageSession(legs).settled, false);
  // Relief from standing still caps stenosis with a "check the circulation" note, which is routine at once.
  assert.deepEqual(range({ ...legs, 'what-eases': 'standing-still' }), { lowest: 'routine', highest: 'routine' });
  assert.equal(triageSession({ ...legs, 'what-eases': 'standing-still' }).settled, true);
  // Pain that stays in the back with no stenosis signs possible for a young person: settled at self-care.
  const back = { ...calmSigns, 'legs-involved': 'none' };
  assert.deepEqual(range(back), { lowest: 'self-care', highest: 'self-care' });
  // At 60 or over, a shopping trolley that helps could still make stenosis likely (routine).
  assert.deepEqual(range({ ...back, age: '60-or-over' }), { lowest: 'self-care', highest: 'routine' });
  assert.deepEqual(range({ ...back, age: '60-or-over', 'shopping-cart': 'yes' }), { lowest: 'routine', highest: 'routine' });
  assert.deepEqual(range({ ...back, age: '60-or-over', 'shopping-cart': 'no' }), { lowest: 'self-care', highest: 'self-care' });
});

test('the urgency range: a factor exactly at its threshold calls for its urgency', () => {
  // Poor circulation is "possible" (routine) at 2: the same distance each time, nothing else for or against.
  const exactly = {
    ...calmSigns, 'legs-involved': 'one-leg', 'leg-location': 'below-knee', 'what-eases': 'nothing', 'standing-brings-on': 'not-sure',
    'shopping-cart': 'not-sure', 'circulation-risk': 'not-sure', 'walk-onset': 'same-distance', 'leg-feeling': 'sharp-burning-tingling',
  };
  assert.equal(triage(exactly).urgency, 'routine');
  assert.deepEqual(range(exactly), { lowest: 'routine', highest: 'routine' });
});

test('the urgency range: answers that count against a factor can still take it below its threshold', () => {
  // Stenosis likely (sitting eases, standing brings it on) is routine, unless a calf cramp with circulation
  // risk could still cap it; "no" to standing alone (-4) could still take it down.
  const legs = { ...calmSigns, 'legs-involved': 'both-legs', 'leg-location': 'buttock-or-thigh', 'what-eases': 'sitting-or-bending' };
  assert.equal(range(legs).lowest, 'self-care');
  assert.deepEqual(range({ ...legs, 'standing-brings-on': 'yes', 'shopping-cart': 'yes' }), { lowest: 'routine', highest: 'routine' });
});

test('progress counts pages: every page this path may still have, and it shrinks once the urgency is settled', () => {
  // 9 warning-sign pages, then the walking pages that could still come: legs, where, what eases, the
  // walking-signs page, how it comes on, how it feels, what makes it worse.
  assert.deepEqual(triageSession({}).progress, { index: 1, total: 16, stage: 'how-soon' });
  assert.deepEqual(triageSession(calmSigns).progress, { index: 10, total: 16, stage: 'how-soon' });
  assert.deepEqual(triageSession({ ...calmSigns, 'legs-involved': 'one-leg' }).progress, { index: 11, total: 16, stage: 'how-soon' });
  // Pain that stays in the back of a young person: settled at once, so stage 1 ends after 10 pages.
  const back = triageSession({ ...calmSigns, 'legs-involved': 'none' });
  assert.equal(back.current, null);
  assert.equal(back.progress.total, 10);
  // "Tailor my plan" counts its own pages from 1: the walking questions left over and the 7 background questions.
  const tailoring = triageSession({ ...calmSigns, 'legs-involved': 'none' }, undefined, true);
  assert.equal(tailoring.current?.id, 'shopping-cart');
  assert.deepEqual(tailoring.progress, { index: 1, total: 10, stage: 'tailor' });
});

test('stage 1 asks a walking question only while its answer can change the urgency', () => {
  const legs = { ...calmSigns, 'legs-involved': 'one-leg' };
  assert.equal(triageSession(legs).current?.id, 'leg-location');
  // Relief from standing still settles it at routine: the rest wait for "Tailor my plan".
  const eased = { ...legs, 'leg-location': 'below-knee', 'what-eases': 'standing-still' };
  assert.equal(triageSession(eased).current, null);
  assert.deepEqual(triage(eased).planQuestions.slice(0, 3), ['standing-brings-on', 'shopping-cart', 'circulation-risk']);
  assert.equal(triage(eased).complete, true);
  assert.equal(triageSession(eased, undefined, true).current?.id, 'standing-brings-on');
});

test('which questions tailor the plan: the background ones always, the walking ones once the urgency is settled', () => {
  const byKind = (kind: Question['kind']) => questions.find((question) => question.kind === kind)!;
  assert.equal(tailorsPlan(byKind('background'), false), true);
  assert.equal(tailorsPlan(byKind('walking'), true), true);
  assert.equal(tailorsPlan(byKind('walking'), false), false);
  assert.equal(tailorsPlan(byKind('red-flag'), true), false);
  assert.deepEqual([...planQuestionIds], questions.filter((question) => question.kind === 'background').map((question) => question.id));
});

test('the score range of a factor: one open question adds its best and worst option, several open questions add in full', () => {
  const rule = {
    id: 'test-factor',
    evidence: [
      { when: { question: 'shoes', anyOf: ['worn-out'] }, weight: 3 },
      { when: { question: 'shoes', anyOf: ['supportive'] }, weight: -2 },
      { when: { allOf: [{ question: 'foot-roll', anyOf: ['roll-in'] }, { question: 'core-exercise', anyOf: ['rarely'] }] }, weight: 2 },
      { when: { question: 'shoes', anyOf: ['high-heels'] }, weight: 2 },
      { when: { allOf: [{ question: 'foot-roll', anyOf: ['roll-out'] }, { question: 'core-exercise', anyOf: ['rarely'] }] }, weight: 1 },
      { when: { allOf: [{ question: 'foot-roll', anyOf: ['no'] }, { question: 'core-exercise', anyOf: ['rarely'] }] }, weight: -1 },
      { when: { question: 'sitting-most-of-day', anyOf: ['yes'] }, weight: 1 },
    ],
    exercises: [],
    selfCare: [],
    sources: [],
  } as unknown as FactorRule;
  const open = new Set(['shoes', 'foot-roll', 'core-exercise']);
  // Sitting answered yes (+1); shoes open (one option: -2 at worst, +3 at best, not +3 and +2); the
  // two-question pieces open (+2, +1 and -1, each in full).
  assert.deepEqual(scoreRange(rule, { 'sitting-most-of-day': 'yes' }, open), { low: 1 - 2 - 1, high: 1 + 3 + 2 + 1 });
  assert.deepEqual(scoreRange(rule, { 'sitting-most-of-day': 'no', shoes: 'supportive', 'foot-roll': 'roll-in', 'core-exercise': 'rarely' }, new Set()), { low: 0, high: 0 });
});

test('answers to questions that no longer apply do not count: the summary, print and FHIR share this list', () => {
  const session = triageSession({ injury: 'none', 'bone-risk': 'yes' });
  assert.equal(Object.hasOwn(session.answers, 'bone-risk'), false);
  assert.equal(session.answers.injury, 'none');
});

test('"Tailor my plan" asks the background questions after stage 1, and the result keeps its urgency', () => {
  // A self-care walk: only results the person acts on at home or by booking offer "Tailor my plan" (levels.ts).
  const selfCare = (question: Question, given: Answers) =>
    question.options.find((option) => triage({ ...given, [question.id]: option.id }).urgency === 'self-care')?.id ??
    calmOption(question, given);
  const stageOne = walkPages(selfCare).answers;
  const { urgency, planQuestions } = triage(stageOne);
  assert.equal(urgency, 'self-care');
  assert.ok(planQuestions.length > 0);
  let answers: Answers = stageOne;
  const asked: string[] = [];
  for (let session = triageSession(answers, undefined, true); session.current; session = triageSession(answers, undefined, true)) {
    const before = triage(answers).planQuestions;
    for (const question of session.page) {
      assert.ok(before.includes(question.id), `${question.id} is not one of ${before}`);
      asked.push(question.id);
      answers = { ...answers, [question.id]: question.options.at(-1)!.id };
    }
  }
  // Every question the result offered is asked; answers may open follow-ups, asked too.
  assert.deepEqual(asked.filter((id) => planQuestions.includes(id)), [...planQuestions]);
  assert.equal(triage(answers).urgency, urgency);
  assert.deepEqual(triage(answers).planQuestions, []);
});

