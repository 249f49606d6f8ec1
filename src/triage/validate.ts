import { questions } from '../content/index.js';
import type { Answers, InvalidAnswer } from './types.js';

const questionIds = questions.map((question) => question.id);
const optionIds = new Map(questions.map((question) => [question.id, question.options.map((option) => option.id)]));

/** A readable form of any value; never throws (BigInt, circular objects). */
const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

const describe = (issue: InvalidAnswer): string => {
  const valid = issue.validValues.join(', ');
  switch (issue.problem) {
    case 'not-an-object':
      return `answers must be an object of question id to option id, not ${show(issue.value)}; valid question ids: ${valid}`;
    case 'unknown-question':
      return `"${issue.question}" is not a question id; valid question ids: ${valid}`;
    default:
      return `answers["${issue.question}"] is ${show(issue.value)}; valid values: ${valid}`;
  }
};

/** Raised (returned, never thrown by the engine) when answers name unknown questions or options. */
export class AnswerValidationError extends Error {
  readonly issues: readonly InvalidAnswer[];

  constructor(issues: readonly InvalidAnswer[]) {
    super(`Invalid answers: ${issues.map(describe).join('; ')}`);
    this.name = 'AnswerValidationError';
    this.issues = issues;
  }
}

/** Keeps every valid answer and lists each invalid one with the values that would be valid. */
export function validateAnswers(input: unknown): { answers: Answers; error: AnswerValidationError | null } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const issue: InvalidAnswer = { question: '', value: input, problem: 'not-an-object', validValues: questionIds };
    return { answers: {}, error: new AnswerValidationError([issue]) };
  }
  const kept = new Map<string, string>();
  const issues: InvalidAnswer[] = [];
  for (const [question, value] of Object.entries(input)) {
    const valid = optionIds.get(question);
    if (!valid) {
      issues.push({ question, value, problem: 'unknown-question', validValues: questionIds });
    } else if (typeof value !== 'string') {
      issues.push({ question, value, problem: 'not-a-string', validValues: valid });
    } else if (!valid.includes(value)) {
      issues.push({ question, value, problem: 'unknown-option', validValues: valid });
    } else {
      kept.set(question, value);
    }
  }
  // In question order, whatever order the keys came in, so equal answers give equal results.
  const answers: Record<string, string> = {};
  for (const id of questionIds) {
    const value = kept.get(id);
    if (value !== undefined) answers[id] = value;
  }
  return { answers, error: issues.length ? new AnswerValidationError(issues) : null };
}
