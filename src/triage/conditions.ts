import type { AnswerCondition, Condition } from '../content/types.js';
import type { Answers, EvidenceAnswer } from './types.js';

/** The single-answer parts of a condition. */
export const partsOf = (condition: Condition): readonly AnswerCondition[] =>
  'allOf' in condition ? condition.allOf : [condition];

/** An own answer only: a key like "constructor" must never read the prototype. */
export const answerTo = (answers: Answers, question: string): string | undefined =>
  Object.hasOwn(answers, question) ? answers[question] : undefined;

const partMatches = (part: AnswerCondition, answers: Answers): boolean => {
  const answer = answerTo(answers, part.question);
  return answer === undefined ? part.orUnanswered === true : part.anyOf.includes(answer);
};

export const matches = (condition: Condition, answers: Answers): boolean =>
  partsOf(condition).every((part) => partMatches(part, answers));

/** The answers that make a condition match; empty when it does not, or when no answer is behind it. */
export const answersBehind = (condition: Condition, answers: Answers): EvidenceAnswer[] =>
  matches(condition, answers)
    ? partsOf(condition).flatMap((part) => {
        const option = answerTo(answers, part.question);
        return option === undefined ? [] : [{ question: part.question, option }];
      })
    : [];

/** Drops repeated answers, keeping the first. */
export const uniqueAnswers = (list: readonly EvidenceAnswer[]): EvidenceAnswer[] => {
  const seen = new Set<string>();
  return list.filter(({ question, option }) => {
    const key = `${question}\u0000${option}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
