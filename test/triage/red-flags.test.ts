import { describe, expect, it } from 'vitest';
import { redFlagRules, type AnswerCondition, type Condition, type RedFlagRule, type UrgencyId } from '../../src/content/index.js';
import { triage } from '../../src/triage/index.js';

const partsOf = (condition: Condition): readonly AnswerCondition[] =>
  'allOf' in condition ? condition.allOf : [condition];
/** Answers that raise a sign: the first listed option of each part of its condition. */
const answersRaising = (rule: RedFlagRule): Record<string, string> =>
  Object.fromEntries(partsOf(rule.when).map((part) => [part.question, part.anyOf[0]]));
const questionsOf = (rule: RedFlagRule) => partsOf(rule.when).map((part) => part.question);
/** The raised flags as the person and the clinician summary see them, in order. */
const flagsFor = (answers: Record<string, string>) =>
  triage(answers).redFlags.map(({ id, suspect, urgency }) => ({ id, suspect, urgency }));

/**
 * The combination rules, written out here rather than read from the content, so a change to a sign's
 * urgency in the content fails a test (CLINICAL.md red-flag table). null: never raised alone.
 */
const signs: Record<string, { suspect: string; alone: UrgencyId | null; withOthers: UrgencyId }> = {
  // GIRFT pathway (CSP 2024): both legs for more than about 2 weeks, not changing: an urgent referral.
  'both-legs-weeks': { suspect: 'cauda-equina', alone: 'urgent', withOthers: 'urgent' },
  'new-leg-nerve-symptoms': { suspect: 'nerve-root-compression', alone: 'urgent', withOthers: 'urgent' },
  'foot-drop': { suspect: 'nerve-root-compression', alone: 'urgent', withOthers: 'urgent' },
  fever: { suspect: 'spinal-infection', alone: 'urgent', withOthers: 'urgent' },
  'infection-risk': { suspect: 'spinal-infection', alone: 'urgent', withOthers: 'urgent' },
  // A single weak flag (Verhagen 2016; IFOMPT 2020).
  'past-drug-injection': { suspect: 'spinal-infection', alone: 'routine', withOthers: 'urgent' },
  'cancer-history': { suspect: 'cancer', alone: 'urgent', withOthers: 'urgent' },
  'weight-loss': { suspect: 'cancer', alone: 'routine', withOthers: 'urgent' },
  'night-pain': { suspect: 'cancer-or-infection', alone: 'routine', withOthers: 'urgent' },
  'age-under-20': { suspect: 'serious-spinal-pathology', alone: null, withOthers: 'urgent' },
  'age-over-50': { suspect: 'cancer', alone: null, withOthers: 'urgent' },
  'significant-fall': { suspect: 'fracture', alone: 'urgent', withOthers: 'urgent' },
  'minor-injury-weak-bones': { suspect: 'fracture', alone: 'urgent', withOthers: 'urgent' },
  'pain-not-easing': { suspect: 'unspecified', alone: 'routine', withOthers: 'urgent' },
  'pain-persisting': { suspect: 'unspecified', alone: 'routine', withOthers: 'urgent' },
};
/** Pairs that are one weak sign together (notASecondSignFor): new pain at an age that counts, and pain that lasts. */
const oneWeakSign = new Set(['age-under-20+pain-not-easing', 'age-over-50+pain-not-easing']);
/** "I'm not sure" answers: a check, at the same level alone or with others, never counting as another sign. */
const unsureSigns: Record<string, { suspect: string; urgency: UrgencyId }> = {
  'bladder-bowel-unsure': { suspect: 'cauda-equina', urgency: 'urgent' },
  'saddle-numbness-unsure': { suspect: 'cauda-equina', urgency: 'urgent' },
  'both-legs-pain-unsure': { suspect: 'cauda-equina', urgency: 'urgent' },
  'leg-nerve-symptoms-unsure': { suspect: 'nerve-root-compression', urgency: 'urgent' },
  'foot-drop-unsure': { suspect: 'nerve-root-compression', urgency: 'routine' },
  'fever-unsure': { suspect: 'spinal-infection', urgency: 'routine' },
  'infection-risk-unsure': { suspect: 'spinal-infection', urgency: 'routine' },
  'past-drug-injection-unsure': { suspect: 'spinal-infection', urgency: 'routine' },
  'cancer-history-unsure': { suspect: 'cancer', urgency: 'routine' },
  'weight-loss-unsure': { suspect: 'cancer', urgency: 'routine' },
  'night-pain-unsure': { suspect: 'cancer-or-infection', urgency: 'routine' },
  'minor-injury-bone-risk-unsure': { suspect: 'fracture', urgency: 'routine' },
};
const emergencySigns: Record<string, string> = {
  'bladder-bowel-change': 'cauda-equina',
  'saddle-numbness': 'cauda-equina',
  'new-both-legs': 'cauda-equina',
  'both-legs-pain': 'cauda-equina',
  'major-trauma': 'fracture',
};

const ruleOf = (id: string): RedFlagRule => {
  const rule = redFlagRules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no warning sign ${id}`);
  return rule;
};

describe('warning signs: the combination rules', () => {
  it('covers every warning sign in the content, each in one table', () => {
    const listed = [...Object.keys(signs), ...Object.keys(unsureSigns), ...Object.keys(emergencySigns), 'weight-loss-over-60'];
    expect(listed.sort()).to.deep.equal(redFlagRules.map((rule) => rule.id).sort());
  });

  for (const [id, sign] of Object.entries(signs)) {
    it(`${id} alone: ${sign.alone ?? 'not raised'}`, () => {
      const result = triage(answersRaising(ruleOf(id)));
      expect(flagsFor(answersRaising(ruleOf(id)))).to.deep.equal(
        sign.alone ? [{ id, suspect: sign.suspect, urgency: sign.alone }] : [],
      );
      expect(result.urgency).to.equal(sign.alone ?? 'self-care');
    });
  }

  const ids = Object.keys(signs);
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]));
  for (const [a, b] of pairs) {
    // Two answers to one question cannot both be given.
    if (questionsOf(ruleOf(a)).some((question) => questionsOf(ruleOf(b)).includes(question))) continue;
    if (oneWeakSign.has(`${a}+${b}`)) continue;
    it(`${a} with ${b}: each at its level with others, urgent overall`, () => {
      const answers = { ...answersRaising(ruleOf(a)), ...answersRaising(ruleOf(b)) };
      // Equal urgency keeps the content order.
      expect(flagsFor(answers)).to.deep.equal(
        [a, b].map((id) => ({ id, suspect: signs[id].suspect, urgency: signs[id].withOthers })),
      );
      expect(triage(answers).urgency).to.equal('urgent');
    });
  }

  // Issue 23: the NICE red-flag lists and NG12 ask only for a GP's assessment for new pain over 50 (or
  // under 20) that is not getting better; another sign still makes both urgent.
  for (const [age, sign] of [['under-20', 'age-under-20'], ['60-or-over', 'age-over-50']]) {
    for (const [course, start, lasting] of [
      ['not-easing', 'new-recent', 'pain-not-easing'],
      ['about-the-same', 'new-months', 'pain-persisting'],
      ['about-the-same', 'not-sure', 'pain-persisting'],
    ]) {
      it(`${sign} with ${lasting} (${start}): one weak sign, routine; with night pain, urgent`, () => {
        const answers = { age, 'pain-start': start, 'pain-course': course };
        expect(flagsFor(answers)).to.deep.equal([{ id: lasting, suspect: 'unspecified', urgency: 'routine' }]);
        expect(triage(answers).urgency).to.equal('routine');
        const withNightPain = { ...answers, 'night-pain': 'yes' };
        expect(flagsFor(withNightPain).map((flag) => [flag.id, flag.urgency])).to.have.deep.members([
          ['night-pain', 'urgent'],
          [sign, 'urgent'],
          [lasting, 'urgent'],
        ]);
      });
    }
  }

  // NICE NG12 (pancreatic cancer): back pain and weight loss at 60 or over ask for a scan within 2 weeks.
  for (const start of ['new-recent', 'new-months', 'returning', 'long-standing', 'not-sure']) {
    it(`weight-loss-over-60: urgent with the weight loss it rests on, pain ${start}`, () => {
      const answers = { 'weight-loss': 'yes', age: '60-or-over', 'pain-start': start, 'pain-course': 'easing' };
      const flags = flagsFor(answers).filter((flag) => flag.id !== 'age-over-50');
      expect(flags).to.deep.equal([
        { id: 'weight-loss', suspect: 'cancer', urgency: 'urgent' },
        { id: 'weight-loss-over-60', suspect: 'cancer', urgency: 'urgent' },
      ]);
      expect(triage(answers).urgency).to.equal('urgent');
    });
  }
  it('weight-loss-over-60: not before 60, nor with weight loss unsure', () => {
    for (const age of ['under-20', '20-to-49', '50-to-59']) {
      expect(flagsFor({ 'weight-loss': 'yes', age, 'pain-start': 'long-standing' }).map((flag) => flag.id), age).to.deep.equal(['weight-loss']);
    }
    expect(flagsFor({ 'weight-loss': 'not-sure', age: '60-or-over', 'pain-start': 'long-standing' }).map((flag) => flag.id)).to.deep.equal(['weight-loss-unsure']);
  });

  for (const [id, { suspect, urgency }] of Object.entries(unsureSigns)) {
    it(`${id}: ${urgency}, and it does not make a weak sign count as combined`, () => {
      const unsure = answersRaising(ruleOf(id));
      expect(flagsFor(unsure)).to.deep.equal([{ id, suspect, urgency }]);
      expect(triage(unsure).urgency).to.equal(urgency);
      // Age counts only next to a sign the person has; weight loss stays at its level alone.
      const withAge = { ...unsure, age: '60-or-over', 'pain-start': 'new-recent' };
      expect(flagsFor(withAge)).to.deep.equal([{ id, suspect, urgency }]);
      const withWeightLoss = flagsFor({ ...unsure, 'weight-loss': 'yes' });
      expect(withWeightLoss.find((flag) => flag.id === 'weight-loss')?.urgency).to.equal('routine');
    });
  }

  for (const [id, suspect] of Object.entries(emergencySigns)) {
    it(`${id}: emergency alone and first next to another sign`, () => {
      const sign = answersRaising(ruleOf(id));
      expect(flagsFor(sign)).to.deep.equal([{ id, suspect, urgency: 'emergency' }]);
      expect(flagsFor({ 'weight-loss': 'yes', ...sign })).to.deep.equal([
        { id, suspect, urgency: 'emergency' },
        { id: 'weight-loss', suspect: 'cancer', urgency: 'urgent' },
      ]);
      expect(triage(sign).urgency).to.equal('emergency');
    });
  }
});

describe('warning signs: the order they are shown in', () => {
  it('lists the most urgent first, then in content order, with the answers behind each', () => {
    const answers = {
      'pain-course': 'getting-worse',
      'night-pain': 'yes',
      'foot-drop': 'not-sure',
      'cancer-history': 'yes',
      age: '50-to-59',
      'pain-start': 'not-sure',
    };
    expect(flagsFor(answers)).to.deep.equal([
      { id: 'cancer-history', suspect: 'cancer', urgency: 'urgent' },
      { id: 'night-pain', suspect: 'cancer-or-infection', urgency: 'urgent' },
      { id: 'age-over-50', suspect: 'cancer', urgency: 'urgent' },
      { id: 'pain-not-easing', suspect: 'unspecified', urgency: 'urgent' },
      { id: 'foot-drop-unsure', suspect: 'nerve-root-compression', urgency: 'routine' },
    ]);
    const age = triage(answers).redFlags.find((flag) => flag.id === 'age-over-50');
    expect(age?.answers).to.deep.equal([
      { question: 'age', option: '50-to-59' },
      { question: 'pain-start', option: 'not-sure' },
    ]);
    expect(age?.sources.map((source) => source.id)).to.deep.equal(['nice-cks-back-pain', 'nice-ng12', 'verhagen-2016', 'ifompt-finucane-2020']);
  });

  it('puts a routine sign after an urgent one that comes later in the content', () => {
    expect(flagsFor({ 'weight-loss': 'not-sure', injury: 'significant-fall' })).to.deep.equal([
      { id: 'significant-fall', suspect: 'fracture', urgency: 'urgent' },
      { id: 'weight-loss-unsure', suspect: 'cancer', urgency: 'routine' },
    ]);
  });
});
