/**
 * How the reading-level formulas split text, shared by English and Spanish.
 * It follows textstat (the Python scorer health editors use): only . ! and ?
 * end a sentence (a colon or semicolon does not), and a "sentence" of 2 words
 * or fewer does not count as one (textstat's `sentence_count`), so short
 * fragments cannot pull a score down.
 */

/** Words as readers see them: a placeholder like {count} reads as one short word. */
export function wordsOf(text: string, placeholder: string): string[] {
  return text
    .replace(/\{[a-z]+\}/g, placeholder)
    .split(/[\s/]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/** Sentences by textstat's rule, which may be 0 for a short label like "Yes". */
const sentencesIn = (text: string): number =>
  text.split(/[.!?]+(?:\s+|$)/).filter((part) => wordsOf(part, 'x').length > 2).length;

/** Sentences in one string as written, by textstat's rule; at least 1. */
export function sentenceCount(text: string): number {
  return Math.max(1, sentencesIn(text));
}

/** A type alias, not an interface, so it fits the flesch-kincaid package's index-signature type. */
export type Counts = {
  sentence: number;
  word: number;
  syllable: number;
};

/**
 * What a person reads as one unit: strings, each at least one sentence, and
 * labels (answer options). A label is a list item, not prose: a short one
 * ("Yes", "In my calf") adds its words but no sentence, so one-word options
 * cannot make a question look easy, while an option written as a clause
 * ("Yes, in one leg, and it is new") is read as the sentence it is.
 */
export interface Piece {
  texts: readonly string[];
  labels?: readonly string[];
}

export function countsWith(syllablesOf: (word: string) => number, placeholder: string, piece: Piece): Counts {
  const counts: Counts = { sentence: 0, word: 0, syllable: 0 };
  for (const text of [...piece.texts, ...(piece.labels ?? [])]) {
    for (const word of wordsOf(text, placeholder)) {
      counts.word += 1;
      counts.syllable += syllablesOf(word);
    }
  }
  for (const text of piece.texts) counts.sentence += sentenceCount(text);
  for (const label of piece.labels ?? []) counts.sentence += sentencesIn(label);
  counts.sentence = Math.max(1, counts.sentence);
  return counts;
}
