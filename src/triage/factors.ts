import { factorRules, type FactorConfidence, type FactorRule, type UrgencyId } from '../content/index.js';
import { answersBehind, matches, uniqueAnswers } from './conditions.js';
import type { Answers, EvidenceAnswer, RankedFactor } from './types.js';
import { resolveSources } from './sources.js';

/**
 * Score thresholds for the confidence labels. Weights in the content are
 * 3 strong, 2 moderate, 1 weak: "likely" needs a strong answer plus support
 * (or two moderate ones), "possible" needs one moderate answer.
 */
export const CONFIDENCE_THRESHOLDS = <const>{ likely: 4, possible: 2 };

/** Most confident first. */
const CONFIDENCE_ORDER: readonly FactorConfidence[] = ['likely', 'possible', 'less-likely'];

export const atLeast = (confidence: FactorConfidence, floor: FactorConfidence): boolean =>
  CONFIDENCE_ORDER.indexOf(confidence) <= CONFIDENCE_ORDER.indexOf(floor);

const confidenceFor = (score: number): FactorConfidence =>
  score >= CONFIDENCE_THRESHOLDS.likely ? 'likely' : score >= CONFIDENCE_THRESHOLDS.possible ? 'possible' : 'less-likely';

/** The less sure of two confidences. */
export const lessSure = (a: FactorConfidence, b: FactorConfidence): FactorConfidence => (atLeast(a, b) ? b : a);

/** Something that sets a minimum urgency, with the answers behind it. */
export interface UrgencyDriver {
  urgency: UrgencyId;
  answers: readonly EvidenceAnswer[];
}

/** A ranked factor with the rule behind it, any urgency it calls for and any reason to hold exercises. */
export interface Assessment {
  factor: RankedFactor;
  rule: FactorRule;
  drivers: readonly UrgencyDriver[];
  /** Caution ids: the factor's own once it is at least possible, and any look-alike's, at any confidence. */
  holds: readonly string[];
}

function assess(rule: FactorRule, answers: Answers): Assessment | null {
  if (rule.onlyIf && !matches(rule.onlyIf, answers)) return null;
  const found = rule.evidence
    .map((evidence) => ({ weight: evidence.weight, behind: answersBehind(evidence.when, answers) }))
    .filter(({ behind }) => behind.length > 0);
  if (!found.length) return null;
  const score = found.reduce((sum, { weight }) => sum + weight, 0);
  // A look-alike (e.g. poor circulation for stenosis) caps how sure the result may sound.
  const caps = (rule.caps ?? []).filter((cap) => matches(cap.when, answers));
  const confidence = caps.reduce((label, cap) => lessSure(label, cap.maxConfidence), confidenceFor(score));
  const factor: RankedFactor = {
    id: rule.id,
    confidence,
    score,
    for: uniqueAnswers(found.filter(({ weight }) => weight > 0).flatMap(({ behind }) => behind)),
    against: uniqueAnswers(found.filter(({ weight }) => weight < 0).flatMap(({ behind }) => behind)),
    notes: [...new Set(caps.map((cap) => cap.note))],
    sources: resolveSources(rule.sources),
  };
  const drivers: UrgencyDriver[] = [
    ...(rule.urgency && atLeast(confidence, rule.urgency.atConfidence)
      ? [{ urgency: rule.urgency.level, answers: factor.for }]
      : []),
    ...caps.flatMap((cap) => (cap.urgency ? [{ urgency: cap.urgency, answers: answersBehind(cap.when, answers) }] : [])),
  ];
  const holds = [
    ...(rule.holdsExercises && atLeast(confidence, 'possible') ? [rule.holdsExercises] : []),
    ...caps.flatMap((cap) => (cap.holdsExercises ? [cap.holdsExercises] : [])),
  ];
  return { factor, rule, drivers, holds };
}

/** Factors any answer speaks to, highest score first; equal scores by id (ids are unique) so the order never wobbles. */
export function rankFactors(answers: Answers): Assessment[] {
  return factorRules
    .map((rule) => assess(rule, answers))
    .filter((found): found is Assessment => found !== null)
    .sort((a, b) => b.factor.score - a.factor.score || (a.rule.id < b.rule.id ? -1 : 1));
}
