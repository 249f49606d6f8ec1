// Spanish reading level and completeness. Runs in Node, where the hyphenation package's CommonJS loads as it is.
import { describe, it } from 'vitest';
import { expect } from 'chai';
import { en } from '../../src/content/locales/en.js';
import { es } from '../../src/content/locales/es.js';
import { readingLevelExceptionsEs, sameAsEnglish } from '../content/reading-level-exceptions-es.js';
import { fernandezHuerta, fernandezHuertaOf, inflesz, spanishCountsOf, spanishSyllables } from '../content/readability-es.js';
import { piecesOf, textsOf, type TextEntry } from '../content/text-walk.js';

/** "Normal" on the Fernández-Huerta scale, about US grade 7-8. */
const MIN_EASE = 60;
/** Where "normal" starts on the INFLESZ scale (55-65); below is "somewhat hard". */
const MIN_INFLESZ = 55;
/** Below this many words a formula says little, so a string is read with its piece. */
const MIN_WORDS_ALONE = 8;

const entries = textsOf(es);
const excepted = new Set(readingLevelExceptionsEs.map((exception) => exception.path));

const tooHard = (ease: number, perspicuity: number): boolean => ease < MIN_EASE || perspicuity < MIN_INFLESZ;

function describeEase(entry: TextEntry): string {
  const piece = { texts: [entry.text] };
  return `${entry.path} scores ${fernandezHuertaOf(piece).toFixed(1)} (Fernández-Huerta) / ${inflesz(piece).toFixed(1)} (INFLESZ): "${entry.text}"`;
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
    expect(spanishCountsOf({ texts: ['¿Le duele la espalda? Pare un rato ya.'] })).to.deep.equal({ sentence: 2, word: 8, syllable: 13 });
    expect(spanishCountsOf({ texts: ['Pare: no siga caminando ahora.'] }).sentence, 'a colon ends no sentence').to.equal(1);
  });
});

describe(`reading level of the Spanish content (Fernández-Huerta ${MIN_EASE}+, INFLESZ ${MIN_INFLESZ}+)`, () => {
  const hard = 'La discopatía degenerativa intervertebral requiere una evaluación multidisciplinaria exhaustiva.';

  it('scores plain text high and hard text low on both scales, so the check can fail', () => {
    const plain = { texts: ['Pare y siéntese un rato. Luego siga caminando.'] };
    expect(fernandezHuertaOf(plain)).to.be.at.least(MIN_EASE);
    expect(inflesz(plain)).to.be.at.least(MIN_INFLESZ);
    expect(fernandezHuerta(hard)).to.be.below(MIN_EASE);
    expect(inflesz({ texts: [hard] })).to.be.below(MIN_INFLESZ);
  });

  it('computes INFLESZ as Szigriszt-Pazos: 206.835 − 62.3 · syllables/words − words/sentences', () => {
    const piece = { texts: ['¿Le duele la espalda? Pare un rato ya.'] };
    expect(inflesz(piece)).to.be.closeTo(206.835 - (62.3 * 13) / 8 - 8 / 2, 1e-9);
  });

  it(`has every string of ${MIN_WORDS_ALONE} or more words, as written, at or above both floors`, () => {
    const failing = entries.filter((entry) => {
      const piece = { texts: [entry.text] };
      return (
        !excepted.has(entry.path) &&
        spanishCountsOf(piece).word >= MIN_WORDS_ALONE &&
        tooHard(fernandezHuertaOf(piece), inflesz(piece))
      );
    });
    expect(failing.map(describeEase)).to.deep.equal([]);
  });

  it('has every piece (a question with its hint and options, a sign, an exercise) at or above both floors', () => {
    const failing = [...piecesOf(entries, excepted)]
      .map(([piece, texts]) => ({ piece, ease: fernandezHuertaOf(texts), perspicuity: inflesz(texts) }))
      .filter(({ ease, perspicuity }) => tooHard(ease, perspicuity))
      .map(({ piece, ease, perspicuity }) => `${piece} scores ${ease.toFixed(1)} / ${perspicuity.toFixed(1)}`);
    expect(failing).to.deep.equal([]);
  });

  it('lists only exceptions that exist, are still needed, and give a reason', () => {
    for (const { path, reason } of readingLevelExceptionsEs) {
      const entry = entries.find((candidate) => candidate.path === path);
      expect(entry, `${path} exists`).to.not.equal(undefined);
      expect(reason.length, `${path} has a reason`).to.be.above(20);
      const piece = { texts: [entry?.text ?? ''] };
      expect(tooHard(fernandezHuertaOf(piece), inflesz(piece)), `${path} still needs its exception`).to.equal(true);
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
