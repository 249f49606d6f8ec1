import type { KnownSelfCareStep, SelfCareStep } from './types.js';
import { deepFreeze } from './deep-freeze.js';

/** Self-care in the order it is shown. */
const selfCareData = <const>[
  // The seed's cold-then-heat, with ACP's note that heat has the better evidence. Cold is for the first
  // days of a flare-up, so pain that has lasted for months gets heat alone.
  {
    id: 'cold-then-heat',
    forEveryone: true,
    unless: { question: 'pain-start', anyOf: ['new-months', 'long-standing'] },
    sources: ['seed-article', 'acp-qaseem-2017'],
  },
  {
    id: 'heat-for-stiffness',
    forEveryone: true,
    onlyIf: { question: 'pain-start', anyOf: ['new-months', 'long-standing'] },
    sources: ['seed-article', 'acp-qaseem-2017'],
  },
  { id: 'short-rest-keep-moving', forEveryone: true, sources: ['seed-article', 'nice-ng59', 'gstt-back-physio'] },
  { id: 'pace-your-walks', sources: ['seed-article', 'gstt-back-physio'] },
  { id: 'posture-tips', sources: ['seed-article'] },
  // NICE CG147: walking exercise is the first treatment for leg pain from poor circulation.
  { id: 'walking-for-circulation', onlyForItsFactor: true, sources: ['nice-cg147'] },
  // Comfort and prevention only: NICE NG59 advises against orthotics as treatment. Not for someone
  // who already walks in supportive shoes.
  {
    id: 'footwear-tips',
    unless: { question: 'shoes', anyOf: ['supportive'] },
    sources: ['seed-article', 'nice-ng59'],
  },
] satisfies readonly KnownSelfCareStep[];

/**
 * Caution ids (text in strings.cautions): the first when urgency is urgent (no exercises before that check), the others when a
 * warning sign or a factor holds the exercises back until a clinician has checked.
 */
export const planCautions = /* @__PURE__ */ deepFreeze(<const>[
  'get-checked-first',
  'wait-for-circulation-check',
  'wait-for-fracture-check',
]);

/** Typed with plain string ids for consumers; the literal ids live in `typeof selfCareData`. */
export const selfCareSteps: readonly SelfCareStep[] = /* @__PURE__ */ deepFreeze(selfCareData);
export type { selfCareData };
