import type { Exercise } from './types.js';

const viewBox = '0 0 240 140';
/** The floor every figure rests on. */
const floor = 'M 10 126 L 230 126';

/**
 * Exercises from the seed plus the two stretches its causes call for. Doses
 * follow NHS leaflets: 5 to 10 repetitions, short holds, daily (NICE NG59
 * recommends exercise first). Bird-dog and plank are not in NHS leaflets, so
 * they cite a physiotherapy source and start with short holds.
 * Illustrations are original stick figures: one stroke per body part.
 */
const exerciseData = <const>[
  {
    id: 'knee-to-chest',
    dose: { repetitions: 5, holdSeconds: 5, sets: 2, frequency: 'daily' },
    factors: ['tight-hip-flexors', 'tight-hamstrings', 'spinal-stenosis', 'sciatica', 'degenerative-disc', 'footwear'],
    illustration: {
      viewBox,
      paths: [
        floor,
        // body lying on the back
        'M 48 118 L 118 120',
        // straight leg along the floor
        'M 118 120 L 200 122 L 212 112',
        // bent leg: thigh pulled toward the chest, shin level
        'M 118 120 L 94 80 L 130 74',
        // arm holding the knee
        'M 60 117 L 92 84',
      ],
      circles: [{ cx: 36, cy: 114, r: 11 }],
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
      viewBox,
      paths: [
        floor,
        // body lying on the back, lower back pressed flat
        'M 48 118 L 120 120',
        // bent knees, feet flat
        'M 120 120 L 152 82 L 176 122 L 192 122',
        // arrow: lower back presses down
        'M 96 98 L 96 112 M 90 106 L 96 112 L 102 106',
      ],
      circles: [{ cx: 36, cy: 114, r: 11 }],
    },
    sources: ['seed-article', 'nhs-back-exercises'],
  },
  {
    id: 'bird-dog',
    dose: { repetitions: 6, holdSeconds: 5, sets: 2, frequency: 'daily' },
    factors: ['weak-core', 'gait', 'spinal-stenosis', 'degenerative-disc'],
    illustration: {
      viewBox,
      paths: [
        floor,
        // flat back on hands and knees
        'M 84 70 L 150 70',
        // neck
        'M 76 62 L 84 70',
        // supporting arm
        'M 86 70 L 86 122',
        // reaching arm, forward at shoulder height
        'M 84 70 L 28 72',
        // supporting leg, knee on the floor
        'M 150 70 L 150 122 L 186 122',
        // opposite leg, straight back
        'M 150 70 L 216 64',
      ],
      circles: [{ cx: 68, cy: 54, r: 11 }],
    },
    sources: ['seed-article', 'mcgill-2016'],
  },
  {
    id: 'plank',
    dose: { repetitions: 5, holdSeconds: 10, sets: 1, frequency: 'daily' },
    factors: ['weak-core', 'walking-posture'],
    illustration: {
      viewBox,
      paths: [
        floor,
        // straight body from shoulders to toes
        'M 58 88 L 206 118',
        // upper arm and forearm on the floor
        'M 58 88 L 58 122 L 88 122',
        // toes on the floor
        'M 206 118 L 212 124',
      ],
      circles: [{ cx: 44, cy: 80, r: 11 }],
    },
    sources: ['seed-article', 'mcgill-2016'],
  },
  {
    id: 'hip-flexor-stretch',
    dose: { repetitions: 5, holdSeconds: 10, sets: 1, frequency: 'daily' },
    factors: ['tight-hip-flexors', 'walking-posture', 'gait'],
    illustration: {
      viewBox,
      paths: [
        floor,
        // upright body
        'M 112 42 L 112 84',
        // front leg: knee bent, foot flat
        'M 112 84 L 154 84 L 156 122 L 172 122',
        // back leg: knee on the floor
        'M 112 84 L 84 122 L 40 122',
        // hands on the hips
        'M 112 52 L 126 68 L 114 82',
      ],
      circles: [{ cx: 112, cy: 28, r: 12 }],
    },
    sources: ['seed-article', 'nhs-back-exercises'],
  },
  {
    id: 'hamstring-stretch',
    dose: { repetitions: 5, holdSeconds: 10, sets: 1, frequency: 'daily' },
    factors: ['tight-hamstrings', 'gait'],
    illustration: {
      viewBox,
      paths: [
        floor,
        // body lying on the back
        'M 48 118 L 120 120',
        // one knee bent, foot flat
        'M 120 120 L 150 88 L 172 122',
        // other leg raised straight
        'M 120 120 L 146 34',
        // arms and a towel around the raised foot
        'M 62 118 L 102 66 L 144 38',
      ],
      circles: [{ cx: 36, cy: 114, r: 11 }],
    },
    sources: ['seed-article', 'nhs-back-exercises'],
  },
] satisfies readonly Exercise[];

/** Typed with plain string ids for consumers; the literal ids live in `typeof exerciseData`. */
export const exercises: readonly Exercise[] = exerciseData;
export type { exerciseData };
