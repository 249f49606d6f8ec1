import type { ContentStrings, PluralUiKey, UiKey } from '../../content/types.js';
import { pluralCategory } from '../../internal/format.js';
import { fill } from '../../triage/text.js';

/** What a template module needs to speak: the resolved strings and the filled-in ui text. */
export interface PageText {
  strings: ContentStrings;
  ui(key: UiKey, values?: Readonly<Record<string, string | number>>): string;
  /** A counted ui text (`key-one`, `key-other`…) in the locale's plural form, with `{count}` filled. */
  plural(key: PluralUiKey, count: number): string;
}

/** `key-one`, `key-few`… by the locale's plural rules, `key-other` when the locale has no such form. */
export function pluralText(strings: ContentStrings, key: PluralUiKey, count: number): string {
  const { ui, locale } = strings;
  return fill(ui[`${key}-${pluralCategory(locale, count)}`] ?? ui[`${key}-other`] ?? key, { count });
}

/** The PageText for `strings`, with `ui` as the element fills its ui text. */
export const pageText = (strings: ContentStrings, ui: PageText['ui']): PageText => ({
  strings,
  ui,
  plural: (key, count) => pluralText(strings, key, count),
});
