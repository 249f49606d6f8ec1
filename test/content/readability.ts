/**
 * Flesch-Kincaid grade of English text, with syllables from two sources: the
 * `syllable` package (rules and exceptions) and the CMU pronouncing dictionary
 * (`cmu-pronouncing-dictionary`, 134,000 words as spoken). A text's grade is
 * the higher of the two, so neither source's blind spot lets a hard text pass.
 */
import { dictionary } from 'cmu-pronouncing-dictionary';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { countsWith, type Counts, type Piece } from './sentences.js';

export type { Counts, Piece };

/** A number reads as one or two syllables ("6", "48"). */
const numberSyllables = (word: string): number | undefined =>
  /^\d+$/.test(word) ? (word.length > 1 ? 2 : 1) : undefined;

/** Hyphenated words count by their parts. */
const byParts = (word: string, count: (part: string) => number): number =>
  numberSyllables(word) ?? word.split('-').reduce((sum, part) => sum + Math.max(1, count(part)), 0);

export function rulesSyllables(word: string): number {
  return byParts(word, syllable);
}

/**
 * CMU pronunciations mark each vowel sound with a stress digit: one digit, one
 * syllable. A word said more than one way ("every", "every(2)") counts its
 * shortest way.
 */
export function cmuSyllablesOrUndefined(word: string): number | undefined {
  const key = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  const counts = [key, `${key}(2)`, `${key}(3)`]
    .filter((variant) => Object.hasOwn(dictionary, variant))
    .map((variant) => (dictionary[variant].match(/\d/g) ?? []).length);
  return counts.length ? Math.min(...counts) : undefined;
}

/** The dictionary's count, or the rules' count for a word the dictionary lacks (e.g. "multifidus"). */
export function cmuSyllables(word: string): number {
  return byParts(word, (part) => cmuSyllablesOrUndefined(part) ?? syllable(part));
}

const countsBy = (syllablesOf: (word: string) => number, piece: Piece): Counts =>
  countsWith(syllablesOf, 'it', piece);

export const countsOf = (piece: Piece): Counts => countsBy(rulesSyllables, piece);

/** The US school grade of each source for one piece. */
export function gradesOf(piece: Piece): { rules: number; cmu: number } {
  return { rules: fleschKincaid(countsBy(rulesSyllables, piece)), cmu: fleschKincaid(countsBy(cmuSyllables, piece)) };
}

/** US school grade (Flesch-Kincaid) of one piece: the stricter of the two syllable sources. */
export function gradeOfPiece(piece: Piece): number {
  const { rules, cmu } = gradesOf(piece);
  return Math.max(rules, cmu);
}

/** US school grade of one or more strings, each read as written. */
export function gradeOf(...texts: string[]): number {
  return gradeOfPiece({ texts });
}
