import type { Exercise, Pose } from './types.js';
import { deepFreeze } from './deep-freeze.js';

/** Lying on the back, head to the left, knees bent and feet flat: the start of four exercises. */
const onTheBack = <const>{
  pelvis: 180,
  spine: 0,
  neck: 10,
  arms: { near: { shoulder: -3, elbow: 0 }, far: { shoulder: -3, elbow: 0 } },
  legs: { near: { hip: 50, knee: 115, ankle: 25 }, far: { hip: 50, knee: 115, ankle: 25 } },
  restsOn: ['shoulder', 'hip', 'near-ankle', 'near-toe'],
} satisfies Pose;

/**
 * Exercises from the seed plus the two stretches its causes call for. Doses
 * follow NHS leaflets: 5 to 10 repetitions, short holds, daily (NICE NG59
 * recommends exercise first). Bird-dog and plank are not in NHS leaflets, so
 * they cite a physiotherapy source and start with short holds.
 * Illustrations are poses of one drawn body (see Pose): joint angles only.
 */
const exerciseData = <const>[
  {
    id: 'knee-to-chest',
    dose: { repetitions: 5, holdSeconds: 5, sets: 2, frequency: 'daily', eachSide: true },
    factors: ['tight-hip-flexors', 'tight-hamstrings', 'spinal-stenosis', 'sciatica', 'degenerative-disc', 'footwear'],
    illustration: {
      start: onTheBack,
      end: {
        ...onTheBack,
        arms: { near: { shoulder: 17, elbow: 37 }, far: { shoulder: 17, elbow: 37 } },
        legs: { near: { hip: 125, knee: 135, ankle: 30 }, far: onTheBack.legs.far },
        restsOn: ['shoulder', 'hip', 'far-ankle', 'far-toe'],
      },
      moving: ['near-leg'],
    },
    sources: ['seed-article', 'nhs-back-exercises'],
  },
  {
    id: 'pelvic-tilt',
    dose: { repetitions: 10, holdSeconds: 5, sets: 1, frequency: 'daily' },
    factors: [
      'weak-core',
      'tight-hip-flexors',
      'tight-hamstrings',
      'walking-posture',
      'spinal-stenosis',
      'sciatica',
      'degenerative-disc',
      'footwear',
    ],
    illustration: {
      start: {
        ...onTheBack,
        pelvis: 160,
        spine: -28,
        neck: 18,
        arms: { near: { shoulder: -10, elbow: 0 }, far: { shoulder: -10, elbow: 0 } },
        legs: { near: { hip: 69, knee: 112, ankle: 25 }, far: { hip: 69, knee: 112, ankle: 25 } },
      },
      end: {
        ...onTheBack,
        pelvis: 190,
        spine: 10,
        legs: { near: { hip: 36, knee: 114, ankle: 25 }, far: { hip: 36, knee: 114, ankle: 25 } },
        restsOn: ['shoulder', 'waist', 'near-ankle', 'near-toe'],
      },
      moving: ['pelvis'],
      arrow: { at: 'waist', direction: 270 },
    },
    sources: ['seed-article', 'nhs-back-exercises'],
  },
  {
    id: 'bird-dog',
    dose: { repetitions: 6, holdSeconds: 5, sets: 2, frequency: 'daily', eachSide: true },
    factors: ['weak-core', 'gait', 'spinal-stenosis', 'degenerative-disc'],
    illustration: {
      start: {
        pelvis: 16,
        spine: 0,
        neck: 0,
        arms: { near: { shoulder: 74, elbow: 0 }, far: { shoulder: 74, elbow: 0 } },
        legs: { near: { hip: 74, knee: 90, ankle: 90 }, far: { hip: 74, knee: 90, ankle: 90 } },
        restsOn: ['far-hand', 'near-hand', 'near-knee', 'far-knee'],
      },
      end: {
        pelvis: 16,
        spine: 0,
        neck: 0,
        arms: { near: { shoulder: 174, elbow: 0 }, far: { shoulder: 74, elbow: 0 } },
        legs: { near: { hip: 74, knee: 90, ankle: 90 }, far: { hip: -16, knee: 0, ankle: 0 } },
        restsOn: ['far-hand', 'near-knee'],
      },
      moving: ['near-arm', 'far-leg'],
    },
    sources: ['seed-article', 'mcgill-2016'],
  },
  {
    id: 'plank',
    dose: { repetitions: 5, holdSeconds: 10, sets: 1, frequency: 'daily' },
    factors: ['weak-core', 'walking-posture'],
    illustration: {
      start: {
        pelvis: 0,
        spine: -37,
        neck: 20,
        arms: { near: { shoulder: 53, elbow: 90 }, far: { shoulder: 53, elbow: 90 } },
        legs: { near: { hip: 4, knee: 4, ankle: 90 }, far: { hip: 4, knee: 4, ankle: 90 } },
        restsOn: ['near-elbow', 'near-hand', 'hip', 'near-knee'],
      },
      end: {
        pelvis: 7,
        spine: 0,
        neck: 0,
        arms: { near: { shoulder: 83, elbow: 90 }, far: { shoulder: 83, elbow: 90 } },
        legs: { near: { hip: 0, knee: 0, ankle: 30 }, far: { hip: 0, knee: 0, ankle: 30 } },
        restsOn: ['near-elbow', 'near-hand', 'near-toe'],
      },
      moving: ['pelvis', 'trunk', 'near-leg', 'far-leg'],
    },
    sources: ['seed-article', 'mcgill-2016'],
  },
  {
    id: 'hip-flexor-stretch',
    dose: { repetitions: 5, holdSeconds: 10, sets: 1, frequency: 'daily', eachSide: true },
    factors: ['tight-hip-flexors', 'walking-posture', 'gait'],
    illustration: {
      start: {
        pelvis: 90,
        spine: 0,
        neck: 0,
        arms: { near: { shoulder: -41, elbow: 90 }, far: { shoulder: -41, elbow: 90 } },
        legs: { near: { hip: 0, knee: 90, ankle: 90 }, far: { hip: 87, knee: 87, ankle: 0 } },
        restsOn: ['near-knee', 'far-ankle', 'far-toe', 'near-toe'],
      },
      end: {
        pelvis: 90,
        spine: 0,
        neck: 0,
        arms: { near: { shoulder: -41, elbow: 90 }, far: { shoulder: -41, elbow: 90 } },
        legs: { near: { hip: -20, knee: 70, ankle: 90 }, far: { hip: 87, knee: 108, ankle: -21 } },
        restsOn: ['near-knee', 'far-ankle', 'far-toe', 'near-toe'],
      },
      moving: ['near-leg', 'pelvis'],
    },
    sources: ['seed-article', 'nhs-back-exercises'],
  },
  {
    id: 'hamstring-stretch',
    dose: { repetitions: 5, holdSeconds: 10, sets: 1, frequency: 'daily', eachSide: true },
    factors: ['tight-hamstrings', 'gait'],
    illustration: {
      start: {
        ...onTheBack,
        arms: { near: { shoulder: 0, elbow: 57 }, far: { shoulder: 0, elbow: 57 } },
        legs: { near: { hip: 90, knee: 90, ankle: 0 }, far: onTheBack.legs.far },
        restsOn: ['shoulder', 'hip', 'far-ankle', 'far-toe'],
      },
      end: {
        ...onTheBack,
        arms: { near: { shoulder: 15, elbow: 76 }, far: { shoulder: 15, elbow: 76 } },
        legs: { near: { hip: 80, knee: 0, ankle: 0 }, far: onTheBack.legs.far },
        restsOn: ['shoulder', 'hip', 'far-ankle', 'far-toe'],
      },
      moving: ['near-leg'],
      strap: ['near-hand', 'near-toe'],
    },
    sources: ['seed-article', 'nhs-back-exercises'],
  },
] satisfies readonly Exercise[];

/** Typed with plain string ids for consumers; the literal ids live in `typeof exerciseData`. */
export const exercises: readonly Exercise[] = /* @__PURE__ */ deepFreeze(exerciseData);
export type { exerciseData };
