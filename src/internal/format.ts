/** Fills `{name}` placeholders in a translated string; unknown placeholders stay visible so gaps are noticed. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

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
