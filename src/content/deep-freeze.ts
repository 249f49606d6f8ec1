/**
 * Freezes a plain data tree (objects and arrays) in place and returns it, so
 * no page script can rewrite the content or a result the widgets render from.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
