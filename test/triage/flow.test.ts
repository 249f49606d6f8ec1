import { describe, expect, it } from 'vitest';
import { questions, redFlagRules, type Question } from '../../src/content/index.js';
import { nextQuestion, questionsToAsk, triage } from '../../src/triage/index.js';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

/** The first option of a question that raises no warning sign. */
const harmlessOption = (question: Question): string =>
  question.options.find((option) => !triage({ [question.id]: option.id }).redFlags.length)?.id ?? '';

/** Answers every question in turn with a harmless option, as a well person clicking through would. */
function walk(): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let next = nextQuestion(answers); next; next = nextQuestion(answers)) {
    expect(answers, `${next.id} asked twice`).to.not.have.property(next.id);
    answers[next.id] = harmlessOption(next);
  }
  return answers;
}

describe('question flow', () => {
  it('starts with the warning-sign questions, before walking and background ones', () => {
    const kinds = questionsToAsk({}).map((question) => question.kind);
    const firstOther = kinds.findIndex((kind) => kind !== 'red-flag');
    expect(firstOther).to.be.greaterThan(0);
    expect(kinds.slice(firstOther)).to.not.include('red-flag');
    expect(nextQuestion({})?.id).to.equal('bladder-bowel');
  });

  it('asks exactly these questions, in this order, before and after the answers that call for follow-ups', () => {
    const first = ['bladder-bowel', 'saddle-numbness', 'leg-nerve-symptoms', 'both-legs-pain', 'injury', 'fever', 'infection-risk', 'past-drug-injection', 'cancer-history'];
    const background = ['sitting-most-of-day', 'hip-tightness', 'hamstring-tightness', 'core-exercise', 'foot-roll', 'walking-posture', 'shoes'];
    expect(ids(questionsToAsk({}))).to.deep.equal([
      ...first,
      ...['weight-loss', 'night-pain', 'age', 'pain-start', 'pain-course'],
      ...['legs-involved', 'shopping-cart', 'walk-onset', 'load-worse'],
      ...background,
    ]);
    const followUps = { 'leg-nerve-symptoms': 'not-sure', injury: 'minor-injury', 'legs-involved': 'both-legs', 'leg-location': 'not-sure' };
    expect(ids(questionsToAsk(followUps))).to.deep.equal([
      ...['bladder-bowel', 'saddle-numbness', 'leg-nerve-symptoms', 'both-legs-pain', 'injury', 'foot-drop', 'fever', 'infection-risk'],
      ...['past-drug-injection', 'cancer-history'],
      ...['weight-loss', 'night-pain', 'bone-risk', 'age', 'pain-start', 'pain-course'],
      ...['legs-involved', 'leg-location', 'what-eases', 'standing-brings-on', 'shopping-cart', 'circulation-risk'],
      ...['walk-onset', 'leg-feeling', 'load-worse'],
      ...background,
    ]);
  });

  it('skips follow-up questions until the answer that calls for them', () => {
    expect(ids(questionsToAsk({}))).to.not.include.members(['foot-drop', 'bone-risk', 'leg-location', 'what-eases']);
    expect(ids(questionsToAsk({ 'leg-nerve-symptoms': 'none' }))).to.not.include('foot-drop');
    expect(ids(questionsToAsk({ 'leg-nerve-symptoms': 'long-standing' }))).to.include('foot-drop');
    expect(ids(questionsToAsk({ injury: 'none' }))).to.not.include('bone-risk');
    expect(ids(questionsToAsk({ injury: 'minor-injury' }))).to.include('bone-risk');
    const oneLeg = ids(questionsToAsk({ 'legs-involved': 'one-leg' }));
    expect(oneLeg).to.include.members(['leg-location', 'standing-brings-on', 'what-eases']);
    expect(oneLeg).to.not.include.members(['leg-feeling', 'circulation-risk']);
    const calf = ids(questionsToAsk({ 'legs-involved': 'one-leg', 'leg-location': 'calf-cramp' }));
    expect(calf).to.include('circulation-risk');
    expect(calf).to.not.include('leg-feeling');
  });

  it('asks the next unanswered question, skipping answered ones', () => {
    expect(nextQuestion({ 'bladder-bowel': 'no' })?.id).to.equal('saddle-numbness');
    expect(nextQuestion({ 'saddle-numbness': 'no' })?.id).to.equal('bladder-bowel');
    // An answer that is not an option does not count as answered.
    expect(nextQuestion({ 'bladder-bowel': 'perhaps' })?.id).to.equal('bladder-bowel');
  });

  it('walks to the end when nothing is wrong, never asking a question twice', () => {
    const answers = walk();
    const asked = Object.keys(answers);
    expect(asked[asked.length - 1]).to.equal(questions[questions.length - 1].id);
    expect(asked).to.deep.equal(ids(questionsToAsk(answers)));
    const result = triage(answers);
    expect(result).to.include({ complete: true, urgency: 'self-care' });
    expect(result.unknown).to.deep.equal([]);
  });

  for (const rule of redFlagRules.filter((r) => r.urgencyAlone === 'emergency')) {
    it(`stops at once when ${rule.id} is answered`, () => {
      const part = 'allOf' in rule.when ? rule.when.allOf[0] : rule.when;
      const answers = { [part.question]: part.anyOf[0] };
      expect(questionsToAsk(answers)).to.deep.equal([]);
      expect(nextQuestion(answers)).to.equal(null);
      const result = triage(answers);
      expect(result).to.include({ urgency: 'emergency', complete: true });
      expect(result.unknown).to.deep.equal([]);
    });
  }

  it('does not stop for a warning sign that is not an emergency', () => {
    expect(nextQuestion({ 'bladder-bowel': 'no', 'saddle-numbness': 'no', fever: 'yes' })?.id).to.equal(
      'leg-nerve-symptoms',
    );
  });
});

describe('partial answers', () => {
  it('gives a valid result for no answers at all, listing every first question as unknown or for the plan', () => {
    const result = triage({});
    expect(result).to.include({ urgency: 'self-care', complete: false });
    expect([...result.unknown, ...result.planQuestions]).to.deep.equal(ids(questionsToAsk({})));
    expect(result.planQuestions).to.deep.equal(ids(questionsToAsk({}).filter((question) => question.kind === 'background')));
    expect(result.redFlags).to.deep.equal([]);
    expect(result.factors).to.deep.equal([]);
    expect(result.plan.exercises).to.have.length(3);
    expect(result.plan.selfCare.length).to.be.greaterThan(2);
  });

  it('lists only the relevant questions still unanswered', () => {
    const result = triage({ 'bladder-bowel': 'no', 'legs-involved': 'none', 'hip-tightness': 'yes' });
    expect(result.complete).to.equal(false);
    expect(result.unknown).to.not.include.members(['bladder-bowel', 'legs-involved', 'hip-tightness']);
    expect(result.unknown).to.not.include.members(['leg-location', 'what-eases', 'foot-drop']);
    expect(result.unknown).to.include.members(['saddle-numbness', 'shopping-cart']);
    // Background questions only tailor the plan: they are offered, not missing.
    expect(result.planQuestions).to.include('shoes');
    expect(result.unknown).to.not.include('shoes');
    expect(result.factors[0].id).to.equal('tight-hip-flexors');
  });

  it('drops invalid answers but keeps the valid ones', () => {
    const result = triage({ fever: 'yes', age: 'ancient', colour: 'blue' });
    expect(result.answers).to.deep.equal({ fever: 'yes' });
    expect(result.urgency).to.equal('urgent');
  });

  it('uses an answer to a follow-up even when its lead question is missing (safety first)', () => {
    const result = triage({ 'foot-drop': 'yes' });
    expect(result.urgency).to.equal('urgent');
    expect(ids(result.redFlags)).to.deep.equal(['foot-drop']);
  });

  describe('answers the person took back by changing an earlier answer', () => {
    const legAnswers = { 'legs-involved': 'one-leg', 'leg-location': 'below-knee', 'leg-feeling': 'sharp-burning-tingling' };
    const evidenceOf = (answers: Record<string, string>, factor: string) => {
      const found = triage(answers).factors.find((candidate) => candidate.id === factor);
      return found ? [...found.for, ...found.against].map((answer) => answer.question) : [];
    };

    it('count for contributing factors while their question applies', () => {
      expect(evidenceOf(legAnswers, 'sciatica')).to.include.members(['leg-location', 'leg-feeling']);
    });

    it('no longer count once the question stops applying, but are kept in the answers', () => {
      const changed = { ...legAnswers, 'legs-involved': 'none' };
      const evidence = evidenceOf(changed, 'sciatica');
      expect(evidence).to.not.include('leg-location');
      expect(evidence).to.not.include('leg-feeling');
      expect(triage(changed).answers['leg-location']).to.equal('below-knee');
    });

    it('are left out of the answers that count, which come in the order the check asks them', () => {
      const changed: Record<string, string> = { ...legAnswers, 'legs-involved': 'none' };
      // Given back to front: the order comes from the check, not from the caller.
      const counted = triage(Object.fromEntries(Object.entries(changed).reverse())).answersThatCount;
      const counting = questionsToAsk(changed).filter((question) => question.id in changed);
      expect(Object.entries(counted)).to.deep.equal(counting.map((question) => [question.id, changed[question.id]]));
      expect(counted).to.not.have.any.keys('leg-location', 'leg-feeling');
      expect(triage(legAnswers).answersThatCount).to.deep.equal(legAnswers);
    });

    it('take their follow-up questions out of the questions still to ask', () => {
      const changed = { ...legAnswers, 'legs-involved': 'none' };
      const asked = ids(questionsToAsk(changed));
      expect(asked).to.not.include.members(['leg-location', 'leg-feeling', 'circulation-risk']);
      expect(ids(questionsToAsk(legAnswers))).to.include.members(['leg-location', 'leg-feeling']);
    });

    it('never withdraw a warning sign', () => {
      const result = triage({ 'leg-nerve-symptoms': 'none', 'foot-drop': 'yes' });
      expect(ids(result.redFlags)).to.include('foot-drop');
      expect(result.urgency).to.equal('urgent');
    });
  });
});
