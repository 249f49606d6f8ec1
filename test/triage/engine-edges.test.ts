import { expect } from '@open-wc/testing';
import { nextQuestion, questionsToAsk, triage, validateAnswers } from '../../src/triage/index.js';
import { signsOnTheirOwn, warningSignIds } from '../../src/triage/warning-signs.js';
import { resolveSources } from '../../src/triage/sources.js';

describe('engine edges', () => {
  it('reads only answers of its own, never ones inherited from a prototype', () => {
    const inherited = Object.create({ 'bladder-bowel': 'yes' }) as Record<string, string>;
    expect(nextQuestion(inherited)?.id).to.equal('bladder-bowel');
    expect(questionsToAsk(inherited)).to.not.be.empty;
  });

  it('gives each answer behind the urgency once, even when two rules rest on it', () => {
    // Leg circulation (likely) and the cap on spinal stenosis both call for a check on this one answer.
    const result = triage({ 'legs-involved': 'one-leg', 'what-eases': 'standing-still' });
    expect(result.urgency).to.equal('routine');
    expect(result.urgencyReasons).to.deep.equal([{ question: 'what-eases', option: 'standing-still' }]);
  });

  it('lists the signs that call for help on their own: no "not sure" answers, no age', () => {
    expect(signsOnTheirOwn).to.deep.equal([
      { id: 'bladder-bowel-change', urgency: 'emergency' },
      { id: 'saddle-numbness', urgency: 'emergency' },
      { id: 'both-legs-worsening', urgency: 'emergency' },
      { id: 'new-both-legs', urgency: 'emergency' },
      { id: 'new-leg-nerve-symptoms', urgency: 'urgent' },
      { id: 'foot-drop', urgency: 'urgent' },
      { id: 'fever', urgency: 'urgent' },
      { id: 'infection-risk', urgency: 'urgent' },
      { id: 'cancer-history', urgency: 'urgent' },
      { id: 'weight-loss', urgency: 'routine' },
      { id: 'night-pain', urgency: 'routine' },
      { id: 'major-trauma', urgency: 'emergency' },
      { id: 'significant-fall', urgency: 'urgent' },
      { id: 'minor-injury-weak-bones', urgency: 'urgent' },
      { id: 'pain-not-easing', urgency: 'routine' },
    ]);
  });

  it('knows every warning sign a list of raised signs may hold, the "not sure" ones and age too', () => {
    expect(warningSignIds).to.deep.equal([
      'bladder-bowel-change',
      'bladder-bowel-unsure',
      'saddle-numbness',
      'saddle-numbness-unsure',
      'both-legs-worsening',
      'new-both-legs',
      'new-leg-nerve-symptoms',
      'leg-nerve-symptoms-unsure',
      'foot-drop',
      'foot-drop-unsure',
      'fever',
      'fever-unsure',
      'infection-risk',
      'infection-risk-unsure',
      'cancer-history',
      'cancer-history-unsure',
      'weight-loss',
      'weight-loss-unsure',
      'night-pain',
      'night-pain-unsure',
      'age-under-20',
      'age-over-50',
      'major-trauma',
      'significant-fall',
      'minor-injury-weak-bones',
      'minor-injury-bone-risk-unsure',
      'pain-not-easing',
    ]);
  });
});

describe('engine edges, continued', () => {
  it('ranks factors with equal scores by id, whatever their order in the content', () => {
    const factors = triage({ 'foot-roll': 'roll-in', 'walking-posture': 'lean-forward' }).factors;
    expect(factors.map((factor) => [factor.id, factor.score])).to.deep.equal([
      ['gait', 3],
      ['walking-posture', 3],
      ['footwear', 1],
    ]);
  });

  it('skips a cited source id that is not in the list', () => {
    expect(resolveSources(['no-such-source', 'nice-ng59']).map((source) => source.id)).to.deep.equal(['nice-ng59']);
  });

  it('joins several problems into one message', () => {
    expect(validateAnswers({ colour: 'blue', age: 'old' }).error?.message).to.match(/valid question ids: .+; answers\["age"\] is "old"/);
  });
});
