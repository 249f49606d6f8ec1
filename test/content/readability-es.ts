/**
 * Reading ease of Spanish text: the Fernández-Huerta formula and INFLESZ
 * (Szigriszt-Pazos), the scale Spanish health services use for patient text.
 *
 * No maintained npm package implements a Spanish readability formula, so the
 * formulas are here and the syllables come from the Spanish hyphenation patterns
 * of the maintained `hyphen` package.
 *
 * Fernández Huerta J. (1959), "Medidas sencillas de lecturabilidad", Consigna 214: 29-32,
 * an adaptation of Flesch Reading Ease:
 *   L = 206.84 − 0.60·P − 1.02·F
 *   P = syllables per 100 words, F = words per sentence.
 * Many copies define F as "sentences per 100 words", which scores short sentences
 * as harder; Gwillim Law (2011, LINGUIST List 22.2332) showed that is a
 * transcription error, and Flesch's own term is words per sentence.
 * Scale: 60-70 "normal" (school years 7-8), 70-80 "fairly easy", 80+ "easy".
 */
import { createRequire } from 'node:module';
import { countsWith, type Counts, type Piece } from './sentences.js';

export type { Counts, Piece };

interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

// The package is CommonJS without types; these tests run in Node only.
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/es') as Hyphenator;

const STRONG = 'aeoáéó';
const STRESSED_WEAK = 'íú';

/**
 * Syllables in one hyphenation piece. Hyphenation keeps some syllables together
 * on purpose (it never leaves one vowel alone at a word's edge, and never splits
 * two vowels: "agua", "día", "leer"), so each vowel group is split where Spanish
 * says two syllables: two strong vowels, or a stressed í/ú next to a vowel.
 */
function syllablesInPiece(piece: string): number {
  const letters = piece
    .toLowerCase()
    // The u in que, qui, gue, gui is silent.
    .replace(/([qg])u([eiéí])/g, '$1$2')
    // A y at the end of a piece or alone is a vowel (hoy, muy, y).
    .replace(/y$/, 'i');
  const groups = letters.match(/[aeiouáéíóúü]+/g) ?? [];
  let count = 0;
  for (const group of groups) {
    count += 1;
    for (let i = 1; i < group.length; i += 1) {
      const [before, after] = [group[i - 1], group[i]];
      const hiatus =
        (STRONG.includes(before) && STRONG.includes(after)) ||
        STRESSED_WEAK.includes(before) ||
        STRESSED_WEAK.includes(after) ||
        before === after;
      if (hiatus) count += 1;
    }
  }
  return Math.max(1, count);
}

/** Syllables in one word; a number reads as a short Spanish number word. */
export function spanishSyllables(word: string): number {
  if (/^\d+$/.test(word)) return word.length > 1 ? 3 : 2;
  return hyphenateSync(word, { hyphenChar: '-', minWordLength: 1 })
    .split('-')
    .filter((piece) => piece.length > 0)
    .reduce((sum, piece) => sum + syllablesInPiece(piece), 0);
}

export const spanishCountsOf = (piece: Piece): Counts => countsWith(spanishSyllables, 'diez', piece);

/** Fernández-Huerta reading ease of one piece: higher is easier. */
export function fernandezHuertaOf(piece: Piece): number {
  const { sentence, word, syllable } = spanishCountsOf(piece);
  if (word === 0) return 100;
  return 206.84 - 0.6 * ((100 * syllable) / word) - 1.02 * (word / sentence);
}

/** Fernández-Huerta reading ease of one or more strings, each read as written. */
export function fernandezHuerta(...texts: string[]): number {
  return fernandezHuertaOf({ texts });
}

/**
 * INFLESZ: Szigriszt-Pazos perspicuity, P = 206.835 − 62.3·(syllables/words) − words/sentence
 * (Szigriszt Pazos F., 1993, thesis, Universidad Complutense de Madrid), with the INFLESZ
 * scale of Barrio-Cantalejo et al. (2008, Anales Sist Sanit Navar 31(2):135-152):
 * under 40 very hard, 40-55 somewhat hard, 55-65 normal, 65-80 fairly easy, over 80 very easy.
 */
export function inflesz(piece: Piece): number {
  const { sentence, word, syllable } = spanishCountsOf(piece);
  if (word === 0) return 100;
  return 206.835 - (62.3 * syllable) / word - word / sentence;
}
