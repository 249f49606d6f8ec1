import { describe, expect, it } from 'vitest';
import { nextQuestion, questionsToAsk, triage, validateAnswers } from '../../src/triage/index.js';
import { warningSigns } from '../../src/triage/warning-signs.js';
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

  it('gives every warning sign a list of raised signs may hold, with the urgency it gives on its own', () => {
    // Age counts only next to another sign, and "I'm not sure" is an answer, not a sign: neither has an urgency alone.
    expect(Object.entries(warningSigns)).to.deep.equal([
      ['bladder-bowel-change', 'emergency'],
      ['bladder-bowel-unsure', null],
      ['saddle-numbness', 'emergency'],
      ['saddle-numbness-unsure', null],
      ['new-both-legs', 'emergency'],
      ['both-legs-weeks', 'urgent'],
      ['both-legs-pain', 'emergency'],
      ['both-legs-pain-unsure', null],
      ['new-leg-nerve-symptoms', 'urgent'],
      ['leg-nerve-symptoms-unsure', null],
      ['foot-drop', 'urgent'],
      ['foot-drop-unsure', null],
      ['fever', 'urgent'],
      ['fever-unsure', null],
      ['infection-risk', 'urgent'],
      ['infection-risk-unsure', null],
      ['past-drug-injection', 'routine'],
      ['past-drug-injection-unsure', null],
      ['cancer-history', 'urgent'],
      ['cancer-history-unsure', null],
      ['weight-loss', 'routine'],
      ['weight-loss-over-60', 'urgent'],
      ['weight-loss-unsure', null],
      ['night-pain', 'routine'],
      ['night-pain-unsure', null],
      ['age-under-20', null],
      ['age-over-50', null],
      ['major-trauma', 'emergency'],
      ['significant-fall', 'urgent'],
      ['minor-injury-weak-bones', 'urgent'],
      ['minor-injury-bone-risk-unsure', null],
      ['pain-not-easing', 'routine'],
      ['pain-persisting', 'routine'],
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
