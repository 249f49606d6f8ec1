import { questions, type Question } from '../content/index.js';
import { matches } from './conditions.js';
import { askingOrder, emergencyStops, isAnswered, tailorsPlan } from './flow.js';
import { couldBeAsked, urgencySettled } from './settled.js';
import { assess } from './triage.js';
import type { Answers, TriageResult } from './types.js';
import { validateAnswers } from './validate.js';

const byId = new Map(questions.map((question) => [question.id, question]));

/** Where the person is in the check: everything an element needs to show a page, decided by the engine. */
export interface TriageSession {
  /** The questions answered so far, in the order the person met them. */
  asked: readonly Question[];
  /** The first question of the page to show, or null when the questions are over (the result). */
  current: Question | null;
  /**
   * The questions on the page to show, in order: one, or several asked together as a checkbox question
   * (those with the same `page` id). Empty for the result.
   */
  page: readonly Question[];
  /** The first question of the page before `current` (before the result when `current` is null). */
  previous: Question | null;
  /** The first question of the page after `current`: the next one already answered, else the first not answered; null for the result. */
  next: Question | null;
  /**
   * Pages, not questions, in the stage the person is in (`how-soon`, or `tailor` once they chose "Tailor
   * my plan": its pages count from 1 again). `index` counts from 1 and goes up by one a page; `total` is
   * the most pages this stage can still have, so it never promises fewer pages than it asks and answering
   * never makes it grow (only changing an earlier answer can).
   */
  progress: { index: number; total: number; stage: 'how-soon' | 'tailor' };
  /** The answers that still count: those to questions that still apply, in the order the check asks them (result.answersThatCount). */
  answers: Answers;
  /** The result for the answers so far. */
  result: TriageResult;
  /** True when no answer to the questions still open can change the urgency, up or down. */
  settled: boolean;
}

/** Questions asked together share a page id; any other question is a page of its own. */
const pageKey = (question: Question): string => question.page ?? question.id;

/**
 * The answered questions in the engine's order, stopping at the first question not answered yet: one pass.
 * Unless the person is tailoring their plan, the questions that only tailor it are not waited for. Whether
 * the urgency is settled is worked out only at a question not answered, for the answers before it
 * (`settledNow` when that is all of them, as when the person answers in order), not after every answer.
 * An answer never unsettles a settled urgency (a property test holds the content to this), so a walking
 * question passed over stays passed over.
 */
function askedInOrder(
  answers: Answers,
  tailoring: boolean,
  settledNow: boolean,
): { asked: Question[]; first: Question | null; stageTwo: Set<string> } {
  const asked: Question[] = [];
  const given: Record<string, string> = {};
  // The questions met that only tailor the plan at the point they come: the pages of stage 2.
  const stageTwo = new Set<string>();
  let settled: boolean | undefined;
  const isSettled = (): boolean =>
    (settled ??= asked.length === Object.keys(answers).length ? settledNow : urgencySettled(given, given));
  for (const question of askingOrder) {
    // Follow-ups read earlier questions only, all decided by now.
    if (question.askIf && !matches(question.askIf, given)) continue;
    if (tailoring && tailorsPlan(question, question.kind === 'walking' && isSettled())) stageTwo.add(question.id);
    if (isAnswered(question, answers)) {
      asked.push(question);
      given[question.id] = answers[question.id];
      if (emergencyStops(given)) return { asked, first: null, stageTwo };
      settled = undefined;
    } else if (tailoring || !tailorsPlan(question, isSettled())) {
      return { asked, first: question, stageTwo };
    }
  }
  return { asked, first: null, stageTwo };
}

/** The pages met so far, each its questions in order; the last holds the first question not answered yet. */
function pagesOf(asked: readonly Question[], first: Question | null, toAsk: readonly Question[]): Question[][] {
  const pages: Question[][] = [];
  for (const question of asked) {
    const last = pages.at(-1);
    if (question.page !== undefined && last?.[0].page === question.page) last.push(question);
    else pages.push([question]);
  }
  if (!first) return pages;
  // The page of the first open question shows all its questions that apply, answered or not.
  const onPage = first.page === undefined ? [first] : toAsk.filter((question) => question.page === first.page);
  if (pages.length && pageKey(pages[pages.length - 1][0]) === pageKey(first)) pages.pop();
  pages.push(onPage);
  return pages;
}

/**
 * The check as the engine sees it for these answers and the page shown. `showing` is a question on
 * screen (after Back or Change); undefined or a question that no longer applies means "the first
 * question not answered yet", and null means the result. The check has two stages: "How soon should I
 * get help?" (the warning signs, and the walking questions while they can change the urgency) ends at
 * the result; with `tailoring` ("Tailor my plan") the other questions follow. Pure: invalid answers are dropped.
 */
export function triageSession(input: unknown, showing?: string | null, tailoring = false): TriageSession {
  const { answers, error } = validateAnswers(input);
  const { result, settled, toAsk } = assess(answers, error);
  const { asked, first, stageTwo } = askedInOrder(answers, tailoring, settled);
  const pages = pagesOf(asked, first, toAsk);
  const shown = pages.findIndex((page) => page.some((question) => question.id === showing));
  const position = showing === null ? pages.length : shown >= 0 ? shown : first ? pages.length - 1 : pages.length;
  const page = pages[position] ?? [];

  // Progress counts the pages met, answered on this path, and still open in the stage the person is in
  // (none once its questions are over).
  // The questions that may still come; those already answered are among the pages met, counted once.
  const open = [...couldBeAsked(result.answersThatCount)].map((id) => byId.get(id) as Question);
  const inStage = first ? open.filter((question) => tailoring || !tailorsPlan(question, settled)) : [];
  const answeredOnPath = toAsk.filter((question) => isAnswered(question, answers));
  const total = new Set([...asked, ...answeredOnPath, ...inStage].map(pageKey)).size;
  // "Tailor my plan" counts its own pages: those from its first page on.
  const stageStart = tailoring ? pages.findIndex((met) => stageTwo.has(met[0].id)) : -1;
  const before = stageStart > 0 ? stageStart : 0;

  return {
    asked,
    current: page[0] ?? null,
    page,
    previous: position > 0 ? pages[position - 1][0] : null,
    next: page.length ? (pages[position + 1]?.[0] ?? null) : null,
    progress: {
      index: Math.min(position, pages.length) + 1 - before,
      total: total - before,
      stage: stageStart >= 0 ? 'tailor' : 'how-soon',
    },
    answers: result.answersThatCount,
    result,
    settled,
  };
}
