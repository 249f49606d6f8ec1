import type { KnownFactorRule, FactorRule } from './types.js';
import { deepFreeze } from './deep-freeze.js';

/** Note ids a factor may carry in a result (text in strings.notes). */
export const factorNotes = /* @__PURE__ */ deepFreeze(<const>['check-circulation']);

/**
 * Possible contributing factors. Weights: 3 strong, 2 moderate, 1 weak;
 * negative weights count against. The engine ranks by the sum.
 */
const factorData = <const>[
  {
    id: 'weak-core',
    evidence: [
      { when: { question: 'core-exercise', anyOf: ['rarely'] }, weight: 2 },
      { when: { question: 'core-exercise', anyOf: ['sometimes'] }, weight: 1 },
      { when: { question: 'core-exercise', anyOf: ['regularly'] }, weight: -2 },
      // The seed: a dull ache that builds as the walk goes on.
      { when: { question: 'walk-onset', anyOf: ['builds-gradually'] }, weight: 2 },
      { when: { question: 'sitting-most-of-day', anyOf: ['yes'] }, weight: 1 },
      { when: { question: 'legs-involved', anyOf: ['none'] }, weight: 1 },
    ],
    exercises: ['bird-dog', 'plank', 'pelvic-tilt'],
    selfCare: ['short-rest-keep-moving', 'pace-your-walks'],
    sources: ['seed-article', 'nice-ng59', 'mcgill-2016'],
  },
  {
    id: 'tight-hip-flexors',
    evidence: [
      { when: { question: 'hip-tightness', anyOf: ['yes'] }, weight: 3 },
      { when: { question: 'hip-tightness', anyOf: ['no'] }, weight: -1 },
      // The seed: tight hip flexors often come from long sitting.
      { when: { question: 'sitting-most-of-day', anyOf: ['yes'] }, weight: 2 },
      { when: { question: 'walking-posture', anyOf: ['hips-tipped'] }, weight: 2 },
    ],
    exercises: ['hip-flexor-stretch', 'pelvic-tilt', 'knee-to-chest'],
    selfCare: ['posture-tips', 'short-rest-keep-moving'],
    sources: ['seed-article', 'nhs-back-exercises'],
  },
  {
    id: 'tight-hamstrings',
    evidence: [
      { when: { question: 'hamstring-tightness', anyOf: ['yes'] }, weight: 3 },
      { when: { question: 'hamstring-tightness', anyOf: ['no'] }, weight: -1 },
      { when: { question: 'sitting-most-of-day', anyOf: ['yes'] }, weight: 1 },
    ],
    exercises: ['hamstring-stretch', 'knee-to-chest', 'pelvic-tilt'],
    selfCare: ['short-rest-keep-moving'],
    sources: ['seed-article', 'nhs-back-exercises'],
  },
  {
    id: 'spinal-stenosis',
    evidence: [
      // Nadeau 2013: pain NOT brought on by standing alone makes stenosis very unlikely (LR- 0.05).
      { when: { question: 'standing-brings-on', anyOf: ['yes'] }, weight: 2 },
      { when: { question: 'standing-brings-on', anyOf: ['no'] }, weight: -4 },
      { when: { question: 'what-eases', anyOf: ['sitting-or-bending'] }, weight: 3 },
      { when: { question: 'what-eases', anyOf: ['standing-still'] }, weight: -3 },
      { when: { question: 'shopping-cart', anyOf: ['yes'] }, weight: 3 },
      { when: { question: 'shopping-cart', anyOf: ['no'] }, weight: -1 },
      { when: { question: 'leg-location', anyOf: ['buttock-or-thigh'] }, weight: 2 },
      { when: { question: 'leg-location', anyOf: ['calf-cramp'] }, weight: -2 },
      { when: { question: 'leg-feeling', anyOf: ['heavy-tired'] }, weight: 1 },
      { when: { question: 'legs-involved', anyOf: ['both-legs'] }, weight: 1 },
      { when: { question: 'age', anyOf: ['50-to-59'] }, weight: 1 },
      { when: { question: 'age', anyOf: ['60-or-over'] }, weight: 2 },
    ],
    caps: [
      // Relief from standing still points to poor circulation (Nadeau 2013: LR+ 20 with calf pain).
      {
        when: { question: 'what-eases', anyOf: ['standing-still'] },
        maxConfidence: 'possible',
        note: 'check-circulation',
        // The note asks a doctor to check the circulation, and no back exercises until then.
        urgency: 'routine',
        holdsExercises: 'wait-for-circulation-check',
      },
      {
        when: {
          allOf: [
            { question: 'leg-location', anyOf: ['calf-cramp'] },
            { question: 'circulation-risk', anyOf: ['yes'] },
          ],
        },
        maxConfidence: 'possible',
        note: 'check-circulation',
        urgency: 'routine',
        holdsExercises: 'wait-for-circulation-check',
      },
    ],
    exercises: ['knee-to-chest', 'pelvic-tilt', 'bird-dog'],
    selfCare: ['pace-your-walks', 'short-rest-keep-moving', 'cold-then-heat', 'heat-for-stiffness'],
    sources: ['seed-article', 'nadeau-2013', 'nice-ng59'],
    // A clinician talks it through and decides on any scan (seed; NICE NG59 1.1.4).
    urgency: { level: 'routine', atConfidence: 'likely' },
  },
  {
    id: 'sciatica',
    evidence: [
      { when: { question: 'legs-involved', anyOf: ['one-leg'] }, weight: 2 },
      { when: { question: 'legs-involved', anyOf: ['both-legs'] }, weight: -1 },
      { when: { question: 'leg-location', anyOf: ['below-knee'] }, weight: 3 },
      { when: { question: 'leg-location', anyOf: ['buttock-or-thigh'] }, weight: 1 },
      { when: { question: 'leg-feeling', anyOf: ['sharp-burning-tingling'] }, weight: 3 },
      { when: { question: 'leg-nerve-symptoms', anyOf: ['new-one-leg'] }, weight: 2 },
      { when: { question: 'leg-nerve-symptoms', anyOf: ['long-standing'] }, weight: 1 },
      { when: { question: 'foot-drop', anyOf: ['yes'] }, weight: 1 },
    ],
    exercises: ['knee-to-chest', 'pelvic-tilt'],
    selfCare: ['short-rest-keep-moving', 'cold-then-heat', 'heat-for-stiffness', 'pace-your-walks'],
    sources: ['seed-article', 'nice-cks-sciatica', 'nice-ng59'],
  },
  {
    id: 'degenerative-disc',
    evidence: [
      // The seed: mechanical pain made worse by carrying load.
      { when: { question: 'load-worse', anyOf: ['carrying'] }, weight: 2 },
      { when: { question: 'load-worse', anyOf: ['both'] }, weight: 3 },
      { when: { question: 'load-worse', anyOf: ['on-feet'] }, weight: 1 },
      { when: { question: 'load-worse', anyOf: ['neither'] }, weight: -1 },
      { when: { question: 'walk-onset', anyOf: ['builds-gradually'] }, weight: 1 },
      // Disc wear comes with age (NICE NG59 context; seed): rarer the younger the person.
      { when: { question: 'age', anyOf: ['under-20'] }, weight: -2 },
      { when: { question: 'age', anyOf: ['20-to-49'] }, weight: -1 },
      { when: { question: 'age', anyOf: ['50-to-59'] }, weight: 1 },
      { when: { question: 'age', anyOf: ['60-or-over'] }, weight: 2 },
    ],
    exercises: ['pelvic-tilt', 'knee-to-chest', 'bird-dog'],
    selfCare: ['short-rest-keep-moving', 'pace-your-walks', 'cold-then-heat', 'heat-for-stiffness', 'footwear-tips'],
    sources: ['seed-article', 'nice-ng59'],
  },
  {
    id: 'gait',
    evidence: [
      { when: { question: 'foot-roll', anyOf: ['roll-in', 'roll-out'] }, weight: 3 },
      { when: { question: 'foot-roll', anyOf: ['no'] }, weight: -1 },
    ],
    exercises: ['bird-dog', 'hip-flexor-stretch', 'hamstring-stretch'],
    selfCare: ['footwear-tips', 'posture-tips'],
    sources: ['seed-article', 'nice-ng59'],
  },
  {
    id: 'walking-posture',
    evidence: [
      { when: { question: 'walking-posture', anyOf: ['lean-forward', 'hips-tipped'] }, weight: 3 },
      { when: { question: 'walking-posture', anyOf: ['upright'] }, weight: -1 },
      { when: { question: 'hip-tightness', anyOf: ['yes'] }, weight: 1 },
    ],
    exercises: ['pelvic-tilt', 'plank', 'hip-flexor-stretch'],
    selfCare: ['posture-tips'],
    sources: ['seed-article'],
  },
  {
    id: 'footwear',
    evidence: [
      { when: { question: 'shoes', anyOf: ['worn-out', 'high-heels'] }, weight: 3 },
      { when: { question: 'shoes', anyOf: ['no-arch-support'] }, weight: 2 },
      { when: { question: 'shoes', anyOf: ['supportive'] }, weight: -2 },
      // Shoes worn down on one edge.
      { when: { question: 'foot-roll', anyOf: ['roll-in', 'roll-out'] }, weight: 1 },
      // The seed: worn shoes send more jolt up with every step, which adds up over long hours on your feet.
      // Only with shoes that give little support: long hours in good shoes say nothing about the shoes.
      {
        when: {
          allOf: [
            { question: 'load-worse', anyOf: ['on-feet', 'both'] },
            { question: 'shoes', anyOf: ['worn-out', 'no-arch-support', 'high-heels'] },
          ],
        },
        weight: 1,
      },
    ],
    exercises: ['knee-to-chest', 'pelvic-tilt'],
    // Comfort and prevention only: NICE NG59 advises against orthotics as treatment.
    selfCare: ['footwear-tips'],
    sources: ['seed-article', 'nice-ng59'],
  },
  {
    // Vascular claudication, the look-alike of spinal stenosis (CLINICAL.md): it is leg pain, so it is
    // never suggested without leg symptoms.
    id: 'leg-circulation',
    onlyIf: { question: 'legs-involved', anyOf: ['one-leg', 'both-legs'] },
    evidence: [
      { when: { question: 'what-eases', anyOf: ['standing-still'] }, weight: 4 },
      { when: { question: 'what-eases', anyOf: ['sitting-or-bending'] }, weight: -2 },
      { when: { question: 'leg-location', anyOf: ['calf-cramp'] }, weight: 3 },
      { when: { question: 'leg-location', anyOf: ['buttock-or-thigh'] }, weight: -1 },
      { when: { question: 'leg-feeling', anyOf: ['cramping'] }, weight: 1 },
      { when: { question: 'circulation-risk', anyOf: ['yes'] }, weight: 2 },
      { when: { question: 'circulation-risk', anyOf: ['no'] }, weight: -1 },
      { when: { question: 'walk-onset', anyOf: ['same-distance'] }, weight: 2 },
      // No "yes" counts against poor circulation: a narrow-spine sign (standing brings it on, the shopping
      // trolley) makes stenosis likelier (Nadeau 2013) but does not rule out poor circulation, and both need
      // a clinician. Counting it against let a "yes" lower routine to self-care (issue 23): the safer course.
    ],
    exercises: [],
    // NICE CG147: supervised walking exercise, not shorter walks, once a clinician has checked.
    selfCare: ['walking-for-circulation'],
    leavesOut: ['pace-your-walks'],
    sources: ['nadeau-2013', 'nice-cg147'],
    // Even a possible circulation problem needs a clinician to check the pulses (CLINICAL.md).
    urgency: { level: 'routine', atConfidence: 'possible' },
    // No back exercises until a clinician has checked the circulation.
    holdsExercises: 'wait-for-circulation-check',
  },
] satisfies readonly KnownFactorRule[];

/** Typed with plain string ids for consumers; the literal ids live in `typeof factorData`. */
export const factorRules: readonly FactorRule[] = /* @__PURE__ */ deepFreeze(factorData);
export type { factorData };
