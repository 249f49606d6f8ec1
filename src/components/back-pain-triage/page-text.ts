import type { ContentStrings, UiKey } from '../../content/types.js';

/** What a template module needs to speak: the resolved strings and the filled-in ui text. */
export interface PageText {
  strings: ContentStrings;
  ui(key: UiKey, values?: Readonly<Record<string, string | number>>): string;
}
