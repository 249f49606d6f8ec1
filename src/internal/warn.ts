import { showValue } from '../triage/show-value.js';

const warned = new WeakMap<object, Set<string>>();

/** Warns `<tag>: message` once per element and `key`, so re-renders stay quiet. */
export function warnOnce(element: Element, key: string, message: string): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${element.localName}>: ${message}`);
}

/**
 * Tells the host developer about a bad value: names the element, the field and
 * the valid values. Warns once per element, field and value so re-renders stay quiet.
 */
export function warnInvalid(
  element: Element,
  field: string,
  value: unknown,
  validValues: readonly string[] | string,
): void {
  const shown = showValue(value);
  const valid = typeof validValues === 'string' ? validValues : validValues.map((v) => `"${v}"`).join(', ');
  warnOnce(element, `${field}\u0000${shown}`, `${field} ${shown} is not valid; using the fallback. Valid values: ${valid}.`);
}
