// Spanish reading level and completeness. Runs in Node, where the hyphenation package's CommonJS loads as it is.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { en } from '../../src/content/locales/en.js';
import { es } from '../../src/content/locales/es.js';
import { readingLevelExceptionsEs, sameAsEnglish } from '../content/reading-level-exceptions-es.js';
import { fernandezHuerta, spanishCountsOf, spanishSyllables } from '../content/readability-es.js';
import { piecesOf, textsOf, type TextEntry } from '../content/text-walk.js';

/** "Normal" on the Fernández-Huerta scale, about US grade 7-8. */
const MIN_EASE = 60;
/** Below this many words a formula says little, so a string is read with its piece. */
const MIN_WORDS_ALONE = 8;

const entries = textsOf(es);
const excepted = new Set(readingLevelExceptionsEs.map((exception) => exception.path));

function describeEase(entry: TextEntry): string {
  return `${entry.path} scores ${fernandezHuerta(entry.text).toFixed(1)}: "${entry.text}"`;
}

describe('Spanish syllable count (hyphen/es patterns, split at vowel hiatus)', () => {
  it('counts the syllables of words hyphenation alone gets wrong', () => {
    const words = { agua: 2, día: 2, leer: 2, ahora: 3, orinar: 3, músculos: 3, oído: 3, hoy: 1, y: 1 };
    for (const [word, syllables] of Object.entries(words)) {
      expect(spanishSyllables(word), word).to.equal(syllables);
    }
  });

  it('counts diphthongs, silent u and long words as Spanish reads them', () => {
    const words = { ciática: 3, huevo: 2, queso: 2, guerra: 2, pingüino: 3, fisioterapeuta: 6, claudicación: 4 };
    for (const [word, syllables] of Object.entries(words)) {
      expect(spanishSyllables(word), word).to.equal(syllables);
    }
  });

  it('counts words and sentences', () => {
    expect(spanishCountsOf(['¿Le duele? Pare ya.'])).to.deep.equal({ sentence: 2, word: 4, syllable: 6 });
  });
});

describe(`reading level of the Spanish content (Fernández-Huerta, ${MIN_EASE} or more)`, () => {
  it('scores plain text high and hard text low, so the check can fail', () => {
    expect(fernandezHuerta('Pare. Siéntese un rato. Luego siga.')).to.be.at.least(MIN_EASE);
    expect(
      fernandezHuerta(
        'La discopatía degenerativa intervertebral requiere una evaluación multidisciplinaria exhaustiva.',
      ),
    ).to.be.below(MIN_EASE);
  });

  it(`has every string of ${MIN_WORDS_ALONE} or more words at ${MIN_EASE} or above`, () => {
    const tooHard = entries.filter(
      (entry) =>
        !excepted.has(entry.path) &&
        spanishCountsOf([entry.text]).word >= MIN_WORDS_ALONE &&
        fernandezHuerta(entry.text) < MIN_EASE,
    );
    expect(tooHard.map(describeEase)).to.deep.equal([]);
  });

  it(`has every piece, read as a whole, at ${MIN_EASE} or above`, () => {
    const tooHard = [...piecesOf(entries, excepted)]
      .map(([piece, texts]) => ({ piece, ease: fernandezHuerta(...texts) }))
      .filter(({ ease }) => ease < MIN_EASE)
      .map(({ piece, ease }) => `${piece} scores ${ease.toFixed(1)}`);
    expect(tooHard).to.deep.equal([]);
  });

  it('lists only exceptions that exist, are still needed, and give a reason', () => {
    for (const { path, reason } of readingLevelExceptionsEs) {
      const entry = entries.find((candidate) => candidate.path === path);
      expect(entry, `${path} exists`).to.not.equal(undefined);
      expect(reason.length, `${path} has a reason`).to.be.above(20);
      expect(fernandezHuerta(entry?.text ?? ''), `${path} still needs its exception`).to.be.below(MIN_EASE);
    }
  });
});

describe('Spanish is complete', () => {
  const english = textsOf(en);

  it('has exactly the same keys as English, at every depth', () => {
    expect(entries.map((entry) => entry.path).sort()).to.deep.equal(english.map((entry) => entry.path).sort());
    expect(es.locale).to.equal('es');
  });

  it('translates every string, except words that are the same in Spanish', () => {
    const spanish = new Map(entries.map((entry) => [entry.path, entry.text]));
    const untranslated = english
      .filter((entry) => spanish.get(entry.path) === entry.text && !sameAsEnglish.has(entry.text))
      .map((entry) => `${entry.path}: "${entry.text}"`);
    expect(untranslated).to.deep.equal([]);
  });

  it('keeps every placeholder of the English string', () => {
    const spanish = new Map(entries.map((entry) => [entry.path, entry.text]));
    const placeholders = (text: string): string[] => (text.match(/\{[a-z]+\}/g) ?? []).sort();
    const changed = english
      .filter((entry) => placeholders(entry.text).join() !== placeholders(spanish.get(entry.path) ?? '').join())
      .map((entry) => entry.path);
    expect(changed).to.deep.equal([]);
  });
});
