import { esUi } from './es-ui.js';

/**
 * The Spanish bundle (dist/cdn/back-pain-widgets-es.js) is built with this module in place of every English text
 * module (en.ts, en-ui.ts, en-questions.ts, …; see rollup.config.ts), so it carries Spanish as each element's own
 * text and no English. It gives every name those modules export, with the Spanish text: Spanish is complete
 * (test/node/reading-level-es.test.ts), so nothing in it falls back to English.
 */
export const builtInLocale = 'es';
export const builtInLanguage = 'Spanish';

export {
  es as en,
  esQuestions as enQuestions,
  esPages as enPages,
  esUrgency as enUrgency,
  esRedFlags as enRedFlags,
  esFactors as enFactors,
  esExercises as enExercises,
  esSelfCare as enSelfCare,
  esNotes as enNotes,
  esCautions as enCautions,
  esSafetyNet as enSafetyNet,
  emergencyNow,
  seeDoctorToday,
} from './es.js';

// Each element takes its own part of the interface text; all of it is in this bundle anyway.
export {
  esUi as enUi,
  esUi as enSharedUi,
  esUi as enWarningSignUi,
  esUi as enFactorUi,
  esUi as enSelfCareUi,
  esUi as enExerciseUi,
  esUi as enTriageUi,
};
