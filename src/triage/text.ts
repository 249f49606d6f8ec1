import type { FactorConfidence, UiKey } from '../content/index.js';

/** Fills `{name}` placeholders in a translated string; unknown placeholders stay visible so gaps are noticed. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The day in the person's own time zone, as year-month-day (ISO 8601): the summary's one date format, copied or
 * printed, the same in every language. Intl's long date read better but its first formatter cost 57 ms of the
 * first result step on a slow phone (`npm run bench`).
 */
export const calendarDate = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');

/** Confidence id -> its ui text key; a Record, so the compiler notices a new level. */
export const confidenceText: Record<FactorConfidence, UiKey> = {
  likely: 'confidence-likely',
  possible: 'confidence-possible',
  'less-likely': 'confidence-less-likely',
};

/**
 * A text's sentences, split after a full stop, question or exclamation mark that ends a word (so marks
 * on their own, such as the pseudo-locale's "[!!", do not end a sentence).
 */
export const sentences = (text: string): string[] =>
  text.split(/(?<=[\p{L}\p{N}\p{Pe}\p{Pf}"'][.!?]+)\s+/u).filter(Boolean);

/** A sentence without the marks around it (quotes, brackets, a pseudo-locale's "[!!"), to compare. */
const core = (sentence: string): string =>
  sentence.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}.!?]+$/u, '');

/**
 * The text without the sentences already said nearby, so each sentence appears once on a page. Only
 * whole sentences go; the marks that open and close the text stay.
 */
export function withoutRepeats(text: string, said: readonly string[]): string {
  const heard = new Set(said.flatMap(sentences).map(core));
  const all = sentences(text);
  const kept = all.filter((sentence) => {
    const plain = core(sentence);
    // A piece with no word before its last mark (a pseudo-locale's padding) is not a sentence.
    return !(/[\p{L}\p{N}\p{Pe}\p{Pf}"'][.!?]+$/u.test(plain) && heard.has(plain));
  });
  if (!kept.length) return '';
  // The marks before the first letter or digit: a pattern that may match nothing matches at the start.
  // Stryker disable next-line OptionalChaining,StringLiteral: a pattern that may match nothing always matches
  const opening = /[^\p{L}\p{N}]*/u.exec(text)?.[0] ?? '';
  // Stryker disable next-line OptionalChaining,StringLiteral: a pattern that may match nothing always matches
  const closing = /[^\p{L}\p{N}.!?]*$/u.exec(text)?.[0] ?? '';
  // Compared before either end changes: with one sentence left, it is both the first and the last.
  const firstDropped = kept[0] !== all[0];
  const lastDropped = kept.at(-1) !== all.at(-1);
  if (firstDropped) kept[0] = opening + kept[0];
  if (lastDropped) kept[kept.length - 1] += closing;
  return kept.join(' ');
}
