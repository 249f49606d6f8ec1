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

/** Chooses the planned answers on the page shown: a radio, or on a checkbox page each sign's box (all "no": None of these). */
function chooseAnswers(form, plan) {
  const radios = [...form.querySelectorAll('input[type="radio"]')];
  if (radios.length) {
    const choice = radios.find((input) => input.value === plan[input.name]);
    if (!choice) throw new Error(`bench: no planned answer for "${radios[0].name}"`);
    choice.checked = true;
    return;
  }
  const signs = [...form.querySelectorAll('[part~="options"] input[type="checkbox"][value="yes"]')].map((box) => box.name);
  for (const sign of signs) {
    if (!plan[sign]) throw new Error(`bench: no planned answer for "${sign}"`);
    const box = form.querySelector(`input[type="checkbox"][name="${sign}"][value="${plan[sign]}"]`);
    if (box) box.checked = true;
  }
  if (signs.every((sign) => plan[sign] === 'no')) form.querySelector('input[name="none-of-these"]').checked = true;
}

window.stepThrough = async (plan) => {
  const triage = create('back-pain-triage');
  document.body.append(triage);
  await rendered(triage);
  let elapsed = 0;
  let steps = 0;
  const times = [];
  while (!triage.result) {
    await nextTask();
    const start = performance.now();
    const form = triage.shadowRoot.querySelector('form[part="question"]');
    chooseAnswers(form, plan);
    triage.shadowRoot.querySelector('[part~="continue"]').click();
    await triage.updateComplete;
    if (triage.result) await rendered(triage);
    void triage.offsetHeight;
    times.push(performance.now() - start);
    elapsed += times.at(-1);
    steps += 1;
  }
  triage.remove();
  return { elapsed, steps, times };
};
window.benchReady = true;
