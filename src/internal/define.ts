type VersionedConstructor = CustomElementConstructor & { version?: string };

const warnedPairs = new Set<string>();
const warnedTags = new Set<string>();

/** Our classes this copy has registered, under any name. */
const defined = new WeakSet<CustomElementConstructor>();

/** The tag each of our classes was registered under, when the host chose another name (see WidgetElement.define). */
const tagNames = new WeakMap<CustomElementConstructor, string>();

/** `exercise-card` -> `ExerciseCard`, the class's export name (minified bundles lose class names). */
const className = (tag: string): string => tag.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());

/**
 * Registers a custom element safely. A page may load the widgets twice: the
 * same version already registered stays silent; another version warns once
 * (per pair of versions, not per tag); an element of the host's own under
 * the same tag warns plainly. It never throws. True when this call registered the tag.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): boolean {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing === ctor || existing.version === ctor.version) return false;
    if (typeof existing.version !== 'string') {
      if (warnedTags.has(tag)) return false;
      warnedTags.add(tag);
      console.warn(
        `back-pain-widgets ${ctor.version}: another element on this page already uses the tag <${tag}>, so ours was not defined. ` +
          `Register ours under another name, e.g. ${className(tag)}.define('clinic-${tag}'); <back-pain-triage> then uses that name too.`,
      );
      return false;
    }
    const pair = `${existing.version}\u0000${ctor.version}`;
    if (!warnedPairs.has(pair)) {
      warnedPairs.add(pair);
      console.warn(
        `back-pain-widgets ${ctor.version}: version ${existing.version} is already on this page and is kept. Load the widgets once.`,
      );
    }
    return false;
  }
  // One class may hold only one name: a class already registered under another (the host renamed it before
  // the script-tag bundle, which defines in later tasks, got to it) is registered again as a subclass.
  const own = defined.has(ctor) ? class extends (ctor as VersionedConstructor & (new () => HTMLElement)) {} : ctor;
  try {
    customElements.define(tag, own);
    defined.add(own);
    return true;
  } catch (error) {
    console.warn(`back-pain-widgets: <${tag}> could not be defined: ${String(error)}`);
    return false;
  }
}

/** Registers one of our element classes under a tag name the host chose. */
export function defineElementAs(tag: string, ctor: VersionedConstructor): void {
  if (defineElement(tag, ctor)) tagNames.set(ctor, tag);
}

/** The tag to render one of our classes with: the name the host gave it, or its usual one. */
export const tagNameOf = (ctor: CustomElementConstructor, usual: string): string => tagNames.get(ctor) ?? usual;
