import type { FactorConfidence, Source, UrgencyId } from '../content/types.js';

/** A person's answers: question id -> option id. */
export type Answers = Readonly<Record<string, string>>;

/** One answer that explains part of a result. */
export interface EvidenceAnswer {
  question: string;
  option: string;
}

export interface RaisedRedFlag {
  id: string;
  suspect: string;
  /** The urgency this flag gives in this combination of answers. */
  urgency: UrgencyId;
  /** The exact answers that raised it. */
  answers: readonly EvidenceAnswer[];
  sources: readonly Source[];
}

export interface RankedFactor {
  id: string;
  confidence: FactorConfidence;
  score: number;
  for: readonly EvidenceAnswer[];
  against: readonly EvidenceAnswer[];
  /** Note ids (strings.notes), e.g. check-circulation. */
  notes: readonly string[];
  sources: readonly Source[];
}

export interface CarePlan {
  /** Self-care step ids in content order; empty when urgency is emergency, so nothing delays getting help. */
  selfCare: readonly string[];
  /**
   * Three to five exercise ids; empty when urgency is emergency or urgent, or while a clinician should
   * check first (a possible broken bone, poor leg circulation).
   */
  exercises: readonly string[];
  /** Caution ids (strings.cautions): why exercises wait for a check, or how to go gently when urgent. */
  cautions: readonly string[];
}

export interface TriageResult {
  /**
   * True when every question still relevant has an answer, or an emergency sign stopped the questions.
   * The questions that only tailor the plan (`planQuestions`) are not needed for this.
   */
  complete: boolean;
  urgency: UrgencyId;
  /** The answers that explain the urgency (empty only for self-care). */
  urgencyReasons: readonly EvidenceAnswer[];
  redFlags: readonly RaisedRedFlag[];
  /** Possible contributing factors, most likely first; empty for an emergency. */
  factors: readonly RankedFactor[];
  plan: CarePlan;
  /** Relevant questions not answered yet, apart from those in `planQuestions`. */
  unknown: readonly string[];
  /**
   * Questions not answered yet that "Tailor my plan" asks: the background questions, and the walking
   * questions once no answer can change the urgency. They refine the plan, never the urgency.
   */
  planQuestions: readonly string[];
  /** The valid answers the result was computed from, including any to questions that no longer apply. */
  answers: Answers;
  /**
   * The answers that still count (to the questions that still apply), in the order the check asks them:
   * what the summary, print, FHIR, the form value and the events show.
   */
  answersThatCount: Answers;
  /** What was wrong with the input, or null; the result then uses only the valid answers. */
  error: TriageInputError | null;
}

/** What triage() found wrong with its input. It never throws: it says so here instead. */
export interface TriageInputError {
  name: 'AnswerValidationError';
  /** The first problems in words, each with the valid values, then how many more there were. */
  message: string;
  /** How many problems were found in all. */
  count: number;
}

export interface InvalidAnswer {
  question: string;
  value: unknown;
  /**
   * not-an-object: the whole input was not an object (question is then '').
   * unreadable: reading the answer, or listing the keys (question ''), threw; value is what was thrown.
   */
  problem: 'unknown-question' | 'unknown-option' | 'not-a-string' | 'not-an-object' | 'unreadable';
  /** The valid question ids (unknown-question, not-an-object) or the question's option ids (otherwise). */
  validValues: readonly string[];
}
