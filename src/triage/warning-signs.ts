import { redFlagRules, type UrgencyId } from '../content/index.js';

/** A warning sign a person can have, and the urgency it gives on its own. */
export interface WarningSign {
  id: string;
  urgency: UrgencyId;
}

/**
 * The signs that call for help on their own, for the list shown outside the questions: not the
 * "I'm not sure" answers, and not age, which counts only next to another sign.
 */
export const signsOnTheirOwn: readonly WarningSign[] = redFlagRules.flatMap((rule) =>
  rule.unsure || rule.urgencyAlone === null ? [] : [{ id: rule.id, urgency: rule.urgencyAlone }],
);

/** Every warning sign's id, the "I'm not sure" ones too: the ids a list of raised signs may hold. */
export const warningSignIds: readonly string[] = redFlagRules.map((rule) => rule.id);
