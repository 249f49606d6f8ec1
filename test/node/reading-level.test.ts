// Reading level needs no browser: it runs in Node, where the readability packages' CommonJS parts load as they are.
import { describe, it } from 'vitest';
import { expect } from 'chai';
import { en } from '../../src/content/locales/en.js';
import { readingLevelExceptions } from '../content/reading-level-exceptions.js';
import {
  cmuSyllables,
  cmuSyllablesOrUndefined,
  countsOf,
  gradeOf,
  gradeOfPiece,
  gradesOf,
  rulesSyllables,
} from '../content/readability.js';
import { sentenceCount } from '../content/sentences.js';
import { piecesOf, textsOf, type TextEntry } from '../content/text-walk.js';

const MAX_GRADE = 8;
/** Below this many words a grade formula says little, so a string is read with its piece. */
const MIN_WORDS_ALONE = 8;

const entries = textsOf(en);
const excepted = new Set(readingLevelExceptions.map((exception) => exception.path));

function describeGrade(entry: TextEntry): string {
  const { rules, cmu } = gradesOf({ texts: [entry.text] });
  return `${entry.path} is grade ${rules.toFixed(1)} (rules) / ${cmu.toFixed(1)} (CMU): "${entry.text}"`;
}

describe('how English text is counted (textstat sentence rule, two syllable sources)', () => {
  it('ends a sentence only at . ! or ?, never at a colon or semicolon', () => {
    expect(sentenceCount('Feeling a bit sore is normal: hurt does not equal harm.')).to.equal(1);
    expect(sentenceCount('Rest for a bit; then walk again slowly.')).to.equal(1);
    expect(sentenceCount('Sit down for a bit. Is it better now? Then walk again!')).to.equal(3);
  });

  it('does not count a fragment of 2 words or fewer as a sentence, as textstat does', () => {
    expect(sentenceCount('Sit down. Rest your back for a while.')).to.equal(1);
    expect(sentenceCount('Relax.')).to.equal(1);
  });

  it('reads short answer options as words of the question, not as sentences of their own', () => {
    const question = { texts: ['When your legs hurt on a walk, what makes them feel better?'] };
    const short = { ...question, labels: ['Yes', 'No', 'My calf'] };
    expect(countsOf(short)).to.include({ sentence: 1, word: 12 + 4 });
    expect(gradeOfPiece(short), 'harder than if each label were a sentence').to.be.above(gradeOf(...question.texts, ...short.labels));
    const clauses = { ...question, labels: ['Yes, in one leg, and it is new', 'No, only in my back'] };
    expect(countsOf(clauses).sentence, 'an option written as a clause reads as one').to.equal(3);
  });

  it('takes syllables from the CMU pronouncing dictionary, and from rules for words it lacks', () => {
    expect(cmuSyllablesOrUndefined('area')).to.equal(3);
    expect(cmuSyllablesOrUndefined('poem')).to.equal(2);
    expect(cmuSyllablesOrUndefined('evening'), 'the shorter of two ways to say it').to.equal(2);
    expect(cmuSyllablesOrUndefined('multifidus')).to.equal(undefined);
    expect(cmuSyllables('multifidus')).to.equal(rulesSyllables('multifidus'));
    expect(cmuSyllables('knee-to-chest')).to.equal(3);
  });

  it('scores a text by the stricter of the two sources', () => {
    const piece = { texts: ['Read the poem in the area by the door, then rest a bit.'] };
    const { rules, cmu } = gradesOf(piece);
    expect(cmu).to.not.equal(rules);
    expect(gradeOfPiece(piece)).to.equal(Math.max(rules, cmu));
  });
});

describe('reading level of the English content (Flesch-Kincaid, US grade)', () => {
  it('scores plain text low and hard text high, so the check can fail', () => {
    expect(gradeOf('Sit down and rest a bit. Then walk again.')).to.be.below(MAX_GRADE);
    expect(
      gradeOf('Degenerative intervertebral discopathy necessitates comprehensive multidisciplinary evaluation.'),
    ).to.be.above(MAX_GRADE);
  });

  it(`has every string of ${MIN_WORDS_ALONE} or more words, as written, at grade ${MAX_GRADE} or below`, () => {
    const tooHard = entries.filter(
      (entry) =>
        !excepted.has(entry.path) &&
        countsOf({ texts: [entry.text] }).word >= MIN_WORDS_ALONE &&
        gradeOf(entry.text) > MAX_GRADE,
    );
    expect(tooHard.map(describeGrade)).to.deep.equal([]);
  });

  it(`has every piece (a question with its hint and options, a sign, an exercise) at grade ${MAX_GRADE} or below`, () => {
    const tooHard = [...piecesOf(entries, excepted)]
      .map(([piece, texts]) => ({ piece, grade: gradeOfPiece(texts) }))
      .filter(({ grade }) => grade > MAX_GRADE)
      .map(({ piece, grade }) => `${piece} is grade ${grade.toFixed(1)}`);
    expect(tooHard).to.deep.equal([]);
  });

  it('lists only exceptions that exist, are still needed, and give a reason', () => {
    const paths = new Set(entries.map((entry) => entry.path));
    for (const { path, reason } of readingLevelExceptions) {
      expect(paths.has(path), `${path} exists`).to.equal(true);
      expect(reason.length, `${path} has a reason`).to.be.above(20);
      const entry = entries.find((candidate) => candidate.path === path);
      expect(gradeOf(entry?.text ?? ''), `${path} still needs its exception`).to.be.above(MAX_GRADE);
    }
  });
});
