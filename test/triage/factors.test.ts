import { describe, expect, it } from 'vitest';
import { triage, type RankedFactor } from '../../src/triage/index.js';

/** A factor as the result lists it, in short: [id, score, confidence]. */
const short = (factor: RankedFactor) => [factor.id, factor.score, factor.confidence];
const factorsFor = (answers: Record<string, string>) => triage(answers).factors.map(short);

describe('factor confidence at each threshold (likely from 4, possible from 2)', () => {
  const cases: { name: string; answers: Record<string, string>; factors: (string | number)[][] }[] = [
    { name: 'one weak answer: 1, less likely', answers: { 'core-exercise': 'sometimes' }, factors: [['weak-core', 1, 'less-likely']] },
    { name: 'one moderate answer: exactly 2, possible', answers: { 'core-exercise': 'rarely' }, factors: [['weak-core', 2, 'possible']] },
    {
      name: 'one strong answer: 3, possible; a weak one for a second factor',
      answers: { 'hip-tightness': 'yes' },
      factors: [
        ['tight-hip-flexors', 3, 'possible'],
        ['walking-posture', 1, 'less-likely'],
      ],
    },
    {
      name: 'two moderate answers: exactly 4, likely',
      answers: { 'core-exercise': 'rarely', 'walk-onset': 'builds-gradually' },
      factors: [
        ['weak-core', 4, 'likely'],
        ['degenerative-disc', 1, 'less-likely'],
      ],
    },
    { name: 'only an answer against: -1, less likely', answers: { 'hip-tightness': 'no' }, factors: [['tight-hip-flexors', -1, 'less-likely']] },
    {
      name: 'equal scores rank by id',
      answers: { 'legs-involved': 'one-leg', 'walk-onset': 'same-distance' },
      factors: [
        ['leg-circulation', 2, 'possible'],
        ['sciatica', 2, 'possible'],
      ],
    },
  ];
  for (const { name, answers, factors } of cases) {
    it(name, () => expect(factorsFor(answers)).to.deep.equal(factors));
  }

  it('splits the answers into those for and against a factor', () => {
    const stenosis = triage({ 'legs-involved': 'both-legs', 'leg-location': 'below-knee', 'standing-brings-on': 'no' }).factors.find(
      (factor) => factor.id === 'spinal-stenosis',
    );
    expect(stenosis?.for).to.deep.equal([{ question: 'legs-involved', option: 'both-legs' }]);
    expect(stenosis?.against).to.deep.equal([{ question: 'standing-brings-on', option: 'no' }]);
  });
});

describe('urgency from a factor exactly at its threshold', () => {
  it('books an appointment for spinal stenosis at exactly 4: the shopping-cart sign at age 50 to 59', () => {
    const result = triage({ 'shopping-cart': 'yes', age: '50-to-59' });
    expect(result.factors.map(short)[0]).to.deep.equal(['spinal-stenosis', 4, 'likely']);
    expect(result.urgency).to.equal('routine');
    // In the order the factor lists its evidence.
    expect(result.urgencyReasons).to.deep.equal([
      { question: 'shopping-cart', option: 'yes' },
      { question: 'age', option: '50-to-59' },
    ]);
  });

  it('gives self-care for spinal stenosis that is only possible', () => {
    const result = triage({ 'shopping-cart': 'yes' });
    expect(result.factors.map(short)).to.deep.equal([['spinal-stenosis', 3, 'possible']]);
    expect(result.urgency).to.equal('self-care');
  });

  it('books an appointment for leg circulation at exactly 2: the same walking distance each time', () => {
    const result = triage({ 'legs-involved': 'one-leg', 'walk-onset': 'same-distance' });
    expect(result.urgency).to.equal('routine');
    expect(result.urgencyReasons).to.deep.equal([{ question: 'walk-onset', option: 'same-distance' }]);
  });

  it('gives self-care when leg circulation is only less likely', () => {
    const result = triage({ 'legs-involved': 'one-leg', 'leg-location': 'below-knee', 'leg-feeling': 'cramping' });
    expect(result.factors.map(short)).to.deep.equal([
      ['sciatica', 5, 'likely'],
      ['leg-circulation', 1, 'less-likely'],
    ]);
    expect(result.urgency).to.equal('self-care');
  });
});

describe('confidence caps for a look-alike', () => {
  it('lowers likely to possible, notes the circulation and books a check', () => {
    const result = triage({
      'legs-involved': 'both-legs',
      'leg-location': 'buttock-or-thigh',
      'standing-brings-on': 'yes',
      'what-eases': 'standing-still',
      'shopping-cart': 'yes',
    });
    const stenosis = result.factors.find((factor) => factor.id === 'spinal-stenosis');
    expect(stenosis && [...short(stenosis), stenosis.notes]).to.deep.equal(['spinal-stenosis', 5, 'possible', ['check-circulation']]);
    expect(result.urgency).to.equal('routine');
    expect(result.urgencyReasons).to.deep.equal([{ question: 'what-eases', option: 'standing-still' }]);
  });

  it('counts no narrow-spine "yes" against poor circulation, so the cap never stands alone', () => {
    // Issue 23: standing and the shopping trolley no longer count against leg circulation, which the
    // relief from standing still makes at least possible whenever the cap applies.
    const result = triage({
      'legs-involved': 'both-legs',
      'leg-location': 'below-knee',
      'standing-brings-on': 'yes',
      'what-eases': 'standing-still',
      'shopping-cart': 'yes',
      'circulation-risk': 'no',
    });
    expect(result.factors.map(short)).to.deep.equal([
      ['leg-circulation', 3, 'possible'],
      ['spinal-stenosis', 3, 'possible'],
      ['sciatica', 2, 'possible'],
    ]);
    expect(result.urgency).to.equal('routine');
    expect(result.urgencyReasons).to.deep.equal([{ question: 'what-eases', option: 'standing-still' }]);
    const low = triage({ 'legs-involved': 'one-leg', 'what-eases': 'standing-still' }).factors.find(
      (factor) => factor.id === 'spinal-stenosis',
    );
    expect(low && [...short(low), low.notes]).to.deep.equal(['spinal-stenosis', -3, 'less-likely', ['check-circulation']]);
  });
});
