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
      // Both hands hold the shin just below the knee.
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
      // The lower back arches off the floor, then the pelvis rocks back and presses it flat.
      start: {
        ...onTheBack,
        pelvis: 150,
        spine: -40,
        neck: 18,
        arms: { near: { shoulder: -10, elbow: 0 }, far: { shoulder: -10, elbow: 0 } },
        legs: { near: { hip: 80, knee: 115, ankle: 25 }, far: { hip: 80, knee: 115, ankle: 25 } },
      },
      end: {
        ...onTheBack,
        pelvis: 190,
        spine: 10,
        legs: { near: { hip: 38, knee: 115, ankle: 25 }, far: { hip: 38, knee: 115, ankle: 25 } },
        restsOn: ['shoulder', 'waist', 'near-ankle', 'near-toe'],
      },
      moving: ['pelvis'],
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
        neck: 45,
        arms: { near: { shoulder: 74, elbow: 0 }, far: { shoulder: 74, elbow: 0 } },
        legs: { near: { hip: 74, knee: 90, ankle: 90 }, far: { hip: 74, knee: 90, ankle: 90 } },
        restsOn: ['far-hand', 'near-hand', 'near-knee', 'far-knee'],
      },
      // The arm in line with the back and the head down, looking at the floor: the arm passes over the head.
      end: {
        pelvis: 16,
        spine: 0,
        neck: 45,
        arms: { near: { shoulder: 180, elbow: 0 }, far: { shoulder: 74, elbow: 0 } },
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
        legs: { near: { hip: 0, knee: 90, ankle: 90 }, far: { hip: 79, knee: 47, ankle: 31 } },
        restsOn: ['near-knee', 'far-ankle', 'far-toe', 'near-toe'],
      },
      end: {
        pelvis: 90,
        spine: 0,
        neck: 0,
        arms: { near: { shoulder: -41, elbow: 90 }, far: { shoulder: -41, elbow: 90 } },
        legs: { near: { hip: -30, knee: 60, ankle: 90 }, far: { hip: 94, knee: 96, ankle: -2 } },
        restsOn: ['near-knee', 'far-ankle', 'far-toe', 'near-toe'],
      },
      // The back knee and the front foot stay put; the hips and the upright body move forward over the front foot.
      moving: ['near-leg', 'pelvis', 'trunk'],
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
        arms: { near: { shoulder: -6, elbow: 115 }, far: { shoulder: -6, elbow: 115 } },
        legs: { near: { hip: 125, knee: 55, ankle: 0 }, far: onTheBack.legs.far },
        restsOn: ['shoulder', 'hip', 'far-ankle', 'far-toe'],
      },
      end: {
        ...onTheBack,
        arms: { near: { shoulder: -6, elbow: 86 }, far: { shoulder: -6, elbow: 86 } },
        legs: { near: { hip: 85, knee: 0, ankle: 0 }, far: onTheBack.legs.far },
        restsOn: ['shoulder', 'hip', 'far-ankle', 'far-toe'],
      },
      // Elbows on the floor, the towel from the hands up over the sole of the foot: it never crosses the leg.
      moving: ['near-leg'],
      strap: ['near-hand', 'near-toe'],
    },
    sources: ['seed-article', 'nhs-back-exercises'],
  },
] satisfies readonly Exercise[];

/** Typed with plain string ids for consumers; the literal ids live in `typeof exerciseData`. */
export const exercises: readonly Exercise[] = /* @__PURE__ */ deepFreeze(exerciseData);
export type { exerciseData };
