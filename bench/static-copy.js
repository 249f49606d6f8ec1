// The no-logic baselines: for each widget, an element with the same shadow DOM and the same CSS as the widget's
// first render, copied from a rendered widget, with no code beyond cloning it. Nested widgets become their copies.
import { WIDGETS, copyTag, create, define, dependencies, rendered, staticCopies } from './elements.js';

/** Renders `tag` once and returns its shadow DOM (nested widgets renamed to their copies) and its CSS. */
async function snapshot(tag) {
  for (const dependency of dependencies[tag] ?? []) define(dependency);
  define(tag);
  const element = create(tag);
  document.body.append(element);
  await rendered(element);
  let markup = element.shadowRoot.innerHTML;
  for (const widget of WIDGETS) markup = markup.replaceAll(`<${widget}`, `<${copyTag(widget)}`).replaceAll(`</${widget}>`, `</${copyTag(widget)}>`);
  const css = element.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
  element.remove();
  return { markup, css };
}

/**
 * Makes the class of `static-<tag>` for every widget (a shadow root, the copied sheets, a clone of the copied
 * DOM) without defining it, so a page can time its definition. The real widgets get defined on the way.
 */
export async function prepareStaticCopies() {
  for (const tag of WIDGETS) {
    const { markup, css } = await snapshot(tag);
    const template = document.createElement('template');
    template.innerHTML = markup;
    const sheets = css.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    staticCopies.set(
      copyTag(tag),
      class extends HTMLElement {
        connectedCallback() {
          if (this.shadowRoot) return;
          const root = this.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = sheets;
          root.append(template.content.cloneNode(true));
        }
      },
    );
  }
}
