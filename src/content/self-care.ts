import type { SelfCareStep } from './types.js';
import { deepFreeze } from './deep-freeze.js';

/** Self-care in the order it is shown. */
const selfCareData = [
  // The seed's cold-then-heat, with ACP's note that heat has the better evidence.
  { id: 'cold-then-heat', forEveryone: true, sources: ['seed-article', 'acp-qaseem-2017'] },
  { id: 'short-rest-keep-moving', forEveryone: true, sources: ['seed-article', 'nice-ng59', 'gstt-back-physio'] },
  { id: 'pace-your-walks', sources: ['seed-article', 'gstt-back-physio'] },
  { id: 'posture-tips', sources: ['seed-article'] },
  // Comfort and prevention only: NICE NG59 advises against orthotics as treatment.
  { id: 'footwear-tips', sources: ['seed-article', 'nice-ng59'] },
] as const satisfies readonly SelfCareStep[];

/** Caution ids (text in strings.cautions) the plan adds when urgency is urgent. */
export const planCautions = /* @__PURE__ */ deepFreeze(['get-checked-first', 'gentle-only'] as const);

/** Typed with plain string ids for consumers; the literal ids live in `typeof selfCareData`. */
export const selfCareSteps: readonly SelfCareStep[] = /* @__PURE__ */ deepFreeze(selfCareData);
export type { selfCareData };
