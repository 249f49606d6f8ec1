import { tagNameOf } from './define.js';

/**
 * Our elements that one widget renders inside its own (the triage's banner and exercise cards), as
 * nodes created under the tag names the host registered them as, so a host element that took the usual
 * name is never rendered in their place. One node per key, so Lit keeps it across renders.
 */
export class OwnElements {
  readonly #nodes = new Map<string, HTMLElement>();
  readonly #doc: () => Document;

  constructor(doc: () => Document) {
    this.#doc = doc;
  }

  /** True when the host registered `ctor` under a name of its own (so a template with the usual tag would miss it). */
  renamed(ctor: CustomElementConstructor, usualTag: string): boolean {
    return tagNameOf(ctor, usualTag) !== usualTag;
  }

  /** The node for `key`, created (and set up once) when missing or when its tag name changed. */
  get<T extends HTMLElement>(ctor: CustomElementConstructor, usualTag: string, key: string, setUp: (node: T) => void): T {
    const tag = tagNameOf(ctor, usualTag);
    let node = this.#nodes.get(key);
    if (node?.localName !== tag) {
      node = this.#doc().createElement(tag);
      setUp(node as T);
      this.#nodes.set(key, node);
    }
    return node as T;
  }

  /** Forgets the nodes whose key starts with `prefix`, so they are created afresh next time. */
  forget(prefix: string): void {
    for (const key of [...this.#nodes.keys()]) if (key.startsWith(prefix)) this.#nodes.delete(key);
  }
}
