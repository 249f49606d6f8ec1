import type { FactorConfidence, UiKey } from '../content/index.js';

/** Fills `{name}` placeholders in a translated string; unknown placeholders stay visible so gaps are noticed. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Confidence id -> its ui text key; a Record, so the compiler notices a new level. */
export const confidenceText: Record<FactorConfidence, UiKey> = {
  likely: 'confidence-likely',
  possible: 'confidence-possible',
  'less-likely': 'confidence-less-likely',
};

/** A text's sentences, split after a full stop, question or exclamation mark. */
export const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+/).filter(Boolean);

/** The text without the sentences already said nearby, so each sentence appears once on a page. */
export const withoutRepeats = (text: string, said: readonly string[]): string => {
  const heard = new Set(said.flatMap(sentences));
  return sentences(text)
    .filter((sentence) => !heard.has(sentence))
    .join(' ');
};
