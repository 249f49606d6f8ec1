/** The shared content: typed data and text, no logic. Runs in Node and browsers. */
export * from './types.js';
export { questions } from './questions.js';
export { redFlagRules } from './red-flags.js';
export { factorRules, factorNotes } from './factors.js';
export { exercises } from './exercises.js';
export { selfCareSteps, planCautions } from './self-care.js';
export { sources } from './sources.js';
export { emergencyNumbers } from './emergency-numbers.js';
export { en } from './locales/en.js';
export { es } from './locales/es.js';
export { enUi } from './locales/en-ui.js';
export { locales } from './locales/index.js';
export { glossary, bannedTerms, asideOnlyTerms, type GlossaryEntry } from './glossary.js';
