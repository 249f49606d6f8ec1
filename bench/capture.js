// Run once before the samples (scripts/bench.mjs), in a page of its own: renders each widget and walks the triage
// to its result, keeping each page's shadow DOM and CSS for the no-logic copies (bench/copies.js).
import { WIDGETS, create, define, rendered } from './elements.js';
import { walk } from './walk.js';

const sheets = [];
const snapshots = [];
const NESTED = new RegExp(`<(/?)(${WIDGETS.join('|')})(?=[\\s>])`, 'g');

/** Keeps `root`'s DOM (nested widgets renamed to their copies, each pointing at its own snapshot) and CSS. */
function snapshot(root) {
  const nested = [...root.querySelectorAll(WIDGETS.join(','))].filter((element) => element.shadowRoot);
  for (const element of nested) element.dataset.copy = snapshot(element.shadowRoot);
  const markup = root.innerHTML.replace(NESTED, '<$1static-$2');
  for (const element of nested) delete element.dataset.copy;
  const sheetIds = root.adoptedStyleSheets.map((sheet) => {
    const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    return sheets.includes(text) ? sheets.indexOf(text) : sheets.push(text) - 1;
  });
  const attributes = root.host.getAttributeNames().map((name) => [name, root.host.getAttribute(name)]);
  return snapshots.push({ markup, sheets: sheetIds, attributes }) - 1;
}

const plan = await (await fetch('/bundle/plan.json')).json();
WIDGETS.forEach(define);
const firstRender = {};
for (const tag of WIDGETS) {
  const element = create(tag);
  document.body.append(element);
  await rendered(element);
  firstRender[tag] = snapshot(element.shadowRoot);
  element.remove();
}
const triage = create('back-pain-triage');
document.body.append(triage);
await rendered(triage);
const pages = [];
await walk(triage, plan, async () => {
  await rendered(triage);
  pages.push(snapshot(triage.shadowRoot));
});
window.captured = { sheets, snapshots, firstRender, walk: pages };
