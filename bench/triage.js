// Answers every question with the element's own options and Continue button, as a person would, until the result shows.
import { create, define, dependencies, rendered } from './elements.js';

for (const tag of [...dependencies['back-pain-triage'], 'back-pain-triage']) define(tag);

window.stepThrough = async (plan) => {
  const triage = create('back-pain-triage');
  document.body.append(triage);
  await rendered(triage);
  const start = performance.now();
  let steps = 0;
  while (!triage.result) {
    const form = triage.shadowRoot.querySelector('form[part="question"]');
    const question = form.querySelector('input[type="radio"]').name;
    const choice = [...form.querySelectorAll('input[type="radio"]')].find((input) => input.value === plan[question]);
    if (!choice) throw new Error(`bench: no planned answer for "${question}"`);
    choice.checked = true;
    triage.shadowRoot.querySelector('[part~="continue"]').click();
    await triage.updateComplete;
    steps += 1;
  }
  await rendered(triage);
  void triage.offsetHeight;
  const elapsed = performance.now() - start;
  triage.remove();
  return { elapsed, steps };
};
window.benchReady = true;
