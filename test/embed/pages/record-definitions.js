// Records each customElements.define call: its tag, and which tags were defined when the page next got
// to run its own code (a microtask queued at the call). Test scaffolding, loaded before the widgets.
(() => {
  const definitions = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, element, options) => {
    const definition = { tag, definedWhenThePageRan: [] };
    definitions.push(definition);
    define(tag, element, options);
    queueMicrotask(() => {
      definition.definedWhenThePageRan = definitions.map((each) => each.tag).filter((each) => customElements.get(each));
    });
  };
  window.embedDefinitions = definitions;
})();
