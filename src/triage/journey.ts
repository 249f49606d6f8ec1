import { firstSession } from './first-page.js';
import { planQuestionIds } from './flow.js';
import { triageSession, type TriageSession } from './session.js';
import type { Answers, CarePlan, RaisedRedFlag, TriageResult } from './types.js';

/** Where the person is: a question, the list of answers ("Check your answers"), or the result. */
export type Page = { kind: 'question'; id: string } | { kind: 'check' } | { kind: 'result' };

/** The whole journey through the check: what to show, and the session the engine worked out for it. */
export interface JourneyState {
  page: Page;
  /** Every valid answer given, including any to questions that no longer apply (kept in case they apply again). */
  answers: Answers;
  /** "Start now" was pressed, or answers were given: a start page no longer stands for the first question. */
  started: boolean;
  /** Stage 2: the person chose "Tailor my plan", so the background questions are asked too. */
  tailoring: boolean;
  /** The plan when the person chose "Tailor my plan": the result then says what their answers added. */
  planBefore: CarePlan | null;
  /**
   * The question whose Change button on the check page led here (null: not changing). Back to the list once
   * nothing new is open.
   */
  changing: string | null;
  /** Continue was pressed with nothing chosen. */
  error: boolean;
  /** The warning signs the last answer raised (ids), said once at the top of this question; empty: none. */
  warning: readonly string[];
  /** The engine's session for these answers showing `page`: what the page renders. */
  session: TriageSession;
}

export interface TriageStepChangeDetail {
  /** The question now shown. */
  questionId: string;
  /** Its page's position in the stage, counting from 1. */
  index: number;
  /** The most pages this stage can still have; it never grows while the person answers. */
  total: number;
  /** `how-soon` (the questions to the result), or `tailor` ("Tailor my plan", counted from 1 again). */
  stage: 'how-soon' | 'tailor';
}

export interface TriageCompleteDetail {
  result: TriageResult;
  /** The answers that still count, in the order asked (`result.answersThatCount`). */
  answers: Answers;
}

export interface TriageRedFlagDetail {
  /** Every warning sign raised so far (at least one of them is new). */
  flags: readonly RaisedRedFlag[];
  urgency: TriageResult['urgency'];
}

/** What the element tells the host page: each person's action that matters to it. */
export type JourneyEvent =
  | { name: 'triage-step-change'; detail: TriageStepChangeDetail }
  | { name: 'triage-complete'; detail: TriageCompleteDetail }
  | { name: 'triage-red-flag'; detail: TriageRedFlagDetail }
  | { name: 'triage-restart'; detail: Record<string, never> };

export type JourneyAction =
  /** "Start now" on the start page. */
  | { type: 'start' }
  /** Continue on a question page with what the form holds (null: nothing chosen). */
  | { type: 'continue'; chosen: Answers | null }
  | { type: 'back' }
  /** A Change button on the check page. */
  | { type: 'change'; question: string }
  | { type: 'check-answers' }
  /** "Get help now" on the mid-check warning: the result for the answers so far. */
  | { type: 'get-help' }
  /** "Carry on" on the mid-check warning. */
  | { type: 'carry-on' }
  /** On from the check page, or back to the questions from a result reached early. */
  | { type: 'open-questions' }
  | { type: 'tailor' }
  | { type: 'restart' }
  /** Answers from the host, saved ones or a restored form: already validated (validateAnswers). No events. */
  | { type: 'set-answers'; answers: Answers }
  /** A page from the browser's history (Back and Forward): shown, not recorded again. */
  | { type: 'show'; page: Page };

export interface JourneyStep {
  state: JourneyState;
  /** The events to fire, in order. */
  events: JourneyEvent[];
  /** Where focus goes after the render, or null to leave it. */
  focus: 'heading' | 'error' | 'warning' | null;
  /** A move the person made, for the browser history; null when nothing moved or the history moved us. */
  moved: { from: Page; to: Page } | null;
}

const question = (id: string): Page => ({ kind: 'question', id });

/** The page a session shows: its first question, or the result when none is left. */
const pageOf = (session: TriageSession): Page => (session.current ? question(session.current.id) : { kind: 'result' });

/** Whether two pages are the same page (for a question, the same question). */
export const samePage = (a: Page, b: Page): boolean => a.kind === b.kind && (a.kind !== 'question' || a.id === (b as typeof a).id);

/** The engine's session for the answers showing `page`; undefined shows the first open question. */
const sessionFor = (answers: Answers, tailoring: boolean, page?: Page): TriageSession =>
  triageSession(answers, page?.kind === 'question' ? page.id : page?.kind === 'result' ? null : undefined, tailoring);

/** The journey before any answer: the first question, on the session worked out ahead (first-page.ts). */
export const startJourney = (): JourneyState => ({
  page: pageOf(firstSession),
  answers: {},
  started: false,
  tailoring: false,
  planBefore: null,
  changing: null,
  error: false,
  warning: [],
  session: firstSession,
});

/**
 * How a question page reads while the person changes an answer from the check page: `changing` on the
 * question they chose, `new` on one their new answer brought in; null when not changing.
 */
export const changeMark = (state: JourneyState): 'changing' | 'new' | null =>
  state.changing === null ? null : state.session.page.some((asked) => asked.id === state.changing) ? 'changing' : 'new';

/**
 * Moves to `to` with `state`'s answers. `fresh`, when given, is their session at the first open question,
 * already worked out: it serves that page and the check page without another engine pass. A question that
 * no longer applies (a stale history entry) gives way to the first open one.
 */
function go(state: JourneyState, to: Page, fresh: TriageSession | null, record = true): JourneyStep {
  const reuse = fresh && (to.kind === 'check' || samePage(pageOf(fresh), to));
  const session = reuse ? fresh : sessionFor(state.answers, state.tailoring, to);
  const page = to.kind === 'question' && session.current?.id !== to.id ? pageOf(session) : to;
  const events: JourneyEvent[] = [];
  if (page.kind === 'result') {
    events.push({ name: 'triage-complete', detail: { result: session.result, answers: session.answers } });
  } else if (page.kind === 'question') {
    events.push({ name: 'triage-step-change', detail: { questionId: page.id, ...session.progress } });
  }
  return {
    state: { ...state, page, session, error: false, warning: [] },
    events,
    focus: 'heading',
    moved: record ? { from: state.page, to: page } : null,
  };
}

/** Takes the answers chosen on the page shown and moves on. */
function answer(state: JourneyState, chosen: Answers): JourneyStep {
  const before = state.session;
  // A page with a question not answered yet is the first open page: then the page after it is the new first
  // open page, and one session shows both the result and where to go. After Back, the engine says which page
  // follows the one changed; after a Change, only the first open question matters.
  const wasOpen = before.page.some((asked) => !Object.hasOwn(state.answers, asked.id));
  const answers = { ...state.answers, ...chosen };
  const fresh = wasOpen || state.changing !== null;
  const after = sessionFor(answers, state.tailoring, fresh ? undefined : question(before.page[0].id));
  const { result } = after;
  const known = new Set(before.result.redFlags.map((flag) => flag.id));
  const signs = result.redFlags.filter((flag) => !known.has(flag.id)).map((flag) => flag.id);
  const raised: JourneyEvent[] = signs.length
    ? [{ name: 'triage-red-flag', detail: { flags: result.redFlags, urgency: result.urgency } }]
    : [];
  const answered = { ...state, answers, started: true };
  if (state.changing !== null) {
    // After a Change, ask any question the new answer opened, then return to the list; an emergency goes
    // straight to the result (safety first).
    const emergency = result.urgency === 'emergency';
    const open = emergency ? null : after.current;
    const step = go({ ...answered, changing: open ? state.changing : null }, open ? question(open.id) : emergency ? { kind: 'result' } : { kind: 'check' }, after);
    return { ...step, events: [...raised, ...step.events] };
  }
  // After Back, the questions already answered come before new ones.
  const next = wasOpen ? pageOf(after) : after.next ? question(after.next.id) : { kind: 'result' as const };
  const step = go(answered, next, fresh ? after : null);
  // A warning sign is said once, where it arises: on top of the next question (an emergency sign ends them).
  const warning = step.state.page.kind === 'question' ? signs : [];
  return {
    ...step,
    state: { ...step.state, warning },
    events: [...raised, ...step.events],
    focus: warning.length ? 'warning' : step.focus,
  };
}

/**
 * The next state of the journey for a person's action (or the host's answers), and what follows from it: the
 * events to fire, where focus goes and the move to record. Pure and DOM-free: the element renders
 * `state.session` and dispatches to this; every clinical decision about the flow is made here or in the engine.
 */
export function journey(state: JourneyState, action: JourneyAction): JourneyStep {
  const stay = (changes: Partial<JourneyState>, focus: JourneyStep['focus']): JourneyStep => ({
    state: { ...state, ...changes },
    events: [],
    focus,
    moved: null,
  });
  switch (action.type) {
    case 'start':
      return stay({ started: true }, 'heading');
    case 'continue':
      return action.chosen ? answer(state, action.chosen) : stay({ error: true }, 'error');
    case 'back':
      return state.session.previous ? go(state, question(state.session.previous.id), null) : stay({}, null);
    case 'change':
      return go({ ...state, changing: action.question }, question(action.question), null);
    case 'check-answers':
      return go(state, { kind: 'check' }, null);
    case 'get-help':
      return go(state, { kind: 'result' }, null);
    case 'carry-on':
      return stay({ warning: [] }, 'heading');
    case 'open-questions': {
      const fresh = sessionFor(state.answers, state.tailoring);
      return go({ ...state, changing: null }, pageOf(fresh), fresh);
    }
    case 'tailor': {
      const fresh = sessionFor(state.answers, true);
      return go({ ...state, tailoring: true, planBefore: state.session.result.plan }, pageOf(fresh), fresh);
    }
    case 'restart':
      return { state: startJourney(), events: [{ name: 'triage-restart', detail: {} }], focus: 'heading', moved: null };
    case 'set-answers': {
      const { answers } = action;
      // Answers to the plan questions mean the person (or the host) chose to tailor the plan.
      const tailoring = Object.keys(answers).some((id) => planQuestionIds.has(id));
      const session = sessionFor(answers, tailoring);
      const started = state.started || Object.keys(answers).length > 0;
      const planBefore = tailoring ? state.planBefore : null;
      return stay({ answers, started, tailoring, planBefore, page: pageOf(session), session, error: false, warning: [] }, null);
    }
    case 'show':
      return go(state, action.page, null, false);
  }
}
