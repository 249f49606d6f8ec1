import { factorRules, questions, redFlagRules, type Condition, type FactorConfidence, type Question, type UrgencyId } from '../content/index.js';
import { answerTo, partsOf } from './conditions.js';
import { CONFIDENCE_THRESHOLDS } from './factors.js';
import { answersThatApply, isAnswered, questionsToAsk, tailorsPlan } from './flow.js';
import { triage } from './triage.js';
import type { Answers, TriageResult } from './types.js';
import { mostUrgent, rankOf } from './urgency.js';
import { validateAnswers } from './validate.js';

/** Where the person is in the check: everything an element needs to show a page, decided by the engine. */
export interface TriageSession {
  /** The questions answered so far, in the order the person met them. */
  asked: readonly Question[];
  /** The question to show, or null when the questions are over (the result). */
  current: Question | null;
  /** The question before `current` (before the result when `current` is null). */
  previous: Question | null;
  /** The question after `current`: the next one already answered, else the first one not answered; null for the result. */
  next: Question | null;
  /**
   * `index` counts from 1; `total` is the most questions this path can still have, so answering never
   * makes it grow (only changing an earlier answer can).
   */
  progress: { index: number; total: number };
  /** The answers that still count: those to questions that still apply. Summary, print and FHIR use these. */
  answers: Answers;
  /** The result for the answers so far. */
  result: TriageResult;
  /** True when no question still to ask can make the urgency more urgent. */
  settled: boolean;
}

const byId = new Map(questions.map((question) => [question.id, question]));

/**
 * The answered questions in the engine's order, stopping at the first question not answered yet.
 * Unless the person is tailoring their plan, the background questions are not waited for.
 */
function askedInOrder(answers: Answers, tailoring: boolean): { asked: Question[]; first: Question | null } {
  const asked: Question[] = [];
  const given: Record<string, string> = {};
  const nextFor = () =>
    questionsToAsk(given).find(
      (question) => !isAnswered(question, given) && (tailoring || !tailorsPlan(question) || isAnswered(question, answers)),
    ) ?? null;
  let next = nextFor();
  while (next && isAnswered(next, answers)) {
    asked.push(next);
    given[next.id] = answers[next.id];
    next = nextFor();
  }
  return { asked, first: next };
}

/**
 * The questions that could still be asked, answered or not: a follow-up counts while the question it
 * depends on is unanswered or answered in a way that calls for it. `askIf` only refers to earlier
 * questions, so one pass in content order settles chains.
 */
function couldBeAsked(applying: Answers): Set<string> {
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
 * The most urgent level any answers to the open questions could still reach. It errs towards "could":
 * a factor counts every piece of supporting evidence still possible and ignores what counts against it.
 */
function mostUrgentStillPossible(answers: Answers, open: ReadonlySet<string>): UrgencyId {
  const canMatch = (condition: Condition): boolean => couldMatch(condition, answers, open);
  // As in raiseRedFlags: a sign takes its level "with others" only if another sure sign can be there too.
  const possibleFlags = redFlagRules.filter((rule) => canMatch(rule.when));
  const flags = possibleFlags.map((rule) =>
    possibleFlags.some((other) => other !== rule && !other.unsure)
      ? mostUrgent([rule.urgencyWithOthers, rule.urgencyAlone ?? 'self-care'])
      : (rule.urgencyAlone ?? 'self-care'),
  );
  const factors = factorRules.flatMap((rule) => {
    const best = rule.evidence.filter((e) => e.weight > 0 && canMatch(e.when)).reduce((sum, e) => sum + e.weight, 0);
    const reached = rule.urgency && best >= SCORE_FOR[rule.urgency.atConfidence] ? [rule.urgency.level] : [];
    const caps = (rule.caps ?? []).flatMap((cap) => (cap.urgency && canMatch(cap.when) ? [cap.urgency] : []));
    return [...reached, ...caps];
  });
  return mostUrgent([...flags, ...factors]);
}

/**
 * The check as the engine sees it for these answers and the page shown. `showing` is the question on
 * screen (after Back or Change); undefined or a question that no longer applies means "the first
 * question not answered yet", and null means the result. The check has two stages: "How soon should I
 * get help?" (warning signs and walking) ends at the result; with `tailoring` ("Tailor my plan") the
 * background questions follow. Pure: invalid answers are dropped.
 */
export function triageSession(input: unknown, showing?: string | null, tailoring = false): TriageSession {
  const { answers } = validateAnswers(input);
  const result = triage(answers);
  const { asked, first } = askedInOrder(answers, tailoring);
  const path = first ? [...asked, first] : asked;
  const shown = showing === null ? -1 : path.findIndex((question) => question.id === showing);
  const position = showing === null ? path.length : shown >= 0 ? shown : first ? path.length - 1 : path.length;
  const current = path[position] ?? null;

  // Questions still open: those that may yet be asked and have no answer that counts. Progress counts
  // those of the stage the person is in, and none once its questions are over.
  const applying = answersThatApply(answers);
  const open = [...couldBeAsked(applying)].filter((id) => answerTo(applying, id) === undefined);
  const inStage = first ? open.filter((id) => tailoring || !tailorsPlan(byId.get(id) as Question)) : [];
  const answeredOnPath = questionsToAsk(answers).filter((question) => isAnswered(question, answers)).length;

  return {
    asked,
    current,
    previous: position > 0 ? path[position - 1] : null,
    next: current ? (path[position + 1] ?? null) : null,
    progress: { index: Math.min(position, path.length) + 1, total: Math.max(asked.length, answeredOnPath) + inStage.length },
    answers: applying,
    result,
    settled: rankOf(mostUrgentStillPossible(answers, new Set(open))) >= rankOf(result.urgency),
  };
}
