import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** A type alias, not an interface, so it fits the package's index-signature type. */
export type Counts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Words as readers see them: placeholders like {count} read as one short word. */
function wordsOf(text: string): string[] {
  return text
    .replace(/\{[a-z]+\}/g, 'it')
    .split(/[\s/]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/** Hyphenated words count by their parts; a number reads as one or two syllables. */
function syllablesOf(word: string): number {
  if (/^\d+$/.test(word)) return word.length > 1 ? 2 : 1;
  return word.split('-').reduce((sum, part) => sum + Math.max(1, syllable(part)), 0);
}

export function countsOf(texts: readonly string[]): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const text of texts) {
    const sentences = text.split(/[.!?:;]+(?:\s+|$)/).filter((part) => wordsOf(part).length > 0);
    counts.sentence += Math.max(1, sentences.length);
    for (const word of wordsOf(text)) {
      counts.word += 1;
      counts.syllable += syllablesOf(word);
    }
  }
  return counts;
}

/** US school grade (Flesch-Kincaid) of one or more texts read together. */
export function gradeOf(...texts: string[]): number {
  return fleschKincaid(countsOf(texts));
}
