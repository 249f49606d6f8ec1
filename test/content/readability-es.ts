/**
 * Reading ease of Spanish text: the Fernández-Huerta formula.
 *
 * No maintained npm package implements a Spanish readability formula, so the
 * formula is here and the syllables come from the Spanish hyphenation patterns
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

interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

// The package is CommonJS without types; these tests run in Node only.
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/es') as Hyphenator;

export interface SpanishCounts {
  sentence: number;
  word: number;
  syllable: number;
}

const STRONG = 'aeoáéó';
const STRESSED_WEAK = 'íú';

/** Words as readers see them: placeholders like {count} read as one short number. */
function wordsOf(text: string): string[] {
  return text
    .replace(/\{[a-z]+\}/g, 'diez')
    .split(/[\s/]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

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

export function spanishCountsOf(texts: readonly string[]): SpanishCounts {
  const counts: SpanishCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const text of texts) {
    const sentences = text.split(/[.!?:;]+(?:\s+|$)/).filter((part) => wordsOf(part).length > 0);
    counts.sentence += Math.max(1, sentences.length);
    for (const word of wordsOf(text)) {
      counts.word += 1;
      counts.syllable += spanishSyllables(word);
    }
  }
  return counts;
}

/** Fernández-Huerta reading ease of one or more texts read together: higher is easier. */
export function fernandezHuerta(...texts: string[]): number {
  const { sentence, word, syllable } = spanishCountsOf(texts);
  if (word === 0) return 100;
  return 206.84 - 0.6 * ((100 * syllable) / word) - 1.02 * (word / sentence);
}
