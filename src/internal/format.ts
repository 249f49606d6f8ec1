/**
 * Intl formatting (counted text) for every element; filling placeholders and the summary's date live in
 * triage/text.ts. Kept apart from it so each widget's bundle carries only the formatters it uses.
 */

/** Intl formatters are slow to make and cheap to reuse: one per locale, kept for the page's life; null for a tag Intl rejects. */
const pluralRules = new Map<string, Intl.PluralRules | null>();

/** The CLDR plural category of `count` in `locale` ("one", "few", "other"…); "other" for a tag Intl rejects. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  if (!pluralRules.has(locale)) {
    try {
      pluralRules.set(locale, new Intl.PluralRules(locale));
    } catch {
      pluralRules.set(locale, null);
    }
  }
  return pluralRules.get(locale)?.select(count) ?? 'other';
}
