import { describe, expect, it } from 'vitest';
import { redFlagRules, type Question } from '../../src/content/index.js';
import { partsOf } from '../../src/triage/conditions.js';
import { changeMark, journey, startJourney, type JourneyAction, type JourneyState, type JourneyStep } from '../../src/triage/journey.js';
import { triage } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/types.js';

/** A sure answer that raises no warning sign. */
const calm = (question: Question): string =>
  question.options.find((option) => !('notSure' in option) && !triage({ [question.id]: option.id }).redFlags.length)!.id;

/** The page shown answered calmly, except where `given` says otherwise. */
const chosenOn = (state: JourneyState, given: Answers = {}): Answers =>
  Object.fromEntries(state.session.page.map((question) => [question.id, given[question.id] ?? calm(question)]));

const names = (step: JourneyStep) => step.events.map((event) => event.name);

/** Dispatches the actions in turn from `state`, returning every step. */
function run(state: JourneyState, actions: readonly JourneyAction[]): JourneyStep[] {
  const steps: JourneyStep[] = [];
  for (const action of actions) {
    const step = journey(steps.at(-1)?.state ?? state, action);
    steps.push(step);
  }
  return steps;
}

/** Continues on every page until the result, answering calmly except where `given` says otherwise. */
function walk(given: Answers = {}, from: JourneyState = startJourney()): JourneyStep[] {
  const steps: JourneyStep[] = [];
  for (let state = from; state.page.kind === 'question'; state = steps.at(-1)!.state) {
    expect(steps.length, 'the walk ends').to.be.below(40);
    steps.push(journey(state, { type: 'continue', chosen: chosenOn(state, given) }));
  }
  return steps;
}

const emergencySign = redFlagRules.find((rule) => rule.urgencyAlone === 'emergency' && !rule.unsure)!;
const emergencyAnswers = Object.fromEntries(partsOf(emergencySign.when).map((part) => [part.question, part.anyOf[0]]));

describe('the journey: each action gives the next state and the events to fire', () => {
  it('starts at the first question with nothing answered, on the session worked out ahead', () => {
    const state = startJourney();
    expect(state.page).to.deep.equal({ kind: 'question', id: 'bladder-bowel' });
    expect(state.answers).to.deep.equal({});
    expect(state.session.current?.id).to.equal('bladder-bowel');
  });

  it('Continue with nothing chosen shows the error, moves nowhere and fires nothing', () => {
    const step = journey(startJourney(), { type: 'continue', chosen: null });
    expect(step.state.error).to.equal(true);
    expect(step.state.page).to.deep.equal(startJourney().page);
    expect(step).to.include({ focus: 'error', moved: null });
    expect(step.events).to.deep.equal([]);
    // The next move clears it.
    expect(journey(step.state, { type: 'continue', chosen: chosenOn(step.state) }).state.error).to.equal(false);
  });

  it('a calm walk: one step-change a page, counting up, then triage-complete with the answers that count', () => {
    const steps = walk();
    const questionSteps = steps.slice(0, -1);
    questionSteps.forEach((step, position) => {
      expect(names(step)).to.deep.equal(['triage-step-change']);
      const [event] = step.events;
      expect(event.detail).to.deep.equal({ questionId: (step.state.page as { id: string }).id, ...step.state.session.progress });
      expect(step.state.session.progress.index).to.equal(position + 2);
      expect(step.focus).to.equal('heading');
    });
    const last = steps.at(-1)!;
    expect(last.state.page).to.deep.equal({ kind: 'result' });
    expect(last.state.session.result).to.deep.equal(triage(last.state.answers));
    expect(last.events).to.deep.equal([
      { name: 'triage-complete', detail: { result: last.state.session.result, answers: last.state.session.result.answersThatCount } },
    ]);
    // Every move is the person's, recorded from the page before.
    steps.forEach((step, i) => expect(step.moved).to.deep.equal({ from: i ? steps[i - 1].state.page : startJourney().page, to: step.state.page }));
  });

  it('Back shows the page before; Continue there goes on to the page after it, already answered', () => {
    const [, second, third] = walk();
    const back = journey(third.state, { type: 'back' });
    expect(back.state.page).to.deep.equal(second.state.page);
    expect(names(back)).to.deep.equal(['triage-step-change']);
    const again = journey(back.state, { type: 'continue', chosen: chosenOn(back.state) });
    expect(again.state.page).to.deep.equal(third.state.page);
    // No Back from the first page.
    const start = journey(startJourney(), { type: 'back' });
    expect(start).to.deep.include({ events: [], moved: null });
    expect(start.state.page).to.deep.equal(startJourney().page);
  });

  it('an answer that means "see a doctor today" raises the warning on top of the next question, once', () => {
    const steps = walk({ fever: 'yes' });
    const raisedAt = steps.findIndex((step) => step.state.warning.length);
    const step = steps[raisedAt];
    expect(step.state.answers.fever).to.equal('yes');
    // It names the signs that answer raised, and only those.
    const before = steps[raisedAt - 1].state.session.result.redFlags.map((flag) => flag.id);
    expect(step.state.warning).to.deep.equal(step.state.session.result.redFlags.map((flag) => flag.id).filter((id) => !before.includes(id)));
    expect(step.state.warning).to.not.deep.equal([]);
    expect(step.state.page.kind).to.equal('question');
    expect(step.focus).to.equal('warning');
    expect(names(step)).to.deep.equal(['triage-red-flag', 'triage-step-change']);
    expect(step.events[0].detail).to.deep.include({ urgency: 'urgent' });
    // Each sign is said once: no sign is in two warnings.
    const said = steps.flatMap((later) => later.state.warning);
    expect(said).to.deep.equal([...new Set(said)]);
    const carryOn = journey(step.state, { type: 'carry-on' });
    expect(carryOn.state.warning).to.deep.equal([]);
    expect(carryOn).to.deep.include({ focus: 'heading', events: [], moved: null });
    const getHelp = journey(step.state, { type: 'get-help' });
    expect(getHelp.state.page).to.deep.equal({ kind: 'result' });
    expect(getHelp.state.session.result.complete).to.equal(false);
    expect(names(getHelp)).to.deep.equal(['triage-complete']);
  });

  it('an emergency sign ends the questions at once, with no warning in between', () => {
    const steps = walk(emergencyAnswers);
    const last = steps.at(-1)!;
    expect(last.state.session.result.urgency).to.equal('emergency');
    expect(names(last)).to.deep.equal(['triage-red-flag', 'triage-complete']);
    expect(steps.some((step) => step.state.warning.length)).to.equal(false);
  });

  describe('Change on the check page', () => {
    const atResult = walk({ 'legs-involved': 'none' }).at(-1)!.state;
    const checking = journey(atResult, { type: 'check-answers' });

    it('shows the check page, then the question to change', () => {
      expect(checking.state.page).to.deep.equal({ kind: 'check' });
      expect(checking.events).to.deep.equal([]);
      const change = journey(checking.state, { type: 'change', question: 'legs-involved' });
      expect(change.state).to.deep.include({ page: { kind: 'question', id: 'legs-involved' }, changing: 'legs-involved' });
      expect(changeMark(change.state)).to.equal('changing');
      expect(changeMark(checking.state)).to.equal(null);
      expect(names(change)).to.deep.equal(['triage-step-change']);
    });

    it('returns to the list once nothing new is open', () => {
      const [, changed] = run(checking.state, [
        { type: 'change', question: 'legs-involved' },
        { type: 'continue', chosen: { 'legs-involved': 'none' } },
      ]);
      expect(changed.state).to.deep.include({ page: { kind: 'check' }, changing: null });
    });

    it('asks each question the new answer opened first', () => {
      let step = run(checking.state, [
        { type: 'change', question: 'legs-involved' },
        { type: 'continue', chosen: { 'legs-involved': 'one-leg' } },
      ])[1];
      expect(step.state).to.deep.include({ page: { kind: 'question', id: 'leg-location' }, changing: 'legs-involved' });
      // The question the new answer brought in says why it is asked.
      expect(changeMark(step.state)).to.equal('new');
      while (step.state.page.kind === 'question') step = journey(step.state, { type: 'continue', chosen: chosenOn(step.state) });
      expect(step.state).to.deep.include({ page: { kind: 'check' }, changing: null });
      expect(step.state.session.result.answersThatCount).to.include({ 'legs-involved': 'one-leg' });
    });

    it('goes straight to the result when the new answer is an emergency sign', () => {
      const [question] = Object.keys(emergencyAnswers);
      const [, changed] = run(checking.state, [
        { type: 'change', question },
        { type: 'continue', chosen: chosenOn(journey(checking.state, { type: 'change', question }).state, emergencyAnswers) },
      ]);
      expect(changed.state).to.deep.include({ page: { kind: 'result' }, changing: null });
      expect(changed.state.session.result.urgency).to.equal('emergency');
      expect(names(changed)).to.deep.equal(['triage-red-flag', 'triage-complete']);
    });
  });

  it('Tailor my plan asks the background questions, then gives the result again', () => {
    const atResult = walk().at(-1)!.state;
    const tailor = journey(atResult, { type: 'tailor' });
    expect(tailor.state.tailoring).to.equal(true);
    // The plan as it was, so the result can say what the answers added.
    expect(tailor.state.planBefore).to.deep.equal(atResult.session.result.plan);
    expect(atResult.session.result.planQuestions).to.include(tailor.state.session.current?.id);
    expect(names(tailor)).to.deep.equal(['triage-step-change']);
    const end = walk({}, tailor.state).at(-1)!;
    expect(end.state.page).to.deep.equal({ kind: 'result' });
    expect(end.state.session.result.planQuestions).to.deep.equal([]);
  });

  it('Start again clears everything and fires triage-restart', () => {
    const atResult = walk({ fever: 'yes' }).at(-1)!.state;
    const restart = journey({ ...atResult, changing: 'fever' }, { type: 'restart' });
    expect(restart.state).to.deep.equal(startJourney());
    expect(restart.events).to.deep.equal([{ name: 'triage-restart', detail: {} }]);
    expect(restart.focus).to.equal('heading');
  });

  it("the host's answers show the first open question, or the result, and fire nothing", () => {
    const some = journey(startJourney(), { type: 'set-answers', answers: { 'bladder-bowel': 'no' } });
    expect(some.state.page).to.deep.equal({ kind: 'question', id: 'saddle-numbness' });
    expect(some).to.deep.include({ events: [], moved: null, focus: null });
    const all = walk().at(-1)!.state.answers;
    expect(journey(startJourney(), { type: 'set-answers', answers: all }).state.page).to.deep.equal({ kind: 'result' });
    // An answer to a background question means the plan is being tailored.
    const background = journey(startJourney(), { type: 'set-answers', answers: { ...all, 'sitting-most-of-day': 'yes' } });
    expect(background.state.tailoring).to.equal(true);
    // Answers given stand for "Start now"; taking them away does not bring the start page back.
    expect(some.state.started).to.equal(true);
    expect(journey(some.state, { type: 'set-answers', answers: {} }).state.started).to.equal(true);
    expect(journey(startJourney(), { type: 'set-answers', answers: {} }).state.started).to.equal(false);
  });

  it('Start now shows the first question, focused, and moves nowhere else', () => {
    const step = journey(startJourney(), { type: 'start' });
    expect(step.state).to.deep.equal({ ...startJourney(), started: true });
    expect(step).to.deep.include({ events: [], moved: null, focus: 'heading' });
    // Answering counts as started too (a start page turned on later does not cover the questions).
    expect(walk()[0].state.started).to.equal(true);
  });

  it('a page from the browser history is shown without being recorded; one that no longer applies gives the first open', () => {
    const [first, second] = walk();
    const shown = journey(second.state, { type: 'show', page: first.state.page });
    expect(shown.state.page).to.deep.equal(first.state.page);
    expect(shown.moved).to.equal(null);
    const stale = journey(second.state, { type: 'show', page: { kind: 'question', id: 'leg-location' } });
    expect(stale.state.page).to.deep.equal(second.state.page);
  });
});
