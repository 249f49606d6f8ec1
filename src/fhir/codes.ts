import type { ContentStrings, FactorConfidence, UrgencyId } from '../content/index.js';
import { confidenceText } from '../triage/text.js';
import type { Coding } from './types.js';

/**
 * Canonical URLs are names, not addresses: nothing is fetched from them. The
 * `.example` domain is reserved, so they cannot clash with anyone's; a host
 * that publishes its own copy of the Questionnaire may replace them.
 */
const BASE = 'https://back-pain-widgets.example/fhir';

export const QUESTIONNAIRE_URL = `${BASE}/Questionnaire/back-pain-walking`;

/**
 * Our own code systems. The codes are the stable content ids, so a clinic can
 * map them once. SNOMED CT is used only where the code was checked:
 * 279039007 (low back pain) on the Questionnaire and 23056005 (sciatica) on the
 * sciatica factor. The questions, answers, urgency levels, warning signs, the
 * other factors, confidence and notes have no SNOMED code here.
 */
export const CODE_SYSTEMS = {
  /** Answer options; the code is the option id (the same "yes" for every question). */
  answer: `${BASE}/CodeSystem/answer`,
  urgency: `${BASE}/CodeSystem/urgency`,
  redFlag: `${BASE}/CodeSystem/red-flag`,
  factor: `${BASE}/CodeSystem/contributing-factor`,
  confidence: `${BASE}/CodeSystem/confidence`,
  note: `${BASE}/CodeSystem/note`,
} as const;

export const SNOMED = 'http://snomed.info/sct';

export const LOW_BACK_PAIN: Coding = { system: SNOMED, code: '279039007', display: 'Low back pain' };

/** Factor ids with a verified SNOMED CT concept; every other factor uses CODE_SYSTEMS.factor. */
export const FACTOR_SNOMED: Readonly<Record<string, string>> = { sciatica: '23056005' };

/** The link ids of the result items, after the questions. */
export const LINK_IDS = {
  result: 'result',
  urgency: 'urgency',
  redFlags: 'red-flags',
  factors: 'possible-factors',
  confidence: 'factor-confidence',
  note: 'factor-note',
} as const;

export const CONFIDENCE_LEVELS = Object.keys(confidenceText) as FactorConfidence[];

/** One coding per kind of thing we send; display text comes from the locale strings. */
export const codings = (strings: ContentStrings) => ({
  answer: (question: string, option: string): Coding => ({
    system: CODE_SYSTEMS.answer,
    code: option,
    display: strings.questions[question].options[option],
  }),
  urgency: (id: UrgencyId): Coding => ({
    system: CODE_SYSTEMS.urgency,
    code: id,
    display: strings.urgency[id].headline,
  }),
  redFlag: (id: string): Coding => ({ system: CODE_SYSTEMS.redFlag, code: id, display: strings.redFlags[id].sign }),
  factor: (id: string): Coding => {
    const display = strings.factors[id].name;
    return Object.hasOwn(FACTOR_SNOMED, id)
      ? { system: SNOMED, code: FACTOR_SNOMED[id], display }
      : { system: CODE_SYSTEMS.factor, code: id, display };
  },
  confidence: (id: FactorConfidence): Coding => ({
    system: CODE_SYSTEMS.confidence,
    code: id,
    display: strings.ui[confidenceText[id]],
  }),
  note: (id: string): Coding => ({ system: CODE_SYSTEMS.note, code: id, display: strings.notes[id] }),
});
