import {
  factorNotes,
  factorRules,
  questions,
  redFlagRules,
  URGENCY_LEVELS,
  type ContentStrings,
  type FactorConfidence,
} from '../content/index.js';
import { confidenceText } from '../triage/text.js';
import type { Coding } from './types.js';

/**
 * Canonical URLs name our resources; nothing is ever fetched from them. The
 * default sits under the package's own npm name, the one namespace this
 * project controls. A clinic that publishes its own copies (on its FHIR
 * server, say) passes its own `base` to every function here.
 */
export const DEFAULT_FHIR_BASE = 'https://www.npmjs.com/package/back-pain-widgets/fhir';

export interface FhirOptions {
  /** Canonical base URL of the Questionnaires, CodeSystems and ValueSets; defaults to DEFAULT_FHIR_BASE. */
  base?: string;
}

/** Each language is its own Questionnaire: its id and url end in the locale code. */
export const questionnaireId = (locale: string): string => `back-pain-walking-${locale}`;
export const questionnaireUrl = (locale: string, base = DEFAULT_FHIR_BASE): string =>
  `${base}/Questionnaire/${questionnaireId(locale)}`;

/** An answer code names the question and the option, so each code has one meaning and one display. */
export const answerCode = (question: string, option: string): string => `${question}.${option}`;

export const CONFIDENCE_LEVELS = Object.keys(confidenceText) as FactorConfidence[];

interface CodeSystemDefinition {
  /** The last part of the CodeSystem and ValueSet url. */
  path: string;
  title: string;
  /** Every code in order, with its display in these strings. */
  concepts: (strings: ContentStrings) => [code: string, display: string][];
}

/**
 * Our own code systems, all generated from the content. The codes are the
 * stable content ids, so a clinic can map them once.
 */
export const CODE_SYSTEM_DEFINITIONS = {
  answer: {
    path: 'answer',
    title: 'Back pain when walking: answers',
    concepts: (strings) =>
      questions.flatMap((question) =>
        question.options.map((option): [string, string] => [
          answerCode(question.id, option.id),
          strings.questions[question.id].options[option.id],
        ]),
      ),
  },
  urgency: {
    path: 'urgency',
    title: 'Back pain when walking: how soon to get help',
    concepts: (strings) => URGENCY_LEVELS.map((id) => [id, strings.urgency[id].headline]),
  },
  redFlag: {
    path: 'red-flag',
    title: 'Back pain when walking: warning signs',
    concepts: (strings) => redFlagRules.map((rule) => [rule.id, strings.redFlags[rule.id].sign]),
  },
  factor: {
    path: 'contributing-factor',
    title: 'Back pain when walking: possible contributing factors (not diagnoses)',
    concepts: (strings) => factorRules.map((rule) => [rule.id, strings.factors[rule.id].name]),
  },
  confidence: {
    path: 'confidence',
    title: 'Back pain when walking: how likely a factor is',
    concepts: (strings) => CONFIDENCE_LEVELS.map((id) => [id, strings.ui[confidenceText[id]]]),
  },
  note: {
    path: 'note',
    title: 'Back pain when walking: notes on a factor',
    concepts: (strings) => factorNotes.map((id) => [id, strings.notes[id]]),
  },
} as const satisfies Record<string, CodeSystemDefinition>;

export type CodeSystemKind = keyof typeof CODE_SYSTEM_DEFINITIONS;
const KINDS = Object.keys(CODE_SYSTEM_DEFINITIONS) as CodeSystemKind[];

export const codeSystemUrl = (kind: CodeSystemKind, base = DEFAULT_FHIR_BASE): string =>
  `${base}/CodeSystem/${CODE_SYSTEM_DEFINITIONS[kind].path}`;
export const valueSetUrl = (kind: CodeSystemKind, base = DEFAULT_FHIR_BASE): string =>
  `${base}/ValueSet/${CODE_SYSTEM_DEFINITIONS[kind].path}`;

/** The system url of each of our code systems under the default base. */
export const CODE_SYSTEMS = Object.fromEntries(KINDS.map((kind) => [kind, codeSystemUrl(kind)])) as Readonly<
  Record<CodeSystemKind, string>
>;

export const SNOMED = 'http://snomed.info/sct';

/**
 * SNOMED CT 279039007, checked, on the Questionnaire only. Its display is the
 * English preferred term, so other languages send the code without it.
 * Factors get no SNOMED code: a "possible factor" is not a diagnosis, and a
 * receiving system could file a disorder code as one.
 */
export const lowBackPain = (locale: string): Coding => ({
  system: SNOMED,
  code: '279039007',
  ...(locale.split('-')[0] === 'en' ? { display: 'Low back pain' } : {}),
});

/** The link ids of the result items, after the questions. */
export const LINK_IDS = {
  result: 'result',
  urgency: 'urgency',
  redFlags: 'red-flags',
  factors: 'possible-factors',
  confidence: 'factor-confidence',
  note: 'factor-note',
} as const;

/** One coding per code we send, with its display from the locale strings. */
export function codings(strings: ContentStrings, base = DEFAULT_FHIR_BASE) {
  const displays = new Map<CodeSystemKind, Map<string, string>>();
  const displayOf = (kind: CodeSystemKind, code: string): string => {
    let map = displays.get(kind);
    if (!map) displays.set(kind, (map = new Map(CODE_SYSTEM_DEFINITIONS[kind].concepts(strings))));
    return map.get(code) ?? code;
  };
  const coding = (kind: CodeSystemKind, code: string): Coding => ({
    system: codeSystemUrl(kind, base),
    code,
    display: displayOf(kind, code),
  });
  return {
    coding,
    answer: (question: string, option: string): Coding => coding('answer', answerCode(question, option)),
    all: (kind: CodeSystemKind): Coding[] =>
      CODE_SYSTEM_DEFINITIONS[kind].concepts(strings).map(([code]) => coding(kind, code)),
  };
}
