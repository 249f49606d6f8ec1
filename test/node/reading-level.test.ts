// Reading level needs no browser: it runs in Node, where the readability packages' CommonJS parts load as they are.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { en } from '../../src/content/locales/en.js';
import { readingLevelExceptions } from '../content/reading-level-exceptions.js';
import { countsOf, gradeOf } from '../content/readability.js';
import { piecesOf, textsOf, type TextEntry } from '../content/text-walk.js';

const MAX_GRADE = 8;
/** Below this many words a grade formula says little, so a string is read with its piece. */
const MIN_WORDS_ALONE = 8;

const entries = textsOf(en);
const excepted = new Set(readingLevelExceptions.map((exception) => exception.path));

function describeGrade(entry: TextEntry): string {
  return `${entry.path} is grade ${gradeOf(entry.text).toFixed(1)}: "${entry.text}"`;
}

describe('reading level of the English content (Flesch-Kincaid, US grade)', () => {
  it('scores plain text low and hard text high, so the check can fail', () => {
    expect(gradeOf('Sit down. Rest a bit. Then walk.')).to.be.below(MAX_GRADE);
    expect(
      gradeOf('Degenerative intervertebral discopathy necessitates comprehensive multidisciplinary evaluation.'),
    ).to.be.above(MAX_GRADE);
  });

  it(`has every string of ${MIN_WORDS_ALONE} or more words at grade ${MAX_GRADE} or below`, () => {
    const tooHard = entries.filter(
      (entry) =>
        !excepted.has(entry.path) &&
        countsOf([entry.text]).word >= MIN_WORDS_ALONE &&
        gradeOf(entry.text) > MAX_GRADE,
    );
    expect(tooHard.map(describeGrade)).to.deep.equal([]);
  });

  it(`has every piece, read as a whole, at grade ${MAX_GRADE} or below`, () => {
    const tooHard = [...piecesOf(entries, excepted)]
      .map(([piece, texts]) => ({ piece, grade: gradeOf(...texts) }))
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
