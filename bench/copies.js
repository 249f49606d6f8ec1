// The no-logic copies: each page a widget showed (kept by bench/capture.js before the samples, in another page),
// as an element with the same shadow DOM and the same CSS, cloned from a template, with no code beyond that.
// Widgets nested inside are copies too. The templates and style sheets are made before the clock starts.

const copyTag = (tag) => `static-${tag}`;

export async function loadCopies() {
  const { sheets, snapshots, firstRender, walk } = await (await fetch('/bundle/copies.json')).json();
  const styleSheets = sheets.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const templates = snapshots.map(({ markup }) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    return template;
  });
  /** Shows snapshot `index` in `root`: its sheets and a clone of its DOM. */
  const fill = (root, index) => {
    root.adoptedStyleSheets = snapshots[index].sheets.map((sheet) => styleSheets[sheet]);
    root.replaceChildren(templates[index].content.cloneNode(true));
  };
  class Copy extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) fill(this.attachShadow({ mode: 'open' }), Number(this.dataset.copy));
    }
  }
  return {
    walk,
    fill,
    define: (tag) => customElements.get(copyTag(tag)) ?? customElements.define(copyTag(tag), class extends Copy {}),
    /** The copy of `tag` showing snapshot `index` (its first render unless said), with the widget's attributes. */
    create(tag, index = firstRender[tag]) {
      const element = document.createElement(copyTag(tag));
      for (const [name, value] of snapshots[index].attributes) element.setAttribute(name, value);
      element.dataset.copy = index;
      return element;
    },
    rendered: async () => {},
  };
}
