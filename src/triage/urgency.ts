import { URGENCY_LEVELS, type UrgencyId } from '../content/index.js';

/** 0 is the most urgent. */
export const rankOf = (urgency: UrgencyId): number => URGENCY_LEVELS.indexOf(urgency);

export const mostUrgent = (levels: readonly UrgencyId[]): UrgencyId =>
  // Stryker disable next-line EqualityOperator: equal ranks are the same level, so < and <= agree.
  levels.reduce<UrgencyId>((best, level) => (rankOf(level) < rankOf(best) ? level : best), 'self-care');
