import { questions, type Question } from '../content/index.js';
import { answerTo, matches } from './conditions.js';
import { raiseRedFlags } from './red-flags.js';
import type { Answers } from './types.js';

// Stryker disable next-line ArrayDeclaration,StringLiteral: the content already lists questions by kind, so this sort is a guard that changes nothing today.
const KIND_ORDER: readonly Question['kind'][] = ['red-flag', 'walking', 'background'];

/** The order questions are asked in: warning-sign questions first, otherwise the content's order. */
// Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: as above.
export const askingOrder: readonly Question[] = [...questions].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));

/**
 * Questions that go to "Tailor my plan" (stage 2) rather than "How soon should I get help?" (stage 1).
 * Background questions (sitting, hips, core, feet, posture, shoes) never change the urgency. A walking
 * question is worth asking in stage 1 only while its answer could still change the urgency: once no
 * open question can (`settled`), the rest only refine the factors, the self-care and the exercises.
 */
export const tailorsPlan = (question: Question, settled: boolean): boolean =>
  question.kind === 'background' || (question.kind === 'walking' && settled);

/** The background questions: "Tailor my plan" always asks them, and an answer to one means the person chose it. */
export const planQuestionIds: ReadonlySet<string> = new Set(
  questions.filter((question) => question.kind === 'background').map((question) => question.id),
);

/** True when the answer is one of the question's options. */
export const isAnswered = (question: Question, answers: Answers): boolean => {
  const answer = answerTo(answers, question.id);
  return question.options.some((option) => option.id === answer);
};

/** True when the answers already call for emergency help: no further question may delay that. */
export const emergencyStops = (answers: Answers): boolean =>
  raiseRedFlags(answers).some((flag) => flag.urgency === 'emergency');

/**
 * The questions that apply to these answers, answered or not, in the order to
 * ask them; empty once an emergency sign is answered.
 */
export function questionsToAsk(answers: Answers): readonly Question[] {
  // Follow-ups of an answer the person has since changed no longer apply.
  return emergencyStops(answers) ? [] : questionsThatApply(answersThatApply(answers));
}

/** The questions that apply to the answers that still count (answersThatApply), answered or not, in the order to ask them. */
export const questionsThatApply = (applying: Answers): readonly Question[] =>
  askingOrder.filter((question) => !question.askIf || matches(question.askIf, applying));

/**
 * The answers to questions that still apply, so an answer the person took back by changing an earlier
 * one (Back, then a different answer) no longer counts. `askIf` only refers to earlier questions, so one
 * pass in content order settles chains.
 */
export function answersThatApply(answers: Answers): Answers {
  const applying: Record<string, string> = {};
  for (const question of questions) {
    const answer = answerTo(answers, question.id);
    if (answer !== undefined && (!question.askIf || matches(question.askIf, applying))) applying[question.id] = answer;
  }
  return applying;
}

/** The first question that applies and has no valid answer yet, or null when there is none. */
export function nextQuestion(answers: Answers): Question | null {
  return questionsToAsk(answers).find((question) => !isAnswered(question, answers)) ?? null;
}
