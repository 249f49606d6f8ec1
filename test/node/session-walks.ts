// Walks through the check for the session tests: every branch, or one page at a time as a person would.
import { questions, type Question } from '../../src/content/index.js';
import { partsOf } from '../../src/triage/conditions.js';
import { triage, triageSession } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/types.js';

export const ids = (list: readonly Question[]) => list.map((question) => question.id);

/** Questions some follow-up depends on: the only answers that change which pages come. */
const branching = new Set(questions.flatMap((question) => (question.askIf ? partsOf(question.askIf) : [])).map((part) => part.question));

/** The first option that gives no emergency, so a walk goes on. */
export const calmOption = (question: Question, answers: Answers): string =>
  question.options.find((option) => triage({ ...answers, [question.id]: option.id }).urgency !== 'emergency')?.id ??
  question.options[0].id;

/**
 * Every way through the check that differs in which pages come: each option of a branching question,
 * a calm option elsewhere. Returns the final answers of each path.
 */
export function everyPath(): Answers[] {
  const paths: Answers[] = [];
  const go = (answers: Answers): void => {
    const { current, page } = triageSession(answers);
    if (!current) {
      paths.push(answers);
      return;
    }
    if (page.length === 1 && branching.has(current.id)) {
      for (const option of current.options) go({ ...answers, [current.id]: option.id });
      return;
    }
    const next = { ...answers };
    for (const question of page) next[question.id] = calmOption(question, next);
    go(next);
  };
  go({});
  return paths;
}

/** Answers one page at a time, as a person would (every question on a checkbox page), recording what each page shows. */
export function walkPages(choose: (question: Question, answers: Answers) => string, tailoring = false) {
  const pages: { id: string; index: number; total: number }[] = [];
  let answers: Answers = {};
  for (let session = triageSession(answers, undefined, tailoring); session.current; session = triageSession(answers, undefined, tailoring)) {
    pages.push({ id: session.current.id, ...session.progress });
    for (const question of session.page) answers = { ...answers, [question.id]: choose(question, answers) };
  }
  return { pages, answers };
}

export const median = (numbers: readonly number[]): number => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

