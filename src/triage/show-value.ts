/** Longest text shown for one value in a warning or an error message. */
export const MAX_SHOWN_CHARS = 80;
/** How many nodes of an object or array are written out before it is shown by its type alone. */
const MAX_SHOWN_NODES = 50;

// Thrown to stop JSON.stringify early, caught below: never shown, so it needs no message.
const TOO_BIG = new Error();

const typeOf = (value: unknown): string => {
  try {
    return Object.prototype.toString.call(value);
  } catch {
    // A revoked Proxy throws even here.
    return `[${typeof value}]`;
  }
};

const cut = (text: string): string =>
  text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}… (${text.length} characters)` : text;

/**
 * A short readable form of any value for a message: never throws (BigInt, cycles, hostile
 * getters, Proxies) and never repeats a huge value whole, so a hostile value cannot flood the console.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > MAX_SHOWN_CHARS
      ? `${JSON.stringify(value.slice(0, MAX_SHOWN_CHARS))}… (${value.length} characters)`
      : JSON.stringify(value);
  }
  try {
    // What a getter or Proxy trap threw: its message says more than {}.
    if (value instanceof Error) return cut(`${value.name}: ${value.message}`);
    let nodes = 0;
    const text = JSON.stringify(value, (_key, inner: unknown) => {
      nodes += 1;
      if (nodes > MAX_SHOWN_NODES) throw TOO_BIG;
      // Cut before it is written out, so a huge text is never copied whole.
      return typeof inner === 'string' ? inner.slice(0, MAX_SHOWN_CHARS) : inner;
    });
    // JSON has no form for undefined, functions and symbols: String gives "undefined", the source, "Symbol(…)".
    return cut(text ?? String(value));
  } catch {
    return typeOf(value);
  }
}
