// Properties for the edges of the rules found by the third clinical review (issue 23), each over random
// answers: they hold for every answer set, not only for the vignettes that pin the judgement calls.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { questions, URGENCY_LEVELS, type UrgencyId } from '../../src/content/index.js';
import { triage, type Answers } from '../../src/triage/index.js';
import { rankFactors } from '../../src/triage/factors.js';
import { validAnswers } from './arbitraries.js';
import { noWarningSigns } from './vignettes.data.js';

const numRuns = 300;
const rank = (urgency: UrgencyId): number => URGENCY_LEVELS.indexOf(urgency);
const without = (answers: Answers, ...ids: string[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));

const optionsOf = (id: string) => questions.find((question) => question.id === id)!.options.map((option) => option.id);
/** Any answers to the walking and background questions (some left out), with no warning sign, at any age, start and course. */
const calmWithAnyWalk = fc
  .tuple(
    validAnswers,
    fc.constantFrom(...optionsOf('age')),
    fc.constantFrom(...optionsOf('pain-start')),
    fc.constantFrom(...optionsOf('pain-course')),
  )
  .map(([any, age, start, course]) => ({
    ...Object.fromEntries(Object.entries(any).filter(([id]) => questions.find((q) => q.id === id)?.kind !== 'red-flag')),
    ...noWarningSigns,
    age,
    'pain-start': start,
    'pain-course': course,
  }));

const withYes = questions.filter((question) => question.options.some((option) => option.id === 'yes')).map((question) => question.id);

describe('clinical rule edges (issue 23)', () => {
  it('never lowers urgency when any "yes" replaces another answer or no answer', () => {
    const flip = fc.tuple(validAnswers, fc.constantFrom(...withYes)).chain(([base, question]) =>
      fc.constantFrom(...optionsOf(question).filter((option) => option !== 'yes'), undefined).map((other) => ({ base, question, other })),
    );
    fc.assert(
      fc.property(flip, ({ base, question, other }) => {
        const before = other === undefined ? without(base, question) : { ...base, [question]: other };
        const after = { ...base, [question]: 'yes' };
        expect(rank(triage(after).urgency), `${question}: ${other ?? 'no answer'} -> yes`).to.be.at.most(rank(triage(before).urgency));
      }),
      { numRuns: 600 },
    );
  });

  it('never lowers urgency when a walking-signs box is ticked, whatever the other walking answers', () => {
    const page = questions.filter((question) => question.page === 'walking-signs').map((question) => question.id);
    fc.assert(
      fc.property(calmWithAnyWalk, fc.constantFrom(...page), fc.constantFrom('no', 'not-sure'), (answers, question, other) => {
        const before = triage({ ...answers, [question]: other }).urgency;
        expect(rank(triage({ ...answers, [question]: 'yes' }).urgency), question).to.be.at.most(rank(before));
      }),
      { numRuns: 600 },
    );
  });

  it('gives emergency for new or worsening symptoms in both legs, and for new pain down both legs, whatever else', () => {
    const sign = fc.constantFrom<Answers>({ 'leg-nerve-symptoms': 'new-both-legs' }, { 'both-legs-pain': 'yes' });
    fc.assert(
      fc.property(validAnswers, sign, (base, answers) => {
        expect(triage({ ...base, ...answers }).urgency).to.equal('emergency');
      }),
      { numRuns },
    );
  });

  it('gives at least urgent, and not emergency by itself, for symptoms in both legs over 2 weeks that are not getting worse', () => {
    fc.assert(
      fc.property(calmWithAnyWalk, (calm) => {
        expect(triage({ ...calm, 'leg-nerve-symptoms': 'both-legs-weeks' }).urgency).to.equal('urgent');
      }),
      { numRuns },
    );
    fc.assert(
      fc.property(validAnswers, (base) => {
        expect(rank(triage({ ...base, 'leg-nerve-symptoms': 'both-legs-weeks' }).urgency)).to.be.at.most(rank('urgent'));
      }),
      { numRuns },
    );
  });

  it('asks a doctor today for "not sure" about new pain down both legs, whatever else', () => {
    fc.assert(
      fc.property(validAnswers, (base) => {
        const result = triage({ ...without(base, 'both-legs-pain'), 'both-legs-pain': 'not-sure' });
        expect(rank(result.urgency)).to.be.at.most(rank('urgent'));
      }),
      { numRuns },
    );
  });

  it('never gives more than routine for age, when the pain began and how it has been, with no other warning sign', () => {
    fc.assert(
      fc.property(calmWithAnyWalk, (answers) => {
        expect(triage(answers).urgency).to.not.be.oneOf(['urgent', 'emergency']);
      }),
      { numRuns: 600 },
    );
  });

  it('gives at least urgent for weight loss at 60 or over, whenever the pain began', () => {
    fc.assert(
      fc.property(validAnswers, (base) => {
        const result = triage({ ...base, 'weight-loss': 'yes', age: '60-or-over' });
        expect(rank(result.urgency)).to.be.at.most(rank('urgent'));
        if (result.urgency !== 'emergency') expect(result.redFlags.map((flag) => flag.id)).to.include('weight-loss-over-60');
      }),
      { numRuns },
    );
  });

  it('gives at least routine for pain about the same that began over 6 weeks ago, came back, or began at an unsure time', () => {
    const start = fc.constantFrom('new-months', 'returning', 'long-standing', 'not-sure', undefined);
    fc.assert(
      fc.property(validAnswers, start, (base, painStart) => {
        const answers = { ...without(base, 'pain-start'), 'pain-course': 'about-the-same', ...(painStart ? { 'pain-start': painStart } : {}) };
        expect(triage(answers).urgency).to.not.equal('self-care');
      }),
      { numRuns },
    );
  });

  it('gives routine, not urgent, for past drug injection with no other warning sign', () => {
    fc.assert(
      fc.property(calmWithAnyWalk, (calm) => {
        // Pain that lasts is the one other weak sign these answers may raise: then urgent, as two signs.
        const answers = { ...calm, 'past-drug-injection': 'yes', age: '20-to-49' };
        const flags = triage(answers).redFlags.map((flag) => flag.id);
        const urgency = triage(answers).urgency;
        if (flags.length === 1) expect(urgency).to.equal('routine');
        else expect(urgency).to.equal('urgent');
      }),
      { numRuns },
    );
  });

  it('holds every exercise whenever any listed factor asks for a circulation check', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = triage(answers);
        if (result.factors.some((factor) => factor.notes.includes('check-circulation'))) {
          expect(result.plan.exercises).to.deep.equal([]);
          expect(result.plan.cautions).to.include('wait-for-circulation-check');
        }
      }),
      { numRuns: 600 },
    );
  });

  it('counts long hours on your feet for footwear only with unsupportive shoes', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const footwear = rankFactors(answers).find(({ factor }) => factor.id === 'footwear')?.factor;
        const fromLoad = footwear?.for.some((evidence) => evidence.question === 'load-worse') ?? false;
        expect(fromLoad).to.equal(
          ['on-feet', 'both'].includes(answers['load-worse'] ?? '') && ['worn-out', 'no-arch-support', 'high-heels'].includes(answers.shoes ?? ''),
        );
      }),
      { numRuns },
    );
  });

  it('reads an unanswered start of the pain as "not sure": the same urgency and warning signs', () => {
    fc.assert(
      fc.property(validAnswers, (base) => {
        const unanswered = triage(without(base, 'pain-start'));
        const notSure = triage({ ...base, 'pain-start': 'not-sure' });
        expect(unanswered.urgency).to.equal(notSure.urgency);
        expect(unanswered.redFlags.map((flag) => [flag.id, flag.urgency])).to.deep.equal(
          notSure.redFlags.map((flag) => [flag.id, flag.urgency]),
        );
      }),
      { numRuns },
    );
  });
});
