// One sample, in a new tab each time (Tachometer): the first walk through the triage on a fresh page, then a
// second, warm walk on the same page. With `?copy`, the same walks through the no-logic copy, whose only code
// shows the next page the triage showed when Continue is clicked. Each walk leaves two performance measures:
// its result step (from the last answer to the result rendered and laid out) and the sum of its steps.
import { loadCopies } from './copies.js';
import { walk } from './walk.js';

const plan = await (await fetch('/bundle/plan.json')).json();
let host;
let restart;
if (new URLSearchParams(location.search).has('copy')) {
  const copies = await loadCopies();
  ['back-pain-triage', 'red-flag-banner', 'exercise-card'].forEach(copies.define);
  let page = 0;
  host = copies.create('back-pain-triage', copies.walk[page]);
  document.body.append(host);
  host.shadowRoot.addEventListener('click', (event) => {
    if (event.target.closest('[part~="continue"]')) copies.fill(host.shadowRoot, copies.walk[++page]);
  });
  restart = () => copies.fill(host.shadowRoot, copies.walk[(page = 0)]);
} else {
  await import('/dist/cdn/back-pain-widgets.js');
  await Promise.all(['back-pain-triage', 'red-flag-banner', 'exercise-card'].map((tag) => customElements.whenDefined(tag)));
  host = document.createElement('back-pain-triage');
  host.setAttribute('skip-start', '');
  document.body.append(host);
  restart = () => host.reset();
}
await host.updateComplete;
for (const name of ['first', 'warm']) {
  const steps = await walk(host, plan);
  performance.measure(`${name} result step`, steps.at(-1));
  performance.measure(`${name} walk`, { start: 0, duration: steps.reduce((sum, { start, end }) => sum + end - start, 0) });
  restart();
  await host.updateComplete;
}
