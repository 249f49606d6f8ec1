import { exercises, factorRules, redFlagRules, selfCareSteps, type UrgencyId } from '../content/index.js';
import { levelRules } from './levels.js';
import { matches } from './conditions.js';
import { atLeast } from './factors.js';
import type { Assessment } from './factors.js';
import type { Answers, CarePlan, RaisedRedFlag } from './types.js';

export const MIN_EXERCISES = 3;
export const MAX_EXERCISES = 5;
/** How many of the top factors shape the plan. */
export const LEADING_FACTORS = 3;

/**
 * The safe general set, used when the factors are unknown: the exercises most
 * factors call for (the seed's gentle knee-to-chest and pelvic tilt lead), ties
 * in content order.
 */
export const generalExercises: readonly string[] = exercises
  .map((exercise, index) => ({
    id: exercise.id,
    index,
    uses: factorRules.filter((rule) => rule.exercises.includes(exercise.id)).length,
  }))
  .sort((a, b) => b.uses - a.uses || a.index - b.index)
  .map(({ id }) => id);

/** Takes the first choice of each list, then the second, and so on, without repeats. */
const interleave = (lists: readonly (readonly string[])[]): string[] => {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const out = new Set<string>();
  for (let i = 0; i < longest; i += 1) for (const list of lists) if (i < list.length) out.add(list[i]);
  return [...out];
};

/**
 * Self-care and exercises for the factors that lead, fitted to the answers. None of either when
 * urgency is emergency; none before the doctor's check an urgent result asks for; no exercises while a
 * warning sign or a factor needs a clinician's check first (a possible broken bone, poor leg circulation,
 * or a look-alike that asks for a circulation check), with a caution that says so.
 */
export function buildPlan(
  urgency: UrgencyId,
  ranked: readonly Assessment[],
  redFlags: readonly RaisedRedFlag[],
  answers: Answers,
): CarePlan {
  if (urgency === 'emergency') return { selfCare: [], exercises: [], cautions: [] };
  const possible = ranked.filter(({ factor }) => atLeast(factor.confidence, 'possible')).map(({ rule }) => rule);
  const leading = possible.slice(0, LEADING_FACTORS);
  const wanted = new Set(leading.flatMap((rule) => rule.selfCare));
  const contradicted = new Set(possible.flatMap((rule) => rule.leavesOut ?? []));
  const selfCare = selfCareSteps
    .filter((step) => step.forEveryone || wanted.has(step.id) || (!leading.length && !step.onlyForItsFactor))
    .filter((step) => (!step.onlyIf || matches(step.onlyIf, answers)) && !(step.unless && matches(step.unless, answers)))
    .filter((step) => !contradicted.has(step.id))
    .map((step) => step.id);

  const raisedIds = new Set(redFlags.map((flag) => flag.id));
  const holds = [
    ...redFlagRules.flatMap((rule) => (raisedIds.has(rule.id) && rule.holdsExercises ? [rule.holdsExercises] : [])),
    ...ranked.flatMap((assessment) => assessment.holds),
  ];
  if (holds.length) return { selfCare, exercises: [], cautions: [...new Set(holds)] };
  // An urgent result gives no exercises before the doctor's check it asks for (levels.ts), and says so.
  if (!levelRules[urgency].exercises) return { selfCare, exercises: [], cautions: ['get-checked-first'] };

  const matched = interleave(leading.map((rule) => rule.exercises)).slice(0, MAX_EXERCISES);
  const fill = generalExercises.filter((id) => !matched.includes(id)).slice(0, Math.max(0, MIN_EXERCISES - matched.length));
  return {
    selfCare,
    exercises: [...matched, ...fill],
    cautions: [],
  };
}
