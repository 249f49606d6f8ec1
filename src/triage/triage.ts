import type { Question } from '../content/index.js';
import { uniqueAnswers } from './conditions.js';
import { rankFactors, type UrgencyDriver } from './factors.js';
import { answersThatApply, askingOrder, isAnswered, questionsThatApply, tailorsPlan } from './flow.js';
import { buildPlan } from './plan.js';
import { raiseRedFlags } from './red-flags.js';
import { urgencySettled } from './settled.js';
import { deepFreeze } from '../content/deep-freeze.js';
import type { Answers, TriageResult } from './types.js';
import { mostUrgent } from './urgency.js';
import { levelRules } from './levels.js';
import { validateAnswers, type AnswerValidationError } from './validate.js';

/**
 * How soon to get help, why, possible contributing factors and a plan. Pure
 * and deterministic. It never throws: invalid or unreadable answers are
 * dropped (see validateAnswers) and described in `error`. The result is
 * deep-frozen, so no page script can rewrite what the widgets show from it.
 */
export function triage(input: unknown): TriageResult {
  const { answers, error } = validateAnswers(input);
  return assess(answers, error).result;
}

/** One engine pass: the result, and what the session reads besides, each worked out once. */
export interface Assessment {
  result: TriageResult;
  /** True when no answer to the open questions can change the urgency (see settled.ts). */
  settled: boolean;
  /** The questions that apply, answered or not, in the order to ask them; empty once an emergency sign is answered. */
  toAsk: readonly Question[];
}

/** The engine pass over answers already validated (validateAnswers), with what validation found wrong. */
export function assess(answers: Answers, error: AnswerValidationError | null): Assessment {
  // A warning sign is never withdrawn by a later answer (safety first); contributing factors use only
  // the answers to questions that still apply.
  const redFlags = raiseRedFlags(answers);
  const applying = answersThatApply(answers);
  const ranked = rankFactors(applying);

  // Each thing that sets a minimum urgency, with the answers behind it.
  const drivers: readonly UrgencyDriver[] = [...redFlags, ...ranked.flatMap((assessment) => assessment.drivers)];
  const urgency = mostUrgent(drivers.map((driver) => driver.urgency));
  const urgencyReasons =
    urgency === 'self-care'
      ? []
      : uniqueAnswers(drivers.filter((driver) => driver.urgency === urgency).flatMap((driver) => driver.answers));

  // No further question may delay emergency help (as emergencyStops).
  const toAsk = redFlags.some((flag) => flag.urgency === 'emergency') ? [] : questionsThatApply(applying);
  const open = toAsk.filter((question) => !isAnswered(question, answers));
  const settled = urgencySettled(answers, applying);
  const unknown = open.filter((question) => !tailorsPlan(question, settled)).map((question) => question.id);
  const result: TriageResult = deepFreeze({
    complete: unknown.length === 0,
    urgency,
    urgencyReasons,
    redFlags,
    // An emergency result is about the emergency only.
    factors: urgency === 'emergency' ? [] : ranked.map(({ factor }) => factor),
    plan: buildPlan(urgency, ranked, redFlags, applying),
    unknown,
    // "Tailor my plan" only where the person acts on the plan now (levels.ts).
    planQuestions: levelRules[urgency].tailoring
      ? open.filter((question) => tailorsPlan(question, settled)).map((question) => question.id)
      : [],
    answers,
    answersThatCount: Object.fromEntries(
      askingOrder.filter((question) => Object.hasOwn(applying, question.id)).map((question) => [question.id, applying[question.id]]),
    ),
    error: error && { name: error.name as 'AnswerValidationError', message: error.message, count: error.count },
  });
  return { result, settled, toAsk };
}
