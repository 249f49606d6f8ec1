// Answers every question with the element's own options and Continue button, as a person would, until the result shows. Each
// answer runs in a task of its own (a person's click does), so a trace shows each step's task.
import { create, define, dependencies, rendered } from './elements.js';

for (const tag of [...dependencies['back-pain-triage'], 'back-pain-triage']) define(tag);

/** Yields to the event loop without timer clamping. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

window.stepThrough = async (plan) => {
  const triage = create('back-pain-triage');
  document.body.append(triage);
  await rendered(triage);
  let elapsed = 0;
  let steps = 0;
  while (!triage.result) {
    await nextTask();
    const start = performance.now();
    const form = triage.shadowRoot.querySelector('form[part="question"]');
    const question = form.querySelector('input[type="radio"]').name;
    const choice = [...form.querySelectorAll('input[type="radio"]')].find((input) => input.value === plan[question]);
    if (!choice) throw new Error(`bench: no planned answer for "${question}"`);
    choice.checked = true;
    triage.shadowRoot.querySelector('[part~="continue"]').click();
    await triage.updateComplete;
    if (triage.result) await rendered(triage);
    void triage.offsetHeight;
    elapsed += performance.now() - start;
    steps += 1;
  }
  triage.remove();
  return { elapsed, steps };
};
window.benchReady = true;
