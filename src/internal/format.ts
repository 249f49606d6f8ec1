/**
 * Intl formatting (counted text, dates) for every element; filling placeholders lives in triage/text.ts. Kept
 * apart from it so each widget's bundle carries only the formatters it uses.
 */

/**
 * Intl formatters are slow to make (the first long date in a page took 68 ms on a slow phone) and cheap to
 * reuse: one of each kind per locale, kept for the page's life. null for a tag Intl rejects.
 */
function madeOnce<T>(made: Map<string, T | null>, locale: string, make: (locale: string) => T): T | null {
  if (!made.has(locale)) {
    try {
      made.set(locale, make(locale));
    } catch {
      made.set(locale, null);
    }
  }
  return made.get(locale) as T | null;
}

const pluralRules = new Map<string, Intl.PluralRules | null>();
const longDates = new Map<string, Intl.DateTimeFormat | null>();

/** The CLDR plural category of `count` in `locale` ("one", "few", "other"…); "other" for a tag Intl rejects. */
export const pluralCategory = (locale: string, count: number): Intl.LDMLPluralRule =>
  madeOnce(pluralRules, locale, (tag) => new Intl.PluralRules(tag))?.select(count) ?? 'other';

/** The date in full ("7 December 2026") in the first of `locales` Intl accepts; the ISO date if none. */
export function longDate(date: Date, ...locales: string[]): string {
  for (const locale of locales) {
    const format = madeOnce(longDates, locale, (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long' }));
    if (format) return format.format(date);
  }
  return date.toISOString().slice(0, 10);
}
