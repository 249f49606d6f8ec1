import { factorRules, questions, redFlagRules, type Condition, type FactorConfidence, type FactorRule, type UrgencyId } from '../content/index.js';
import { answerTo, matches, partsOf } from './conditions.js';
import { CONFIDENCE_THRESHOLDS, lessSure } from './factors.js';
import { raiseRedFlags } from './red-flags.js';
import type { Answers } from './types.js';
import { mostUrgent } from './urgency.js';

/** The least and the most urgent result the answers to the open questions could still give. */
export interface UrgencyRange {
  lowest: UrgencyId;
  highest: UrgencyId;
}

/**
 * The questions that could still be asked, answered or not: a follow-up counts while the question it
 * depends on is unanswered or answered in a way that calls for it. `askIf` only refers to earlier
 * questions, so one pass in content order settles chains.
 */
export function couldBeAsked(applying: Answers): Set<string> {
  const possible = new Set<string>();
  for (const question of questions) {
    if (!question.askIf || couldMatch(question.askIf, applying, possible)) possible.add(question.id);
  }
  return possible;
}

/** True when the answers given match the condition and the open questions could still be answered to match it. */
const couldMatch = (condition: Condition, answers: Answers, open: ReadonlySet<string>): boolean =>
  partsOf(condition).every((part) => {
    const answer = answerTo(answers, part.question);
    return answer === undefined ? open.has(part.question) : part.anyOf.includes(answer);
  });

/** The least score that gives each confidence (any evidence at all gives "less likely"). */
const SCORE_FOR: Record<FactorConfidence, number> = { ...CONFIDENCE_THRESHOLDS, 'less-likely': 0 };

/**
 * The lowest and highest score a factor can still reach. Evidence that waits on one open question adds
 * that question's best (or worst) option; evidence that waits on several adds its weight in full when it
 * helps, so the range only errs wider.
 */
export function scoreRange(rule: FactorRule, answers: Answers, open: ReadonlySet<string>): { low: number; high: number } {
  let low = 0;
  let high = 0;
  const byQuestion = new Map<string, number[]>();
  for (const evidence of rule.evidence) {
    const waitingOn = partsOf(evidence.when).filter((part) => answerTo(answers, part.question) === undefined);
    if (!waitingOn.length) {
      const weight = matches(evidence.when, answers) ? evidence.weight : 0;
      low += weight;
      high += weight;
    } else if (couldMatch(evidence.when, answers, open)) {
      if (waitingOn.length === 1) {
        byQuestion.set(waitingOn[0].question, [...(byQuestion.get(waitingOn[0].question) ?? []), evidence.weight]);
      } else {
        low += Math.min(0, evidence.weight);
        high += Math.max(0, evidence.weight);
      }
    }
  }
  for (const weights of byQuestion.values()) {
    low += Math.min(0, ...weights);
    high += Math.max(0, ...weights);
  }
  return { low, high };
}

/**
 * How urgent the result could still become, at least and at most, whatever the open questions' answers.
 * `answers` raise the warning signs (never withdrawn); `applying` (the answers to questions that still
 * apply) decide the factors, as in triage().
 */
export function urgencyRange(answers: Answers, applying: Answers): UrgencyRange {
  // Questions already answered count too: an answer decides a condition before `open` is looked at.
  const open = couldBeAsked(applying);
  const canMatch = (condition: Condition, given: Answers): boolean => couldMatch(condition, given, open);
  // A raised sign stays; a sign can only be added. As in raiseRedFlags, a sign takes its level "with
  // others" only if another sure sign can be there too.
  const flagsNow = raiseRedFlags(answers).map((flag) => flag.urgency);
  const possibleFlags = redFlagRules.filter((rule) => canMatch(rule.when, answers));
  const flagsAtMost = possibleFlags.map((rule) =>
    possibleFlags.some((other) => other !== rule && !other.unsure)
      ? mostUrgent([rule.urgencyWithOthers, rule.urgencyAlone ?? 'self-care'])
      : (rule.urgencyAlone ?? 'self-care'),
  );
  const factorsAtLeast: UrgencyId[] = [];
  const factorsAtMost: UrgencyId[] = [];
  for (const rule of factorRules) {
    if (rule.onlyIf && !canMatch(rule.onlyIf, applying)) continue;
    const { low, high } = scoreRange(rule, applying, open);
    const caps = rule.caps ?? [];
    if (rule.urgency) {
      const needed = SCORE_FOR[rule.urgency.atConfidence];
      // A look-alike that could still cap the confidence below the level needed may hold the urgency back.
      const mayBeHeldBack = caps.some(
        (cap) => lessSure(rule.urgency!.atConfidence, cap.maxConfidence) !== rule.urgency!.atConfidence && canMatch(cap.when, applying),
      );
      const surelyApplies = !rule.onlyIf || matches(rule.onlyIf, applying);
      if (surelyApplies && low >= needed && !mayBeHeldBack) factorsAtLeast.push(rule.urgency.level);
      if (high >= needed) factorsAtMost.push(rule.urgency.level);
    }
    for (const cap of caps) {
      if (!cap.urgency) continue;
      if (matches(cap.when, applying) && (!rule.onlyIf || matches(rule.onlyIf, applying))) factorsAtLeast.push(cap.urgency);
      if (canMatch(cap.when, applying)) factorsAtMost.push(cap.urgency);
    }
  }
  return {
    lowest: mostUrgent([...flagsNow, ...factorsAtLeast]),
    highest: mostUrgent([...flagsAtMost, ...factorsAtMost]),
  };
}

/** True when no answer to the open questions can change the urgency, up or down. */
export const urgencySettled = (answers: Answers, applying: Answers): boolean => {
  const { lowest, highest } = urgencyRange(answers, applying);
  return lowest === highest;
};
