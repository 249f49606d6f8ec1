import fc from 'fast-check';

/** Values a careless host might set: text, ids, numbers, null, objects, lists, anything. */
export function hostValue(validIds: readonly string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    ...(validIds.length ? [fc.constantFrom(...validIds)] : []),
    fc.string(),
    fc.constantFrom('', ' ', '__proto__', 'constructor', '<script>', 'javascript:alert(1)', '-1', 'NaN'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.anything(), { maxLength: 3 }),
    fc.object({ maxDepth: 2 }),
  );
}

/** An attribute value: any text, or a valid id. */
export function attributeValue(validIds: readonly string[] = []): fc.Arbitrary<string | null> {
  return fc.oneof(
    ...(validIds.length ? [fc.constantFrom(...validIds)] : []),
    fc.string(),
    fc.constant(null),
  );
}

interface FuzzOptions {
  tag: string;
  attributes?: Record<string, readonly string[]>;
  properties?: Record<string, readonly string[]>;
  /** Throws when the rendered element is not in a valid state. */
  check: (element: HTMLElement & { updateComplete: Promise<boolean> }) => void;
  numRuns?: number;
}

/**
 * Sets random attributes and properties on a fresh element, connects it and
 * waits for it to render: it must neither throw nor render an invalid state.
 */
export async function fuzzElement({ tag, attributes = {}, properties = {}, check, numRuns = 40 }: FuzzOptions) {
  const attributeArbitraries = Object.fromEntries(
    Object.entries(attributes).map(([name, ids]) => [name, attributeValue(ids)]),
  );
  const propertyArbitraries = Object.fromEntries(
    Object.entries(properties).map(([name, ids]) => [name, hostValue(ids)]),
  );
  const original = console.warn;
  console.warn = () => {};
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.record(attributeArbitraries, { requiredKeys: [] }),
        fc.record(propertyArbitraries, { requiredKeys: [] }),
        fc.boolean(),
        async (attrs, props, propertiesFirst) => {
          const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
          const setAttributes = () => {
            for (const [name, value] of Object.entries(attrs)) {
              if (value === null) element.removeAttribute(name);
              else element.setAttribute(name, value as string);
            }
          };
          const setProperties = () => {
            for (const [name, value] of Object.entries(props)) {
              try {
                (element as unknown as Record<string, unknown>)[name] = value;
              } catch (error) {
                // The platform's own setters may throw (hidden converts objects to text since "until-found",
                // and { toString: "" } cannot be); ours must not.
                if (!(name in HTMLElement.prototype)) throw error;
              }
            }
          };
          if (propertiesFirst) setProperties();
          document.body.append(element);
          try {
            if (!propertiesFirst) setProperties();
            setAttributes();
            await element.updateComplete;
            check(element);
          } finally {
            element.remove();
          }
        },
      ),
      { numRuns },
    );
  } finally {
    console.warn = original;
  }
}
