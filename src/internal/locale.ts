import { isServer } from 'lit';
import type { ContentStrings, StringOverrides } from '../content/types.js';
import { emergencyNumbers } from '../content/emergency-numbers.js';

/**
 * The one place that decides which language a widget speaks, which strings it
 * shows and which emergency number it gives.
 */

/** The `lang` of the element itself or of its nearest ancestor, crossing shadow roots, stopping before `<html>`. */
export function langFromTree(element: Element): string | null {
  // In server rendering an element has no document and no parents: its own `lang` is all there is.
  if (isServer) return element.getAttribute('lang')?.trim() || null;
  const root = element.ownerDocument.documentElement;
  let node: Node | null = element;
  while (node && node !== root) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * Order: the element's own `lang`, the nearest ancestor's `lang`, the
 * provider's locale, `<html lang>`, then English.
 */
export function resolveLocale(element: Element, providerLocale?: string): string {
  return (
    langFromTree(element) ??
    (providerLocale?.trim() || element.ownerDocument?.documentElement.getAttribute('lang')?.trim() || 'en')
  );
}

function canonical(locale: string): string | null {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The text a widget shows in English: the sections of the content it renders. Each element
 * names its own, so a bundle with one element carries only that element's text. A section may be
 * partial until more of the element's code arrives (the triage's first page, then every question).
 */
export type EnglishText = { [Section in Exclude<keyof ContentStrings, 'locale'>]?: Partial<ContentStrings[Section]> } & {
  locale: string;
  ui: Partial<ContentStrings['ui']>;
};

/** Locales added with `registerLocale` (English is each element's own text). */
const registered = new Map<string, ContentStrings>();

/** Adds a complete translation, e.g. `registerLocale(es)`; a later one for the same locale replaces it. */
export function registerLocale(strings: ContentStrings): void {
  const tag = canonical(strings.locale);
  if (tag) registered.set(tag, strings);
}

const warnedLocales = new Set<string>();

/** The strings for a locale: exact match, then its language, else English (with a warning unless English was asked for). */
export function stringsFor(locale: string, english: EnglishText): ContentStrings {
  const tag = canonical(locale);
  const language = tag?.split('-')[0];
  const found = tag ? (registered.get(tag) ?? registered.get(language!)) : undefined;
  if (found) return found;
  if (language !== 'en' && !warnedLocales.has(locale)) {
    warnedLocales.add(locale);
    const available = ['en', ...registered.keys()].join(', ');
    console.warn(
      `back-pain-widgets: no strings for locale "${locale}"; showing English. Available: ${available}.`,
    );
  }
  // The element's English text holds every section it reads.
  return english as ContentStrings;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Deep-merges `overrides` over `base`. A value replaces the base only when it
 * has the same shape (text for text, a list of text for a list), so a host's
 * mistake cannot break rendering; objects merge key by key.
 */
export function mergeStrings<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const current = merged[key];
    if (isPlainObject(current)) merged[key] = mergeStrings(current, value);
    else if (Array.isArray(current) || (current === undefined && Array.isArray(value))) {
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) merged[key] = value;
    } else if (typeof value === 'string' && (current === undefined || typeof current === 'string')) {
      merged[key] = value;
    } else if (current === undefined && isPlainObject(value)) {
      merged[key] = mergeStrings({}, value);
    }
  }
  return merged as T;
}

const merged = new WeakMap<ContentStrings, WeakMap<object, ContentStrings>>();

/** The locale's strings with the host's overrides merged over them (cached per pair). */
export function resolveStrings(
  locale: string | undefined,
  english: EnglishText,
  overrides?: StringOverrides,
): ContentStrings {
  const base = stringsFor(locale || 'en', english);
  if (!isPlainObject(overrides)) return base;
  let byOverrides = merged.get(base);
  if (!byOverrides) merged.set(base, (byOverrides = new WeakMap()));
  let result = byOverrides.get(overrides);
  if (!result) byOverrides.set(overrides, (result = mergeStrings(base, overrides)));
  return result;
}

const regionsWith112 = new Set(emergencyNumbers.regionsWith112.split(' '));

/**
 * The emergency number for the region in a language tag (es-MX: 911, en-GB: 999, es-ES: 112), from
 * the content's sourced table. Null without a known region: the UI then says "your local emergency
 * number", because a language alone does not say where someone lives.
 */
export function emergencyNumberFor(locale: string): string | null {
  const tag = canonical(locale);
  if (!tag) return null;
  try {
    const { region } = new Intl.Locale(tag);
    if (!region) return null;
    return Object.hasOwn(emergencyNumbers.byRegion, region)
      ? emergencyNumbers.byRegion[region as keyof typeof emergencyNumbers.byRegion]
      : regionsWith112.has(region)
        ? '112'
        : null;
  } catch {
    return null;
  }
}
