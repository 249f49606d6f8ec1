import { test } from 'node:test';
import assert from 'node:assert/strict';
import { questions, type Question } from '../../src/content/index.js';
import { partsOf } from '../../src/triage/conditions.js';
import { triage, triageSession } from '../../src/triage/index.js';
import { rankOf } from '../../src/triage/urgency.js';
import type { Answers } from '../../src/triage/types.js';

const ids = (list: readonly Question[]) => list.map((question) => question.id);

/** Questions some follow-up depends on: the only answers that change which pages come. */
const branching = new Set(questions.flatMap((question) => (question.askIf ? partsOf(question.askIf) : [])).map((part) => part.question));

/** The first option that gives no emergency, so a walk goes on. */
const calmOption = (question: Question, answers: Answers): string =>
  question.options.find((option) => triage({ ...answers, [question.id]: option.id }).urgency !== 'emergency')?.id ??
  question.options[0].id;

/**
 * Every way through the check that differs in which pages come: each option of a branching question,
 * a calm option elsewhere. Returns the final answers of each path.
 */
function everyPath(): Answers[] {
  const paths: Answers[] = [];
  const go = (answers: Answers): void => {
    const { current } = triageSession(answers);
    if (!current) {
      paths.push(answers);
      return;
    }
    const options = branching.has(current.id) ? current.options.map((option) => option.id) : [calmOption(current, answers)];
    for (const option of options) go({ ...answers, [current.id]: option });
  };
  go({});
  return paths;
}

/** Answers questions one page at a time, as a person would, recording what each page shows. */
function walkPages(choose: (question: Question, answers: Answers) => string) {
  const pages: { id: string; index: number; total: number }[] = [];
  let answers: Answers = {};
  for (let session = triageSession(answers); session.current; session = triageSession(answers)) {
    pages.push({ id: session.current.id, ...session.progress });
    answers = { ...answers, [session.current.id]: choose(session.current, answers) };
  }
  return { pages, answers };
}

const median = (numbers: readonly number[]): number => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

test('a fresh session starts at the first warning-sign question, with nothing before it', () => {
  const session = triageSession({});
  assert.equal(session.current?.id, 'bladder-bowel');
  assert.equal(session.previous, null);
  assert.equal(session.next, null);
  assert.deepEqual(session.asked, []);
  assert.equal(session.progress.index, 1);
  assert.equal(session.settled, false);
});

test('the questions asked come in the order the person met them, with previous and next around the shown one', () => {
  const answers = { 'bladder-bowel': 'no', 'saddle-numbness': 'no', 'leg-nerve-symptoms': 'long-standing', 'foot-drop': 'no' };
  const session = triageSession(answers);
  assert.deepEqual(ids(session.asked), ['bladder-bowel', 'saddle-numbness', 'leg-nerve-symptoms', 'foot-drop']);
  assert.equal(session.current?.id, 'fever');
  assert.equal(session.previous?.id, 'foot-drop');
  const back = triageSession(answers, 'saddle-numbness');
  assert.equal(back.current?.id, 'saddle-numbness');
  assert.equal(back.previous?.id, 'bladder-bowel');
  assert.equal(back.next?.id, 'leg-nerve-symptoms');
  assert.equal(back.progress.index, 2);
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

test('answers to questions that no longer apply do not count: the summary, print and FHIR share this list', () => {
  const session = triageSession({ injury: 'none', 'bone-risk': 'yes' });
  assert.equal(Object.hasOwn(session.answers, 'bone-risk'), false);
  assert.equal(session.answers.injury, 'none');
});

test('progress never grows while the person answers forward, on any path', () => {
  for (const path of everyPath()) {
    const { pages } = walkPages((question) => path[question.id] ?? question.options[0].id);
    pages.forEach((page, position) => {
      assert.equal(page.index, position + 1, `${page.id}: index`);
      assert.ok(page.total >= page.index, `${page.id}: total ${page.total} below index ${page.index}`);
      if (position > 0) assert.ok(page.total <= pages[position - 1].total, `${page.id}: total grew`);
    });
  }
});

test('settled means no answer to the open questions can make the urgency more urgent', () => {
  // Random walks: at each page, when the session says settled, finish the walk many random ways.
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return Math.floor(seed / 65536) % n;
  };
  const pick = (question: Question) => question.options[random(question.options.length)].id;
  let settledPages = 0;
  for (let walk = 0; walk < 200; walk += 1) {
    let answers: Answers = {};
    for (let session = triageSession(answers); session.current; session = triageSession(answers)) {
      if (session.settled) {
        settledPages += 1;
        for (let finish = 0; finish < 5; finish += 1) {
          const { answers: finished } = walkPages((question) => answers[question.id] ?? pick(question));
          assert.ok(
            rankOf(triage(finished).urgency) >= rankOf(session.result.urgency),
            `settled at ${session.result.urgency} after ${JSON.stringify(answers)}, but ${triage(finished).urgency} later`,
          );
        }
      }
      answers = { ...answers, [session.current.id]: pick(session.current) };
    }
  }
  assert.ok(settledPages > 0, 'some walk was settled before its end');
});

/** Pages asked on every path without an emergency sign, in stage 1 ("How soon should I get help?"). */
const stageOnePages = () =>
  everyPath()
    .filter((answers) => triage(answers).urgency !== 'emergency')
    .map((answers) => walkPages((question) => answers[question.id]).pages.length);

test('pages asked in stage 1: no background question, median and longest path within the measured bounds', () => {
  const counts = stageOnePages();
  assert.ok(counts.length > 50);
  // Measured when the stages came in (issue 9): median 22, longest 23, against 29 and 30 for the whole
  // check before. The target (median 12, longest 18) needs the grouped warning-sign page.
  assert.ok(median(counts) <= 22, `median ${median(counts)}`);
  assert.ok(Math.max(...counts) <= 23, `longest ${Math.max(...counts)}`);
  for (const path of everyPath()) {
    const { pages } = walkPages((question) => path[question.id]);
    assert.ok(pages.every((page) => questions.find((q) => q.id === page.id)?.kind !== 'background'));
  }
});

test('the end of stage 1 settles the urgency: the background questions can never change it', () => {
  for (const path of everyPath()) {
    const session = triageSession(path, null);
    assert.equal(session.settled, true, JSON.stringify(path));
    assert.equal(session.result.complete, true);
  }
});

test('"Tailor my plan" asks the background questions after stage 1, and the result keeps its urgency', () => {
  const stageOne = walkPages((question, given) => calmOption(question, given)).answers;
  const { urgency, planQuestions } = triage(stageOne);
  assert.ok(planQuestions.length > 0);
  let answers: Answers = stageOne;
  const asked: string[] = [];
  for (let session = triageSession(answers, undefined, true); session.current; session = triageSession(answers, undefined, true)) {
    asked.push(session.current.id);
    answers = { ...answers, [session.current.id]: session.current.options.at(-1)!.id };
  }
  assert.deepEqual(asked, [...planQuestions]);
  assert.equal(triage(answers).urgency, urgency);
  assert.deepEqual(triage(answers).planQuestions, []);
});

