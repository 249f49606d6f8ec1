import type { ContentStrings } from '../types.js';
import { enUi } from './en-ui.js';
import { enUrgency, enRedFlags } from './en-warning-signs.js';
import { enFactors } from './en-factors.js';
import { enExercises } from './en-exercises.js';
import { enSelfCare } from './en-self-care.js';
import { enPages, enQuestions } from './en-questions.js';

// Each section is its own module so a bundle, or a chunk of the loader's, with one element carries only the text it shows.
export { enUrgency, enRedFlags, enFactors, enExercises, enSelfCare, enQuestions, enPages };

export const enNotes: ContentStrings['notes'] = {
  'check-circulation':
    'Your answers also fit a problem with blood flow in the legs. A doctor should check your blood flow, because it can look like a narrow space for the nerves in the spine.',
};

export const enCautions: ContentStrings['cautions'] = {
  'get-checked-first': 'Wait until a doctor has checked your back before you start back exercises.',
  'wait-for-circulation-check':
    'No back exercises for now. A doctor should check the blood flow in your legs first. Gentle walking is fine.',
  'wait-for-fracture-check':
    'No back exercises until a doctor has checked for a broken bone. Moving gently about the house is fine.',
};

export const enSafetyNet: ContentStrings['safetyNet'] = [
  'Call your emergency number at once if you get new bladder or bowel problems. Do the same if you get numbness between your legs or around your bottom, or both legs get weak.',
  'See a doctor today if a leg gets weak, numb or tingly, or if you get a fever or feel unwell.',
  'Book an appointment if the pain is not better after a few weeks of self-care, or if it keeps getting worse.',
  'If you are worried at any time, ask a doctor for advice.',
];

/** Complete English text. Other locales copy this shape, one file each. */
export const en: ContentStrings = {
  locale: 'en',
  questions: enQuestions,
  pages: enPages,
  urgency: enUrgency,
  redFlags: enRedFlags,
  factors: enFactors,
  exercises: enExercises,
  selfCare: enSelfCare,
  notes: enNotes,
  cautions: enCautions,
  safetyNet: enSafetyNet,
  ui: enUi,
};
