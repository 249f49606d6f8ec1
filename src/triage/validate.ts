import { questions } from '../content/index.js';
import { showValue } from './show-value.js';
import type { Answers, InvalidAnswer } from './types.js';

const questionIds = questions.map((question) => question.id);
const optionIds = new Map(questions.map((question) => [question.id, question.options.map((option) => option.id)]));

/**
 * Problems listed one by one; the rest are only counted, so a hostile input of a million keys costs one
 * pass and a short message, not a list and a message that grow with it.
 */
export const MAX_LISTED_PROBLEMS = 10;

const describe = (issue: InvalidAnswer): string => {
  const valid = issue.validValues.join(', ');
  switch (issue.problem) {
    case 'not-an-object':
      return `answers must be an object of question id to option id, not ${showValue(issue.value)}; valid question ids: ${valid}`;
    case 'unknown-question':
      return `${showValue(issue.question)} is not a question id; valid question ids: ${valid}`;
    case 'unreadable':
      return issue.question
        ? `answers["${issue.question}"] could not be read (${showValue(issue.value)}); valid values: ${valid}`
        : `the answers could not be read (${showValue(issue.value)}); valid question ids: ${valid}`;
    default:
      return `answers["${issue.question}"] is ${showValue(issue.value)}; valid values: ${valid}`;
  }
};

/** Raised (returned, never thrown by the engine) when answers name unknown questions or options. */
export class AnswerValidationError extends Error {
  /** The first problems found, at most MAX_LISTED_PROBLEMS. */
  readonly issues: readonly InvalidAnswer[];
  /** How many more problems were found and not listed. */
  readonly more: number;

  constructor(issues: readonly InvalidAnswer[], more = 0) {
    const rest = more ? `; and ${more} more` : '';
    super(`Invalid answers: ${issues.map(describe).join('; ')}${rest}`);
    this.name = 'AnswerValidationError';
    this.issues = issues;
    this.more = more;
  }

  /** Every problem found, listed or not. */
  get count(): number {
    return this.issues.length + this.more;
  }
}

/** Collects problems: the first few in full, the others counted. */
class Problems {
  readonly listed: InvalidAnswer[] = [];
  more = 0;

  /** True once the list is full: later problems are only counted, so their values need not be read. */
  get full(): boolean {
    return this.listed.length >= MAX_LISTED_PROBLEMS;
  }

  add(issue: InvalidAnswer): void {
    if (this.full) this.more += 1;
    else this.listed.push(issue);
  }

  error(): AnswerValidationError | null {
    return this.listed.length ? new AnswerValidationError(this.listed, this.more) : null;
  }
}

/** True for an array, and for a revoked Proxy, for which even Array.isArray throws: neither holds answers. */
const isListOrRevoked = (input: object): boolean => {
  try {
    return Array.isArray(input);
  } catch {
    return true;
  }
};

/** True for an object that may hold answers; false for anything else, including a revoked Proxy. */
const isAnswerObject = (input: unknown): input is object =>
  typeof input === 'object' && input !== null && !isListOrRevoked(input);

/** Reads one answer; a getter or Proxy trap that throws gives what it threw instead. */
function read(input: object, question: string): { value: unknown; error?: { thrown: unknown } } {
  try {
    return { value: (input as Record<string, unknown>)[question] };
  } catch (thrown) {
    return { value: undefined, error: { thrown } };
  }
}

/**
 * Keeps every valid answer and lists the invalid ones with the values that would be valid. One pass
 * over the keys, guarded: a getter or Proxy that throws becomes an `unreadable` problem, never an exception.
 */
export function validateAnswers(input: unknown): { answers: Answers; error: AnswerValidationError | null } {
  const problems = new Problems();
  if (!isAnswerObject(input)) {
    problems.add({ question: '', value: input, problem: 'not-an-object', validValues: questionIds });
    return { answers: {}, error: problems.error() };
  }
  const kept = new Map<string, string>();
  try {
    for (const question in input) {
      if (!Object.hasOwn(input, question)) continue;
      const valid = optionIds.get(question);
      if (!valid) {
        const value = problems.full ? undefined : read(input, question).value;
        problems.add({ question, value, problem: 'unknown-question', validValues: questionIds });
        continue;
      }
      const { value, error } = read(input, question);
      if (error) {
        problems.add({ question, value: error.thrown, problem: 'unreadable', validValues: valid });
        continue;
      }
      if (typeof value !== 'string') {
        problems.add({ question, value, problem: 'not-a-string', validValues: valid });
      } else if (!valid.includes(value)) {
        problems.add({ question, value, problem: 'unknown-option', validValues: valid });
      } else {
        kept.set(question, value);
      }
    }
  } catch (error) {
    // Listing the keys threw (a Proxy's ownKeys trap): keep what was read before.
    problems.add({ question: '', value: error, problem: 'unreadable', validValues: questionIds });
  }
  // In question order, whatever order the keys came in, so equal answers give equal results.
  const answers: Record<string, string> = {};
  for (const id of questionIds) {
    const value = kept.get(id);
    if (value !== undefined) answers[id] = value;
  }
  return { answers, error: problems.error() };
}
