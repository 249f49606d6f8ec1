import type { SourceId, UrgencyId } from '../content/types.js';
import { rankOf } from './urgency.js';

/** The one main thing to do on a result of each level. */
export type ResultAction = 'call' | 'appointment-today' | 'book-appointment' | 'start-plan';

export interface LevelRule {
  action: ResultAction;
  /** "Tailor my plan" is offered: the background questions fit the plan, and the person will act on it now. */
  tailoring: boolean;
  /** Exercises are given now; otherwise they wait for the doctor's check the result asks for. */
  exercises: boolean;
  /**
   * The factors' own "when to see someone" lines are shown. They speak of weeks, so they show only
   * where nothing sooner is asked: no text on a result may give a later time than its urgency.
   */
  factorTiming: boolean;
  sources: readonly SourceId[];
}

/**
 * What each level of result offers (issue 22: one result, one message, one action). An urgent result
 * asks for a doctor's check today, so nothing on it invites waiting: no exercises before that check
 * (NICE CKS sciatica and low back pain: assess first when a warning sign is present), no tailoring,
 * and a line on where to go when the surgery is closed (NHS 111).
 */
export const levelRules: Readonly<Record<UrgencyId, LevelRule>> = {
  emergency: { action: 'call', tailoring: false, exercises: false, factorTiming: false, sources: ['girft-ces-2023', 'ces-card'] },
  urgent: {
    action: 'appointment-today',
    tailoring: false,
    exercises: false,
    factorTiming: false,
    sources: ['nice-cks-sciatica', 'nice-cks-back-pain', 'nhs-111'],
  },
  routine: { action: 'book-appointment', tailoring: true, exercises: true, factorTiming: false, sources: ['nice-ng59', 'mayo-back-pain'] },
  'self-care': { action: 'start-plan', tailoring: true, exercises: true, factorTiming: true, sources: ['nice-ng59', 'nhs-back-exercises'] },
};

/**
 * The level each safety-net line asks for, in the order of `strings.safetyNet` (call now, today, book,
 * worried at any time); null for a line that fits every result.
 */
export const SAFETY_NET_LEVELS: readonly (UrgencyId | null)[] = ['emergency', 'urgent', 'routine', null];

/**
 * The safety-net lines that fit a result: those asking for something sooner than it does. A line that
 * asks for the same or later (such as "book if not better in a few weeks" under "see a doctor today")
 * would contradict it.
 */
export function safetyNetFor<T>(lines: readonly T[], urgency: UrgencyId): T[] {
  return lines.filter((_, index) => {
    const level = SAFETY_NET_LEVELS[index] ?? null;
    return level === null || rankOf(level) < rankOf(urgency);
  });
}
