// Answers that put <back-pain-triage> in a given state, derived from the engine so they stay true when content changes.
import { questions, type Question, type QuestionId, type UrgencyId } from '../../src/content/index.js';
import { nextQuestion, triage, triageSession } from '../../src/triage/index.js';
import { partsOf } from '../../src/triage/conditions.js';
import type { Answers } from '../../src/triage/types.js';
import { vignettes } from '../../test/triage/vignettes.data.js';

const flagCount = (answers: Answers) => triage(answers).redFlags.length;

/** The option of `question` that raises the fewest warning signs on top of `answers` (content order breaks ties). */
function calmest(question: Question, answers: Answers, among: readonly string[]): string {
  const scored = among.map((option) => ({ option, flags: flagCount({ ...answers, [question.id]: option }) }));
  return scored.reduce((best, next) => (next.flags < best.flags ? next : best)).option;
}

/** The answers that `target`'s `askIf` (and theirs, in turn) needs before it is asked. */
function prerequisites(target: QuestionId): Record<string, string> {
  const needed: Record<string, string> = {};
  const visit = (id: string) => {
    const condition = questions.find((question) => question.id === id)?.askIf;
    if (!condition) return;
    for (const part of partsOf(condition)) {
      visit(part.question);
      needed[part.question] = calmest(questions.find((question) => question.id === part.question)!, {}, part.anyOf);
    }
  };
  visit(target);
  return needed;
}

/**
 * The answers that make `target` the next question: what its `askIf` needs,
 * and for every other earlier question the option that raises the fewest warning signs.
 */
export function answersToReach(target: QuestionId): Answers {
  const needed = prerequisites(target);
  const answers: Record<string, string> = {};
  for (let next = nextQuestion(answers); next?.id !== target; next = nextQuestion(answers)) {
    if (!next) throw new Error(`stories: no answers reach the question "${target}"`);
    answers[next.id] = needed[next.id] ?? calmest(next, answers, next.options.map((option) => option.id));
  }
  return answers;
}

/**
 * A clinical vignette's answers (test/triage/vignettes.data.ts), with every
 * question it leaves open answered so the result shows, keeping its urgency
 * and warning signs.
 */
export function finishedVignette(name: string): { answers: Answers; urgency: UrgencyId } {
  const vignette = vignettes.find((candidate) => candidate.name === name);
  if (!vignette) throw new Error(`stories: no vignette named "${name}"`);
  const answers: Record<string, string> = { ...vignette.answers };
  const flags = flagCount(answers);
  for (let next = nextQuestion(answers); next; next = nextQuestion(answers)) {
    const keeps = next.options.find((option) => {
      const tried = { ...answers, [next!.id]: option.id };
      return triage(tried).urgency === vignette.urgency && flagCount(tried) === flags;
    });
    answers[next.id] = (keeps ?? next.options[0]).id;
  }
  const { urgency } = triage(answers);
  if (urgency !== vignette.urgency) throw new Error(`stories: vignette "${name}" finished as ${urgency}`);
  return { answers, urgency };
}

/** Answers that finish stage 1 ("How soon should I get help?") calmly, leaving the plan questions open. */
export function stageOneAnswers(given: Answers = {}): Answers {
  const answers: Record<string, string> = {};
  for (let session = triageSession(answers); session.current; session = triageSession(answers)) {
    // Every question on the page: a checkbox page asks several at once.
    for (const question of session.page) {
      answers[question.id] = given[question.id] ?? calmest(question, answers, question.options.map((option) => option.id));
    }
  }
  return answers;
}
