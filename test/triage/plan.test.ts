import { describe, expect, it } from 'vitest';
import { triage, type CarePlan } from '../../src/triage/index.js';

/** The general plan when nothing points to a factor: the exercises most factors use, and every step meant for all. */
const generalSelfCare = ['cold-then-heat', 'short-rest-keep-moving', 'pace-your-walks', 'posture-tips', 'footwear-tips'];
const generalExercises = ['pelvic-tilt', 'knee-to-chest', 'bird-dog'];

const cases: { name: string; answers: Record<string, string>; plan: CarePlan }[] = [
  { name: 'no answers: the general plan', answers: {}, plan: { selfCare: generalSelfCare, exercises: generalExercises, cautions: [] } },
  {
    name: 'only a less likely factor: the general plan',
    answers: { 'core-exercise': 'sometimes' },
    plan: { selfCare: generalSelfCare, exercises: generalExercises, cautions: [] },
  },

  // Each factor leading alone: its own exercises in its order, topped up to three from the general set.
  {
    name: 'weak core',
    answers: { 'core-exercise': 'rarely' },
    plan: { selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'pace-your-walks'], exercises: ['bird-dog', 'plank', 'pelvic-tilt'], cautions: [] },
  },
  {
    name: 'tight hip flexors (walking posture only less likely, so it adds nothing)',
    answers: { 'hip-tightness': 'yes' },
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'posture-tips'],
      exercises: ['hip-flexor-stretch', 'pelvic-tilt', 'knee-to-chest'],
      cautions: [],
    },
  },
  {
    name: 'tight hamstrings',
    answers: { 'hamstring-tightness': 'yes' },
    plan: { selfCare: ['cold-then-heat', 'short-rest-keep-moving'], exercises: ['hamstring-stretch', 'knee-to-chest', 'pelvic-tilt'], cautions: [] },
  },
  {
    name: 'spinal stenosis',
    answers: { 'shopping-cart': 'yes' },
    plan: { selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'pace-your-walks'], exercises: ['knee-to-chest', 'pelvic-tilt', 'bird-dog'], cautions: [] },
  },
  {
    name: 'sciatica: two exercises, topped up with the next general one',
    answers: { 'legs-involved': 'one-leg', 'leg-location': 'below-knee' },
    plan: { selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'pace-your-walks'], exercises: ['knee-to-chest', 'pelvic-tilt', 'bird-dog'], cautions: [] },
  },
  {
    name: 'degenerative disc',
    answers: { 'load-worse': 'both' },
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'pace-your-walks', 'footwear-tips'],
      exercises: ['pelvic-tilt', 'knee-to-chest', 'bird-dog'],
      cautions: [],
    },
  },
  {
    name: 'gait',
    answers: { 'foot-roll': 'roll-in' },
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'posture-tips', 'footwear-tips'],
      exercises: ['bird-dog', 'hip-flexor-stretch', 'hamstring-stretch'],
      cautions: [],
    },
  },
  {
    name: 'walking posture',
    answers: { 'walking-posture': 'lean-forward' },
    plan: { selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'posture-tips'], exercises: ['pelvic-tilt', 'plank', 'hip-flexor-stretch'], cautions: [] },
  },
  {
    name: 'footwear: two exercises, topped up',
    answers: { shoes: 'worn-out' },
    plan: { selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'footwear-tips'], exercises: ['knee-to-chest', 'pelvic-tilt', 'bird-dog'], cautions: [] },
  },
  {
    name: 'leg circulation: walking for circulation instead of paced walks, no exercises until checked',
    answers: { 'legs-involved': 'one-leg', 'walk-onset': 'same-distance' },
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'walking-for-circulation'],
      exercises: [],
      cautions: ['wait-for-circulation-check'],
    },
  },

  // Several factors.
  {
    name: 'three leading factors: first choices first, at most five',
    answers: { 'core-exercise': 'rarely', 'hip-tightness': 'yes', 'hamstring-tightness': 'yes', 'sitting-most-of-day': 'yes' },
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'pace-your-walks', 'posture-tips'],
      // Plank, weak core's second choice, is the sixth and is cut.
      exercises: ['hip-flexor-stretch', 'hamstring-stretch', 'bird-dog', 'pelvic-tilt', 'knee-to-chest'],
      cautions: [],
    },
  },
  {
    name: 'four possible factors: only the top three shape the plan',
    answers: {
      'core-exercise': 'rarely',
      'hip-tightness': 'yes',
      'hamstring-tightness': 'yes',
      'sitting-most-of-day': 'yes',
      'foot-roll': 'roll-in',
      shoes: 'supportive',
    },
    // Weak core ranks fourth (3, after gait by id): no plank and no paced walks.
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'posture-tips'],
      exercises: ['hip-flexor-stretch', 'hamstring-stretch', 'bird-dog', 'pelvic-tilt', 'knee-to-chest'],
      cautions: [],
    },
  },
  {
    name: 'leg circulation possible but not leading still holds the exercises and leaves out paced walks',
    answers: {
      'hip-tightness': 'yes',
      'hamstring-tightness': 'yes',
      'load-worse': 'both',
      'legs-involved': 'one-leg',
      'walk-onset': 'same-distance',
    },
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'posture-tips', 'footwear-tips'],
      exercises: [],
      cautions: ['wait-for-circulation-check'],
    },
  },

  // Self-care fitted to the answers.
  {
    name: 'pain for months: heat instead of cold; supportive shoes: no shoe tips',
    answers: { 'pain-start': 'new-months', shoes: 'supportive' },
    plan: {
      selfCare: ['heat-for-stiffness', 'short-rest-keep-moving', 'pace-your-walks', 'posture-tips'],
      exercises: generalExercises,
      cautions: [],
    },
  },
  {
    name: 'long-standing pain with a weak core',
    answers: { 'pain-start': 'long-standing', 'core-exercise': 'rarely' },
    plan: { selfCare: ['heat-for-stiffness', 'short-rest-keep-moving', 'pace-your-walks'], exercises: ['bird-dog', 'plank', 'pelvic-tilt'], cautions: [] },
  },

  // Each urgency.
  {
    name: 'routine: no cautions',
    answers: { 'weight-loss': 'yes' },
    plan: { selfCare: generalSelfCare, exercises: generalExercises, cautions: [] },
  },
  {
    name: 'urgent: no exercises before the doctor has checked',
    answers: { fever: 'yes' },
    plan: { selfCare: generalSelfCare, exercises: [], cautions: ['get-checked-first'] },
  },
  {
    name: 'urgent with a leading factor',
    answers: { fever: 'yes', 'legs-involved': 'one-leg', 'leg-location': 'below-knee' },
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'pace-your-walks'],
      exercises: [],
      cautions: ['get-checked-first'],
    },
  },
  {
    name: 'emergency: nothing that could delay getting help',
    answers: { 'saddle-numbness': 'yes', 'core-exercise': 'rarely' },
    plan: { selfCare: [], exercises: [], cautions: [] },
  },

  // A possible broken bone: no exercises until it has been checked.
  {
    name: 'a significant fall (urgent): the fracture caution only',
    answers: { injury: 'significant-fall' },
    plan: { selfCare: generalSelfCare, exercises: [], cautions: ['wait-for-fracture-check'] },
  },
  {
    name: 'a minor knock with weak bones',
    answers: { injury: 'minor-injury', 'bone-risk': 'yes' },
    plan: { selfCare: generalSelfCare, exercises: [], cautions: ['wait-for-fracture-check'] },
  },
  {
    name: 'a minor knock, unsure about weak bones (routine)',
    answers: { injury: 'minor-injury', 'bone-risk': 'not-sure' },
    plan: { selfCare: generalSelfCare, exercises: [], cautions: ['wait-for-fracture-check'] },
  },
  {
    name: 'a fall and poor leg circulation: both cautions, the warning sign first',
    answers: { injury: 'significant-fall', 'legs-involved': 'one-leg', 'walk-onset': 'same-distance' },
    plan: {
      selfCare: ['cold-then-heat', 'short-rest-keep-moving', 'walking-for-circulation'],
      exercises: [],
      cautions: ['wait-for-fracture-check', 'wait-for-circulation-check'],
    },
  },
];

describe('the care plan', () => {
  for (const { name, answers, plan } of cases) {
    it(name, () => expect(triage(answers).plan).to.deep.equal(plan));
  }
});
