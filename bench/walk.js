// Answers every question as a person would (the planned option's radio, then Continue) until the result shows.
// Each step runs in a task of its own, as a person's click does, and is timed from the first answer to the next
// page rendered and laid out. Works the same on the triage and on its no-logic copy (bench/copies.js).

/** More steps than the longest walk has: past it, the walk is stuck. */
const MAX_STEPS = 40;

/** Yields to the event loop without timer clamping. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

const heading = (root) => root.querySelector('#step-heading')?.textContent.trim().replace(/\s+/g, ' ');

/** Clicks the planned answer of each question on the page: one radio group, or one group per sign. */
function chooseAnswers(form, plan) {
  for (const question of new Set([...form.querySelectorAll('input[type="radio"]')].map((input) => input.name))) {
    const choice = form.querySelector(`input[name="${question}"][value="${plan[question]}"]`);
    if (!choice) throw new Error(`bench: no planned answer for "${question}" on "${heading(form)}"`);
    choice.click();
  }
}

/**
 * Walks `host` from the question it shows to the result; returns each step's start and end. Throws when a page
 * says an answer is missing or the walk ends anywhere but a result, so no figure is ever taken of a walk that
 * did not happen. `onPage` sees each page before it is answered, and the result.
 */
export async function walk(host, plan, onPage = async () => {}) {
  const root = host.shadowRoot;
  const steps = [];
  for (let form; (form = root.querySelector('form[part="question"]')); ) {
    if (root.querySelector('[part="error-summary"]')) throw new Error(`bench: "${heading(root)}" says an answer is missing`);
    if (steps.length === MAX_STEPS) throw new Error(`bench: ${MAX_STEPS} steps and no result yet ("${heading(root)}")`);
    await onPage(root);
    await nextTask();
    const start = performance.now();
    chooseAnswers(form, plan);
    root.querySelector('[part~="continue"]').click();
    await host.updateComplete;
    void host.offsetHeight;
    steps.push({ start, end: performance.now() });
  }
  if (!root.querySelector('[part~="urgency"]')) throw new Error(`bench: the walk stopped on "${heading(root)}", not on a result`);
  await onPage(root);
  return steps;
}
