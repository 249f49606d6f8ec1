import type { Question } from './types.js';
import { deepFreeze } from './deep-freeze.js';

const yesNoNotSure = <const>[{ id: 'no' }, { id: 'yes' }, { id: 'not-sure', notSure: true }];

const otherSigns = 'other-warning-signs';
const walkingSigns = 'walking-signs';

const legsInvolved = <const>{ question: 'legs-involved', anyOf: ['one-leg', 'both-legs'] };

/**
 * One question a step, in the order they are asked. Red-flag questions come
 * first so an emergency sign stops the questions as early as possible.
 * `askIf` only ever refers to questions earlier in this list.
 */
const questionData = <const>[
  // Warning signs (seed; CLINICAL.md red-flag table).
  { id: 'bladder-bowel', kind: 'red-flag', options: yesNoNotSure },
  { id: 'saddle-numbness', kind: 'red-flag', options: yesNoNotSure },
  {
    id: 'leg-nerve-symptoms',
    kind: 'red-flag',
    options: [
      { id: 'none' },
      { id: 'long-standing' },
      { id: 'new-one-leg' },
      // GIRFT's pathway (CSP 2024): new (about 2 weeks or less) or worsening symptoms in both legs are
      // suspected cauda equina, an emergency; both legs for longer and not changing, an urgent referral.
      { id: 'new-both-legs' },
      { id: 'both-legs-weeks' },
      { id: 'not-sure', notSure: true },
    ],
  },
  // Sudden pain down both legs, with no numbness, is a cauda equina warning sign too (SBNS and BASS 2018).
  { id: 'both-legs-pain', kind: 'red-flag', options: yesNoNotSure },
  {
    id: 'injury',
    kind: 'red-flag',
    options: [
      { id: 'major-trauma' },
      { id: 'significant-fall' },
      { id: 'minor-injury' },
      { id: 'none' },
    ],
  },
  {
    id: 'foot-drop',
    kind: 'red-flag',
    options: yesNoNotSure,
    // Foot drop is a form of weakness: ask when any leg symptom is reported.
    askIf: { question: 'leg-nerve-symptoms', anyOf: ['long-standing', 'new-one-leg', 'both-legs-weeks', 'not-sure'] },
    page: otherSigns,
  },
  // Signs of infection or cancer, asked together on one checkbox page (issue 9); each stays its own
  // answer, with its own "not sure".
  { id: 'fever', kind: 'red-flag', options: yesNoNotSure, page: otherSigns },
  { id: 'infection-risk', kind: 'red-flag', options: yesNoNotSure, page: otherSigns },
  // Injecting drugs in the past is a weaker sign than injecting now (Verhagen 2016; IFOMPT 2020).
  { id: 'past-drug-injection', kind: 'red-flag', options: yesNoNotSure, page: otherSigns },
  { id: 'cancer-history', kind: 'red-flag', options: yesNoNotSure, page: otherSigns },
  { id: 'weight-loss', kind: 'red-flag', options: yesNoNotSure, page: otherSigns },
  { id: 'night-pain', kind: 'red-flag', options: yesNoNotSure, page: otherSigns },
  {
    id: 'bone-risk',
    kind: 'red-flag',
    options: yesNoNotSure,
    // Weak bones matter only after a small knock: a hard fall needs a check whatever the bones (NICE CKS).
    askIf: { question: 'injury', anyOf: ['minor-injury'] },
    page: otherSigns,
  },
  {
    id: 'age',
    kind: 'red-flag',
    options: [{ id: 'under-20' }, { id: '20-to-49' }, { id: '50-to-59' }, { id: '60-or-over' }],
  },
  {
    // "New" pain is what makes age count next to another sign (NICE CKS; CLINICAL.md), and how
    // long it has lasted decides whether cold still fits the plan.
    id: 'pain-start',
    kind: 'red-flag',
    options: [
      { id: 'new-recent' },
      { id: 'new-months' },
      { id: 'returning' },
      { id: 'long-standing' },
      { id: 'not-sure', notSure: true },
    ],
  },
  {
    id: 'pain-course',
    kind: 'red-flag',
    options: [
      { id: 'easing' },
      { id: 'about-the-same' },
      { id: 'comes-and-goes' },
      { id: 'not-easing' },
      { id: 'getting-worse' },
    ],
  },

  // Walking discriminators (Nadeau 2013; seed).
  {
    id: 'legs-involved',
    kind: 'walking',
    options: [{ id: 'none' }, { id: 'one-leg' }, { id: 'both-legs' }],
  },
  {
    id: 'leg-location',
    kind: 'walking',
    options: [
      { id: 'buttock-or-thigh' },
      { id: 'below-knee' },
      { id: 'calf-cramp' },
      { id: 'not-sure', notSure: true },
    ],
    askIf: legsInvolved,
  },
  {
    id: 'what-eases',
    kind: 'walking',
    options: [
      { id: 'sitting-or-bending' },
      { id: 'standing-still' },
      { id: 'nothing' },
      { id: 'not-sure', notSure: true },
    ],
    askIf: legsInvolved,
  },
  {
    id: 'standing-brings-on',
    kind: 'walking',
    options: [{ id: 'yes' }, { id: 'no' }, { id: 'not-sure', notSure: true }],
    askIf: legsInvolved,
    page: walkingSigns,
  },
  {
    id: 'shopping-cart',
    kind: 'walking',
    options: [{ id: 'yes' }, { id: 'no' }, { id: 'not-sure', notSure: true }],
    page: walkingSigns,
  },
  {
    id: 'circulation-risk',
    kind: 'walking',
    options: [{ id: 'yes' }, { id: 'no' }, { id: 'not-sure', notSure: true }],
    // Poor circulation shows in the calf and lower leg, not the thigh.
    askIf: { question: 'leg-location', anyOf: ['calf-cramp', 'below-knee', 'not-sure'] },
    page: walkingSigns,
  },
  {
    id: 'walk-onset',
    kind: 'walking',
    options: [
      { id: 'builds-gradually' },
      { id: 'same-distance' },
      { id: 'first-steps' },
      { id: 'not-sure', notSure: true },
    ],
  },
  {
    id: 'leg-feeling',
    kind: 'walking',
    options: [
      { id: 'sharp-burning-tingling' },
      { id: 'cramping' },
      { id: 'heavy-tired' },
      { id: 'not-sure', notSure: true },
    ],
    // A calf cramp already says how it feels.
    askIf: { question: 'leg-location', anyOf: ['buttock-or-thigh', 'below-knee', 'not-sure'] },
  },
  {
    // Carrying load points to the discs; long hours on your feet point to shoes, posture and muscles.
    id: 'load-worse',
    kind: 'walking',
    options: [
      { id: 'carrying' },
      { id: 'on-feet' },
      { id: 'both' },
      { id: 'neither' },
      { id: 'not-sure', notSure: true },
    ],
  },

  // Muscles, gait, posture and footwear (seed).
  { id: 'sitting-most-of-day', kind: 'background', options: [{ id: 'yes' }, { id: 'no' }] },
  {
    id: 'hip-tightness',
    kind: 'background',
    options: [{ id: 'yes' }, { id: 'no' }, { id: 'not-sure', notSure: true }],
  },
  {
    id: 'hamstring-tightness',
    kind: 'background',
    options: [{ id: 'yes' }, { id: 'no' }, { id: 'not-sure', notSure: true }],
  },
  {
    id: 'core-exercise',
    kind: 'background',
    options: [{ id: 'rarely' }, { id: 'sometimes' }, { id: 'regularly' }],
  },
  {
    id: 'foot-roll',
    kind: 'background',
    options: [
      { id: 'roll-in' },
      { id: 'roll-out' },
      { id: 'no' },
      { id: 'not-sure', notSure: true },
    ],
  },
  {
    id: 'walking-posture',
    kind: 'background',
    options: [
      { id: 'lean-forward' },
      { id: 'hips-tipped' },
      { id: 'upright' },
      { id: 'not-sure', notSure: true },
    ],
  },
  {
    id: 'shoes',
    kind: 'background',
    options: [
      { id: 'worn-out' },
      { id: 'no-arch-support' },
      { id: 'high-heels' },
      { id: 'supportive' },
      { id: 'not-sure', notSure: true },
    ],
  },
] satisfies readonly Question[];

/** Typed with plain string ids for consumers; the literal ids live in `typeof questionData`. */
export const questions: readonly Question[] = /* @__PURE__ */ deepFreeze(questionData);
export type { questionData };
