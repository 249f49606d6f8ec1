import fc from 'fast-check';
import { questions, redFlagRules, type Condition } from '../../src/content/index.js';
import type { Answers } from '../../src/triage/index.js';
import { partsOf } from '../../src/triage/conditions.js';

export const questionIds = questions.map((question) => question.id);
const allOptionIds = [...new Set(questions.flatMap((question) => question.options.map((option) => option.id)))];

/** Any subset of the questions, each with one of its own options. */
export const validAnswers = fc.record(
  Object.fromEntries(
    questions.map((question) => [question.id, fc.constantFrom(...question.options.map((option) => option.id))]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/** Maps a careless caller might pass: real and made-up keys, real options and any value at all. */
export const messyAnswers: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.oneof(fc.constantFrom(...questionIds, '__proto__', 'constructor', 'toString'), fc.string()),
  fc.oneof(fc.constantFrom(...allOptionIds), fc.anything()),
);

/** Answers that match a condition, one option picked from each part. */
export const answersFor = (condition: Condition): fc.Arbitrary<Record<string, string>> =>
  fc.tuple(...partsOf(condition).map((part) => fc.constantFrom(...part.anyOf))).map((options) =>
    Object.fromEntries(partsOf(condition).map((part, i) => [part.question, options[i]])),
  );

/** The signs that alone call for emergency help. */
export const emergencyRules = redFlagRules.filter((rule) => rule.urgencyAlone === 'emergency');

/** The answers to one warning sign: the rule and answers that raise it. */
export const redFlagAnswer = fc
  .constantFrom(...redFlagRules)
  .chain((rule) => answersFor(rule.when).map((answers) => ({ rule, answers })));
