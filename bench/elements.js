// What each bench page puts on the page: a tag, its class and its attributes.
import {
  BackPainProvider,
  BackPainTriage,
  BareElement,
  ExerciseCard,
  FactorExplainer,
  RedFlagBanner,
  SelfCareGuide,
} from '/bundle/classes.js';

export const elements = {
  'bare-lit-element': { ctor: BareElement, attributes: {} },
  'back-pain-provider': { ctor: BackPainProvider, attributes: { locale: 'en', 'emergency-number': '112' } },
  'red-flag-banner': { ctor: RedFlagBanner, attributes: {} },
  'exercise-card': { ctor: ExerciseCard, attributes: { exercise: 'bird-dog' } },
  'self-care-guide': { ctor: SelfCareGuide, attributes: {} },
  'factor-explainer': { ctor: FactorExplainer, attributes: { factor: 'spinal-stenosis' } },
  // The first question, the heavier first page (the start page shows unless the host skips it).
  'back-pain-triage': { ctor: BackPainTriage, attributes: { 'skip-start': '' } },
};

/** The widgets (every tag above but the bare Lit element). */
export const WIDGETS = Object.keys(elements).filter((tag) => tag !== 'bare-lit-element');

/** The tag of a widget's no-logic copy (bench/static-copy.js): `static-exercise-card`. */
export const copyTag = (tag) => `static-${tag}`;

/** The copies' classes, once bench/static-copy.js has made them. */
export const staticCopies = new Map();

/** Elements another element renders inside itself, defined before the timed define (as its define file does). */
export const dependencies = {
  'back-pain-triage': ['red-flag-banner', 'exercise-card'],
  'static-back-pain-triage': ['static-red-flag-banner', 'static-exercise-card'],
};

export function define(tag) {
  if (!customElements.get(tag)) customElements.define(tag, staticCopies.get(tag) ?? elements[tag].ctor);
}

export function create(tag) {
  const element = document.createElement(tag);
  const { attributes } = elements[tag.replace(/^static-/, '')];
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Waits for the element's update and those of the widgets it rendered inside itself. */
export async function rendered(element) {
  await element.updateComplete;
  const inner = element.shadowRoot ? [...element.shadowRoot.querySelectorAll('*')] : [];
  await Promise.all(inner.filter((node) => 'updateComplete' in node).map((node) => node.updateComplete));
}
