// Honest progress (issue 22): from the session's own count, in each stage, on every path.
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { triageSession } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/types.js';
import type { Question } from '../../src/content/index.js';
import { everyPath } from './session-walks.js';

/** Stage 1 to its result, then "Tailor my plan" to the end, recording each page's progress. */
function walkBothStages(choose: (question: Question) => string) {
  const pages: { id: string; index: number; total: number; stage: string }[] = [];
  let answers: Answers = {};
  for (const tailoring of [false, true]) {
    for (let session = triageSession(answers, undefined, tailoring); session.current; session = triageSession(answers, undefined, tailoring)) {
      pages.push({ id: session.current.id, ...session.progress });
      for (const question of session.page) answers = { ...answers, [question.id]: choose(question) };
    }
  }
  return pages;
}

test('each stage counts its own pages: one more a page, never fewer promised than asked, never growing', () => {
  let tailored = 0;
  for (const path of everyPath()) {
    const pages = walkBothStages((question) => path[question.id] ?? question.options[0].id);
    for (const stage of ['how-soon', 'tailor']) {
      const inStage = pages.filter((page) => page.stage === stage);
      if (stage === 'tailor' && inStage.length) tailored += 1;
      inStage.forEach((page, position) => {
        assert.equal(page.index, position + 1, `${stage} ${page.id}: index`);
        assert.ok(page.total >= inStage.length, `${stage} ${page.id}: promises ${page.total} pages, asks ${inStage.length}`);
        if (position > 0) assert.ok(page.total <= inStage[position - 1].total, `${stage} ${page.id}: total grew`);
      });
    }
    // Stage 1 comes first, then "Tailor my plan".
    const stages = pages.map((page) => page.stage);
    assert.deepEqual(stages, [...stages].sort((a, b) => (a === b ? 0 : a === 'how-soon' ? -1 : 1)));
  }
  assert.ok(tailored > 0, 'some paths reach "Tailor my plan"');
});
