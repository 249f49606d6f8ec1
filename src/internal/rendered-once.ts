import { isServer, render, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/** One rendering per owner (a locale's strings, an exercise), slot and key, shared by every element that shows it. */
const renderings = new WeakMap<object, Map<string, DocumentFragment>>();

function renderingOf(owner: object, key: string, template: () => TemplateResult): DocumentFragment {
  let byKey = renderings.get(owner);
  if (!byKey) renderings.set(owner, (byKey = new Map()));
  let rendering = byKey.get(key);
  if (!rendering) {
    rendering = document.createDocumentFragment();
    render(template(), rendering);
    byKey.set(key, rendering);
  }
  return rendering;
}

/**
 * Content that changes only with the language or the content (an exercise's steps, its drawing) costs no
 * Lit binding per element: it is rendered once per owner and key, and each element shows a copy, plain DOM
 * that keeps no parts and no per-node script objects. A copy is kept per slot, so an update that gives the
 * same owner and key leaves the DOM as it is.
 *
 * On the server, and for a shadow root the server rendered (hydration must find the template it rendered),
 * it gives the template itself, which renders the same DOM.
 */
export class RenderedOnce implements ReactiveController {
  readonly #copies = new Map<string, { owner: object; key: string; copy: DocumentFragment }>();
  #hydrating?: boolean;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Before the first render: a shadow root that already has content came from the server. */
  hostUpdate(): void {
    this.#hydrating ??= isServer || this.host.renderRoot.hasChildNodes();
  }

  show(slot: string, owner: object, key: string, template: () => TemplateResult): TemplateResult | DocumentFragment {
    if (this.#hydrating !== false) return template();
    const kept = this.#copies.get(slot);
    if (kept?.owner === owner && kept.key === key) return kept.copy;
    const copy = renderingOf(owner, `${slot} ${key}`, template).cloneNode(true) as DocumentFragment;
    this.#copies.set(slot, { owner, key, copy });
    return copy;
  }
}
