/**
 * Freezes a plain data tree (objects and arrays) in place and returns it, so
 * no page script can rewrite the content or a result the widgets render from.
 */
export function deepFreeze<T>(value: T): T {
  // Primitives count as frozen; a part already frozen (shared, or a loop back) is not walked again.
  if (Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
