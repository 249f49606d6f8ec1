import type { ContentStrings } from '../../src/content/types.js';
import type { Piece } from './sentences.js';

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

/**
 * A piece is what a person reads together: one question with its hint and
 * options (the "why" is read on its own, behind its own button), one warning
 * sign, one exercise, all ui labels.
 */
function pieceOf(path: string): string {
  const parts = path.split('.');
  if (['ui', 'notes', 'cautions', 'safetyNet'].includes(parts[0])) return parts[0];
  return parts[0] === 'questions' && parts[2] === 'why' ? path : parts.slice(0, 2).join('.');
}

/** Answer options are labels: their words are read, but they end no sentence. */
const isLabel = (path: string): boolean => path.split('.')[2] === 'options';

/** The texts of each piece, leaving out the excepted paths. */
export function piecesOf(entries: readonly TextEntry[], excepted: ReadonlySet<string>): Map<string, Piece> {
  const pieces = new Map<string, { texts: string[]; labels: string[] }>();
  for (const entry of entries) {
    if (excepted.has(entry.path)) continue;
    const key = pieceOf(entry.path);
    const piece = pieces.get(key) ?? { texts: [], labels: [] };
    (isLabel(entry.path) ? piece.labels : piece.texts).push(entry.text);
    pieces.set(key, piece);
  }
  return pieces;
}
