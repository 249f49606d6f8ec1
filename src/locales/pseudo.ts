// Importing this module adds the pseudo-locale `en-XA` to the widgets on the page:
// `import 'back-pain-widgets/locales/pseudo'`, then `lang="en-XA"` on the page or an element.
// Every string is English with accents, about 40% longer and wrapped in [!! … !!], so a host
// can see text that is not translatable (no markers) and layouts that break with long text.
import { en } from '../content/locales/en.js';
import type { ContentStrings } from '../content/types.js';
import { registerLocale } from '../internal/locale.js';

export const PSEUDO_LOCALE = 'en-XA';
export const PSEUDO_START = '[!!';
export const PSEUDO_END = '!!]';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
const ACCENT = new Map([...PLAIN].map((letter, index) => [letter, ACCENTED[index]]));

/** Words, not one long run, so the padding wraps as translated text would. */
const FILLER = 'ļöŕéɱ îþšûɱ ðöļöŕ šîţ áɱéţ çöñšéçţéţûŕ áðîþîšçîñĝ éļîţ šéð ðö éîûšɱöð ţéɱþöŕ ';

/** `{placeholders}` are filled in by the elements, so they keep their plain names. */
const PLACEHOLDER = /(\{\w+\})/;

const accent = (text: string): string =>
  text
    .split(PLACEHOLDER)
    .map((piece, index) => (index % 2 ? piece : [...piece].map((char) => ACCENT.get(char) ?? char).join('')))
    .join('');

function pad(length: number): string {
  let filler = '';
  while (filler.length <= length) filler += FILLER;
  // One more character, then trimmed: never shorter than `length`, never ending in a space.
  return filler.slice(0, length + 1).trimEnd();
}

/** One string in the pseudo-locale: accented, marked, and at least 40% longer than the English. */
export function pseudoString(text: string): string {
  const target = Math.ceil(text.length * 1.4);
  const framed = `${PSEUDO_START} ${accent(text)}  ${PSEUDO_END}`;
  const padding = pad(Math.max(1, target - framed.length));
  return `${PSEUDO_START} ${accent(text)} ${padding} ${PSEUDO_END}`;
}

function mapText(value: unknown): unknown {
  if (typeof value === 'string') return pseudoString(value);
  if (Array.isArray(value)) return value.map(mapText);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapText(item)]));
  }
  return value;
}

/** A new set of strings with every text pseudo-localized; `strings` is left as it was. */
export function pseudoLocalize(strings: ContentStrings): ContentStrings {
  return { ...(mapText(strings) as ContentStrings), locale: PSEUDO_LOCALE };
}

registerLocale(pseudoLocalize(en));
