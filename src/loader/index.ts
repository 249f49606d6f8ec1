import { widgetLoaders } from './tags.js';

/**
 * The loader for the script tag (`back-pain-widgets-loader.js`): it defines each widget when its tag
 * first appears in the page, loading that widget's code from the chunks next to this file. It adds no
 * global and fetches nothing but those chunks.
 *
 * It watches the document and every open shadow root it finds (the host's own elements', when they
 * are already rendered). A shadow root made later, by an element defined after this ran, is not
 * seen: pass it to `discover`.
 */

const requested = new Set<string>();
const watched = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});

function load(tag: string): void {
  const loadWidget = Object.hasOwn(widgetLoaders, tag) ? widgetLoaders[tag] : undefined;
  if (!loadWidget || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loadWidget().catch((error: unknown) => {
    // Forget it, so the tag's next appearance tries again (the chunk may have failed on a flaky network).
    requested.delete(tag);
    console.warn(`back-pain-widgets: the code for <${tag}> could not be loaded: ${String(error)}`);
  });
}

function watch(root: ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

/** Loads the widgets in `root` and watches the open shadow roots in it. */
export function discover(root: Element | Document | ShadowRoot | DocumentFragment): void {
  const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
  for (const element of elements) {
    load(element.localName);
    if (element.shadowRoot) watch(element.shadowRoot);
  }
}

observer.observe(document.documentElement, { childList: true, subtree: true });
discover(document);
