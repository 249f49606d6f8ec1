import { redFlagRules, type UrgencyId } from '../content/index.js';

/**
 * Every warning sign, in the content's order, with the urgency it gives on its own: null for the "I'm not
 * sure" answers and for age, which counts only next to another sign. Its ids are the ids a list of raised
 * signs may hold; the signs with an urgency are the list shown outside the questions.
 */
export const warningSigns: Readonly<Record<string, UrgencyId | null>> = Object.fromEntries(
  redFlagRules.map((rule) => [rule.id, rule.unsure ? null : rule.urgencyAlone]),
);
