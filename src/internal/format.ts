/** Plural categories for counted text ("{count} more"); filling placeholders lives in triage/text.ts. */

const pluralRules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `count` in `locale` ("one", "few", "other"…); "other" for a tag Intl rejects. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      return 'other';
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}
