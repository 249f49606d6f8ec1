import { redFlagRules } from '../content/index.js';
import { answersBehind } from './conditions.js';
import type { Answers, RaisedRedFlag } from './types.js';
import { mostUrgent, rankOf } from './urgency.js';
import { resolveSources } from './sources.js';

/**
 * The warning signs the answers raise, most urgent first (then in content
 * order). A sign with urgencyAlone null (age) counts only next to another
 * sign; with another sign, a flag takes the more urgent of its two levels, so
 * adding a sign never lowers anything. An "I'm not sure" answer is no sign the
 * person has, so it never counts as the other sign.
 */
export function raiseRedFlags(answers: Answers): RaisedRedFlag[] {
  const matched = redFlagRules
    .map((rule) => ({ rule, behind: answersBehind(rule.when, answers) }))
    .filter(({ behind }) => behind.length > 0);
  const raised = matched.flatMap(({ rule, behind }): RaisedRedFlag[] => {
    const withOthers = matched.some((other) => other.rule !== rule && !other.rule.unsure);
    const urgency = withOthers ? mostUrgent([rule.urgencyWithOthers, rule.urgencyAlone ?? 'self-care']) : rule.urgencyAlone;
    if (urgency === null) return [];
    return [{ id: rule.id, suspect: rule.suspect, urgency, answers: behind, sources: resolveSources(rule.sources) }];
  });
  return raised.sort((a, b) => rankOf(a.urgency) - rankOf(b.urgency));
}
