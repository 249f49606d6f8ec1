/**
 * The clinician summary as FHIR R4: the Questionnaire generated from the
 * content, and a QuestionnaireResponse for a triage result. Pure, no DOM, no
 * network; runs in Node and browsers.
 */
export type * from './types.js';
export { questionnaire } from './questionnaire.js';
export {
  FHIR_JSON_TYPE,
  questionnaireResponse,
  questionnaireResponseFile,
  type QuestionnaireResponseOptions,
} from './questionnaire-response.js';
export { CODE_SYSTEMS, LINK_IDS, QUESTIONNAIRE_URL, SNOMED } from './codes.js';
