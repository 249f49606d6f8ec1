import { redFlagRules, type RedFlagRule } from '../content/index.js';
import { answersBehind } from './conditions.js';
import type { Answers, RaisedRedFlag } from './types.js';
import { mostUrgent, rankOf } from './urgency.js';
import { resolveSources } from './sources.js';

/**
 * True when `other`, raised with `rule`, makes two signs: never an "I'm not sure" answer, nor a pair the
 * content says is one weak sign (notASecondSignFor, read both ways). The urgency range (settled.ts) may
 * count more pairs than this: it only errs wider.
 */
export const countsAsSecondSign = (rule: RedFlagRule, other: RedFlagRule): boolean =>
  !other.unsure && !rule.notASecondSignFor?.includes(other.id) && !other.notASecondSignFor?.includes(rule.id);

/**
 * The warning signs the answers raise, most urgent first (then in content
 * order). A sign with urgencyAlone null (age) counts only next to another
 * sign; with another sign, a flag takes the more urgent of its two levels, so
 * adding a sign never lowers anything. An "I'm not sure" answer is no sign the
 * person has, so it never counts as the other sign. A sign whose condition
 * needs an answer is raised only once at least one answer is behind it.
 */
export function raiseRedFlags(answers: Answers): RaisedRedFlag[] {
  const matched = redFlagRules
    .map((rule) => ({ rule, behind: answersBehind(rule.when, answers) }))
    .filter(({ behind }) => behind.length > 0);
  const raised = matched.flatMap(({ rule, behind }): RaisedRedFlag[] => {
    const withOthers = matched.some((other) => other.rule !== rule && countsAsSecondSign(rule, other.rule));
    const urgency = withOthers ? mostUrgent([rule.urgencyWithOthers, rule.urgencyAlone ?? 'self-care']) : rule.urgencyAlone;
    if (urgency === null) return [];
    return [{ id: rule.id, suspect: rule.suspect, urgency, answers: behind, sources: resolveSources(rule.sources) }];
  });
  return raised.sort((a, b) => rankOf(a.urgency) - rankOf(b.urgency));
}
