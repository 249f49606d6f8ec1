// What the define and capture pages put on the page: a tag, its class and its attributes.
import { BackPainProvider, BackPainTriage, ExerciseCard, FactorExplainer, RedFlagBanner, SelfCareGuide } from '/bundle/classes.js';

export const elements = {
  'back-pain-provider': { ctor: BackPainProvider, attributes: { locale: 'en', 'emergency-number': '112' } },
  'red-flag-banner': { ctor: RedFlagBanner, attributes: {} },
  'exercise-card': { ctor: ExerciseCard, attributes: { exercise: 'bird-dog' } },
  'self-care-guide': { ctor: SelfCareGuide, attributes: {} },
  'factor-explainer': { ctor: FactorExplainer, attributes: { factor: 'spinal-stenosis' } },
  // The first question, the heavier first page (the start page shows unless the host skips it).
  'back-pain-triage': { ctor: BackPainTriage, attributes: { 'skip-start': '' } },
};

export const WIDGETS = Object.keys(elements);

export function define(tag) {
  if (!customElements.get(tag)) customElements.define(tag, elements[tag].ctor);
}

export function create(tag) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(elements[tag].attributes)) element.setAttribute(name, value);
  return element;
}

/** Waits for the element's update and those of the widgets it rendered inside itself. */
export async function rendered(element) {
  await element.updateComplete;
  const inner = element.shadowRoot ? [...element.shadowRoot.querySelectorAll('*')] : [];
  await Promise.all(inner.filter((node) => 'updateComplete' in node).map((node) => node.updateComplete));
}
