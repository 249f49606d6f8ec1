/**
 * The parts of FHIR R4 (hl7.org/fhir/R4) that our resources use. Local types
 * keep the package free of runtime dependencies; the tests validate the output
 * against the official R4 JSON schema.
 */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface Reference {
  reference?: string;
  type?: string;
  display?: string;
}

export interface QuestionnaireEnableWhen {
  /** The linkId of the question whose answer decides. */
  question: string;
  operator: '=';
  answerCoding: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  type: 'group' | 'display' | 'choice' | 'string';
  text?: string;
  code?: readonly Coding[];
  repeats?: boolean;
  readOnly?: boolean;
  enableWhen?: readonly QuestionnaireEnableWhen[];
  /** Required by FHIR when there is more than one enableWhen. */
  enableBehavior?: 'all' | 'any';
  answerOption?: readonly { valueCoding: Coding }[];
  item?: readonly QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  experimental: boolean;
  language: string;
  subjectType: readonly string[];
  description: string;
  code: readonly Coding[];
  item: readonly QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding: Coding;
  item?: readonly QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: readonly QuestionnaireResponseAnswer[];
  item?: readonly QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  /** Canonical of the Questionnaire, with its version after a bar. */
  questionnaire: string;
  status: 'completed' | 'in-progress';
  authored: string;
  language: string;
  subject?: Reference;
  item: readonly QuestionnaireResponseItem[];
}
