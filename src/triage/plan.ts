import { exercises, factorRules, planCautions, selfCareSteps, type UrgencyId } from '../content/index.js';
import { atLeast } from './factors.js';
import type { Assessment } from './factors.js';
import type { CarePlan } from './types.js';

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

/** Self-care and exercises for the factors that lead; none of either when urgency is emergency. */
export function buildPlan(urgency: UrgencyId, ranked: readonly Assessment[]): CarePlan {
  if (urgency === 'emergency') return { selfCare: [], exercises: [], cautions: [] };
  const leading = ranked
    .filter(({ factor }) => atLeast(factor.confidence, 'possible'))
    .slice(0, LEADING_FACTORS)
    .map(({ rule }) => rule);
  const wanted = new Set(leading.flatMap((rule) => rule.selfCare));
  const selfCare = selfCareSteps
    .filter((step) => step.forEveryone || wanted.has(step.id) || !leading.length)
    .map((step) => step.id);
  const matched = interleave(leading.map((rule) => rule.exercises)).slice(0, MAX_EXERCISES);
  const fill = generalExercises.filter((id) => !matched.includes(id)).slice(0, Math.max(0, MIN_EXERCISES - matched.length));
  return {
    selfCare,
    exercises: [...matched, ...fill],
    cautions: urgency === 'urgent' ? [...planCautions] : [],
  };
}
