import { questions, type Question } from '../../src/content/index.js';
import { partsOf } from '../../src/triage/conditions.js';
import { nextQuestion, questionsToAsk } from '../../src/triage/index.js';

/** The answers a person gives, in the order the engine asks. */
export type AnswerPath = readonly (readonly [question: string, option: string])[];

const byId = new Map(questions.map((question) => [question.id, question]));

/** The answers that make a question come up at all: the first option of each askIf part, and theirs in turn. */
function answersToReach(question: Question, found: Record<string, string> = {}): Record<string, string> {
  for (const part of question.askIf ? partsOf(question.askIf) : []) {
    found[part.question] = part.anyOf[0];
    const earlier = byId.get(part.question);
    if (earlier) answersToReach(earlier, found);
  }
  return found;
}

/** The first option after which the engine still asks (not an emergency answer). */
const firstToGoOn = (question: Question, answers: Record<string, string>): string =>
  (question.options.find((option) => questionsToAsk({ ...answers, [question.id]: option.id }).length) ?? question.options[0]).id;

/** Follows the engine from no answers to its end, choosing each answer with `choose`. */
function follow(choose: (question: Question, step: number, answers: Record<string, string>) => string): AnswerPath {
  const answers: Record<string, string> = {};
  const path: [string, string][] = [];
  for (let question = nextQuestion(answers); question; question = nextQuestion(answers)) {
    const option = choose(question, path.length, answers);
    answers[question.id] = option;
    path.push([question.id, option]);
  }
  return path;
}

/**
 * Paths that give every option of every question somewhere, so every
 * emergency answer: the option, the answers that bring its question up, and
 * elsewhere the first option that is not an emergency answer. Plus a few that
 * turn through the options.
 */
export function answerPaths(): AnswerPath[] {
  const paths = questions.flatMap((question) =>
    question.options.map((option) => {
      const forced: Record<string, string> = { ...answersToReach(question), [question.id]: option.id };
      return follow((asked, _, answers) => forced[asked.id] ?? firstToGoOn(asked, answers));
    }),
  );
  for (let turn = 1; turn < 4; turn += 1) {
    paths.push(follow((asked, step) => asked.options[(step + turn) % asked.options.length].id));
  }
  return paths;
}
