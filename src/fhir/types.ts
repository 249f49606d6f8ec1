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

export type QuestionnaireEnableWhen = {
  /** The linkId of the question whose answer decides. */
  question: string;
} & ({ operator: '=' | '!='; answerCoding: Coding } | { operator: 'exists'; answerBoolean: boolean });

/** A FHIRPath expression (SDC), as in the enableWhenExpression and calculatedExpression extensions. */
export interface Expression {
  language: 'text/fhirpath';
  expression: string;
}

export type Extension = { url: string } & (
  | { valueExpression: Expression }
  | { valueCodeableConcept: { coding: readonly Coding[] } }
);

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
  /** The item control, and SDC enableWhenExpression (instead of enableWhen) or calculatedExpression. */
  extension?: readonly Extension[];
  answerOption?: readonly { valueCoding: Coding }[];
  item?: readonly QuestionnaireItem[];
}

/** What every canonical resource we publish (Questionnaire, CodeSystem, ValueSet) carries. */
export interface CanonicalResource {
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  experimental: boolean;
  language: string;
}

export interface Questionnaire extends CanonicalResource {
  resourceType: 'Questionnaire';
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

export interface CodeSystemConcept {
  code: string;
  display: string;
  /** The display in the other languages. */
  designation?: readonly { language: string; value: string }[];
}

export interface CodeSystem extends CanonicalResource {
  resourceType: 'CodeSystem';
  description: string;
  caseSensitive: true;
  /** The ValueSet of every code in this system. */
  valueSet: string;
  content: 'complete';
  count: number;
  concept: readonly CodeSystemConcept[];
}

export interface ValueSet extends CanonicalResource {
  resourceType: 'ValueSet';
  description: string;
  compose: { include: readonly { system: string; version: string }[] };
}
