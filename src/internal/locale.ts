import { isServer } from 'lit';
import type { ContentStrings, StringOverrides } from '../content/types.js';
import { emergencyNumbers } from '../content/emergency-numbers.js';
import { builtInLanguage, builtInLocale } from '../content/locales/en-language.js';
import { showValue } from '../triage/show-value.js';
import { warnInvalid } from './warn.js';

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
 * provider's locale, `<html lang>`, then the elements' own language (English; Spanish in the Spanish bundle).
 */
export function resolveLocale(element: Element, providerLocale?: string): string {
  return (
    langFromTree(element) ??
    (providerLocale?.trim() || element.ownerDocument?.documentElement.getAttribute('lang')?.trim() || builtInLocale)
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
 * The text a widget shows in English (in Spanish in the Spanish bundle): the sections of the content it renders.
 * Each element names its own, so a bundle with one element carries only that element's text. A section may be
 * partial until more of the element's code arrives (the triage's first page, then every question).
 */
export type EnglishText = { [Section in Exclude<keyof ContentStrings, 'locale'>]?: Partial<ContentStrings[Section]> } & {
  locale: string;
  ui: Partial<ContentStrings['ui']>;
};

/** Locales added with `registerLocale`, as the host gave them (the built-in language is each element's own text). */
const registered = new Map<string, ContentStrings>();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text a person can read: an empty label would leave a button, such as the call, saying nothing. */
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/** Keys that would reach an object's prototype: never copied from a host's object. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Adds a translation, e.g. `registerLocale(es)`; a later one for the same locale replaces it. Whatever it
 * lacks is shown in the built-in language, with one warning per missing key, when an element first needs it.
 */
export function registerLocale(strings: ContentStrings): void {
  const tag = isPlainObject(strings) && typeof strings.locale === 'string' ? canonical(strings.locale) : null;
  if (tag) registered.set(tag, strings);
  else console.warn(`back-pain-widgets: registerLocale needs strings with a locale such as "es"; got ${showValue(strings)}.`);
}

const warnedLocales = new Set<string>();

/** Made once for each pair of objects: elements re-use it on every render. */
function cached<A extends object, B extends object, R>(cache: WeakMap<A, WeakMap<B, R>>, a: A, b: B, make: () => R): R {
  let byB = cache.get(a);
  if (!byB) cache.set(a, (byB = new WeakMap()));
  let result = byB.get(b);
  if (result === undefined) byB.set(b, (result = make()));
  return result;
}

/** Translations over each English text they were filled from (an element's English grows as its code arrives). */
const filled = new WeakMap<ContentStrings, WeakMap<EnglishText, ContentStrings>>();

/**
 * The strings for a locale: exact match, then its language, else the element's own text (with a warning unless
 * its language was asked for). That text fills whatever a translation lacks, so a section a host leaves out (say
 * `urgency.emergency`) cannot stop a page from rendering; each gap is named once, with `element`.
 */
export function stringsFor(locale: string, english: EnglishText, element?: Element): ContentStrings {
  const tag = canonical(locale);
  const language = tag?.split('-')[0];
  const found = tag ? (registered.get(tag) ?? registered.get(language!)) : undefined;
  if (found) {
    return cached(filled, found, english, () =>
      mergeStrings(english as ContentStrings, found, (key) => {
        if (warnedLocales.has(`${found.locale} ${key}`)) return;
        warnedLocales.add(`${found.locale} ${key}`);
        console.warn(`${element ? `<${element.localName}>` : 'back-pain-widgets'}: locale "${found.locale}" has no text for ${key}; showing ${builtInLanguage}.`);
      }, true),
    );
  }
  if (language !== builtInLocale && !warnedLocales.has(locale)) {
    warnedLocales.add(locale);
    const available = [builtInLocale, ...registered.keys()].join(', ');
    console.warn(
      `back-pain-widgets: no strings for locale "${locale}"; showing ${builtInLanguage}. Available: ${available}.`,
    );
  }
  // The element's own text holds every section it reads. In the Spanish bundle it is Spanish, though the elements' code says "en".
  return (english.locale === builtInLocale ? english : { ...english, locale: builtInLocale }) as ContentStrings;
}

/**
 * Deep-merges `overrides` over `base`. A value replaces the base only when it has the same shape (text
 * that is not empty for text, a list of such text for a list), so a host's mistake cannot break rendering
 * or leave a button without words; objects merge key by key. `rejected` hears of each value left out and,
 * when `whole` (a translation), of each key of `base` that `overrides` lacks.
 */
export function mergeStrings<T>(base: T, overrides: unknown, rejected?: (key: string, value: unknown) => void, whole = false, path = ''): T {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return base;
  const merged: Record<string, unknown> = { ...base };
  const where = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, value] of Object.entries(overrides)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const current = merged[key];
    if (isPlainObject(current)) {
      if (isPlainObject(value)) merged[key] = mergeStrings(current, value, rejected, whole, where(key));
      else rejected?.(where(key), value);
    } else if (Array.isArray(current) || (current === undefined && Array.isArray(value))) {
      if (isTextList(value)) merged[key] = value;
      else rejected?.(where(key), value);
    } else if (isText(value) && (current === undefined || typeof current === 'string')) {
      merged[key] = value;
    } else if (current === undefined && isPlainObject(value)) {
      merged[key] = mergeStrings({}, value, rejected, whole, where(key));
    } else {
      rejected?.(where(key), value);
    }
  }
  if (whole) for (const key of Object.keys(base)) if (!Object.hasOwn(overrides, key)) rejected?.(where(key), undefined);
  return merged as T;
}

/** Warns, naming `element`, of each override value `mergeStrings` leaves out. */
export const warnOverride =
  (element: Element) =>
  (key: string, value: unknown): void =>
    warnInvalid(element, `overrides ${key}`, value, 'text that is not empty, shaped like the English');

const merged = new WeakMap<ContentStrings, WeakMap<object, ContentStrings>>();

/** The locale's strings with the host's overrides merged over them (cached per pair); `element` is named in warnings. */
export function resolveStrings(
  locale: string | undefined,
  english: EnglishText,
  overrides?: StringOverrides,
  element?: Element,
): ContentStrings {
  const base = stringsFor(locale || builtInLocale, english, element);
  return isPlainObject(overrides)
    ? cached(merged, base, overrides, () => mergeStrings(base, overrides, element && warnOverride(element)))
    : base;
}

/**
 * One number a phone can dial: 2 to 15 digits (the most a phone number has), with an optional leading "+".
 * Spaces and dashes are refused, since "999 112" or "112 - 999" would dial "999112".
 */
const ONE_NUMBER = /^\+?[0-9]{2,15}$/;

/** The number trimmed, or null when it is not one dialable number. */
export function oneDialableNumber(value: unknown): string | null {
  const number = typeof value === 'string' ? value.trim() : '';
  return ONE_NUMBER.test(number) ? number : null;
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
