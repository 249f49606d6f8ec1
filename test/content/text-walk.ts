import type { ContentStrings } from '../../src/content/types.js';

/** One user-facing string with the path that finds it, e.g. questions.age.options.under-20. */
export interface TextEntry {
  path: string;
  text: string;
}

/** Every user-facing string of a locale (the locale code itself is not shown to people). */
export function textsOf(strings: ContentStrings): TextEntry[] {
  const out: TextEntry[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') out.push({ path, text: value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (path || key !== 'locale') walk(item, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(strings, '');
  return out;
}

/** A piece is what a person reads together: one question with its options, one exercise, all ui labels. */
function pieceOf(path: string): string {
  const parts = path.split('.');
  return ['ui', 'notes', 'cautions', 'safetyNet'].includes(parts[0]) ? parts[0] : parts.slice(0, 2).join('.');
}

/** The texts of each piece, leaving out the excepted paths. */
export function piecesOf(entries: readonly TextEntry[], excepted: ReadonlySet<string>): Map<string, string[]> {
  const pieces = new Map<string, string[]>();
  for (const entry of entries) {
    if (excepted.has(entry.path)) continue;
    const piece = pieceOf(entry.path);
    pieces.set(piece, [...(pieces.get(piece) ?? []), entry.text]);
  }
  return pieces;
}
