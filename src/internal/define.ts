type VersionedConstructor = CustomElementConstructor & { version?: string };

const warnedPairs = new Set<string>();

/**
 * Registers a custom element safely. A page may load the widgets twice: the
 * same version already registered stays silent; another version warns once
 * (per pair of versions, not per tag) and never throws.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing === ctor || existing.version === ctor.version) return;
    const pair = `${existing.version}\u0000${ctor.version}`;
    if (!warnedPairs.has(pair)) {
      warnedPairs.add(pair);
      console.warn(
        `back-pain-widgets ${ctor.version}: version ${existing.version ?? 'unknown'} is already on this page and is kept. Load the widgets once.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    console.warn(`back-pain-widgets: <${tag}> could not be defined: ${String(error)}`);
  }
}
