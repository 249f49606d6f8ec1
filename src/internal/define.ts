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
 * the same tag warns plainly. It never throws.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing === ctor || existing.version === ctor.version) return;
    if (typeof existing.version !== 'string') {
      if (warnedTags.has(tag)) return;
      warnedTags.add(tag);
      console.warn(
        `back-pain-widgets ${ctor.version}: another element on this page already uses the tag <${tag}>, so ours was not defined. ` +
          `Register ours under another name, e.g. ${className(tag)}.define('clinic-${tag}'); <back-pain-triage> then uses that name too.`,
      );
      return;
    }
    const pair = `${existing.version}\u0000${ctor.version}`;
    if (!warnedPairs.has(pair)) {
      warnedPairs.add(pair);
      console.warn(
        `back-pain-widgets ${ctor.version}: version ${existing.version} is already on this page and is kept. Load the widgets once.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
    defined.add(ctor);
  } catch (error) {
    console.warn(`back-pain-widgets: <${tag}> could not be defined: ${String(error)}`);
  }
}

/**
 * Registers one of our element classes under a tag name the host chose. A class already registered
 * (under its usual name) is registered again as a subclass, since one class may hold only one name.
 */
export function defineElementAs(tag: string, ctor: VersionedConstructor): void {
  const own = defined.has(ctor) ? class extends (ctor as VersionedConstructor & (new () => HTMLElement)) {} : ctor;
  defineElement(tag, own);
  if (customElements.get(tag) === own) tagNames.set(ctor, tag);
}

/** The tag to render one of our classes with: the name the host gave it, or its usual one. */
export const tagNameOf = (ctor: CustomElementConstructor, usual: string): string => tagNames.get(ctor) ?? usual;
