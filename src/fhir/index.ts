/**
 * The clinician summary as FHIR R4: one Questionnaire per language generated
 * from the content, a QuestionnaireResponse for a triage result, and the
 * CodeSystems and ValueSets of our own codes. Pure, no DOM, no network; runs
 * in Node and browsers.
 */
export type * from './types.js';
export { questionnaire } from './questionnaire.js';
export {
  FHIR_JSON_TYPE,
  questionnaireResponse,
  questionnaireResponseFile,
  type QuestionnaireResponseOptions,
} from './questionnaire-response.js';
export { codeSystems, valueSets, type TerminologyOptions } from './terminology.js';
export {
  answerCode,
  CODE_SYSTEMS,
  codeSystemUrl,
  DEFAULT_FHIR_BASE,
  LINK_IDS,
  questionnaireUrl,
  SNOMED,
  valueSetUrl,
  type CodeSystemKind,
  type FhirOptions,
} from './codes.js';
