import type { ContentStrings } from '../content/index.js';
import { calendarDate, confidenceText, fill } from './text.js';
import { safetyNetFor } from './levels.js';
import type { EvidenceAnswer, TriageResult } from './types.js';

const bullets = (lines: readonly string[]): string[] => lines.map((line) => `- ${line}`);

/** A blank line, a heading and its lines; nothing when there are no lines. */
const section = (heading: string, lines: readonly string[]): string[] => (lines.length ? ['', `${heading}:`, ...lines] : []);

/**
 * Plain text for a clinician (the "Copy summary" and print view): date, how
 * soon and why, warning signs, every answer in words, possible contributing
 * factors (said not to be a diagnosis) and the plan. Pure apart from the
 * default date.
 */
export function summaryText(result: TriageResult, strings: ContentStrings, date: Date = new Date()): string {
  const { ui } = strings;
  // Questions end with a question mark, so "question answer" reads as plain words.
  const answerText = ({ question, option }: EvidenceAnswer): string =>
    `${strings.questions[question].text} ${strings.questions[question].options[option]}`;
  const urgency = strings.urgency[result.urgency];
  // Only the answers that still count, as in print and FHIR.
  const answers = Object.entries(result.answersThatCount).map(([question, option]) => answerText({ question, option }));
  const factors = result.factors.map((factor) =>
    [
      `${strings.factors[factor.id].name}: ${ui[confidenceText[factor.confidence]]}.`,
      ...factor.notes.map((note) => strings.notes[note]),
    ].join(' '),
  );

  return [
    ui['summary-title'],
    fill(ui['summary-date'], { date: calendarDate(date) }),
    ui['not-a-diagnosis'],
    ...(result.complete ? [] : [ui['partial-result']]),
    '',
    `${urgency.headline}. ${ui['how-soon']}: ${urgency.howSoon}`,
    urgency.whatToDo,
    ...section(ui['why-this-result'], bullets(result.urgencyReasons.map(answerText))),
    ...section(
      ui['warning-signs-heading'],
      bullets(result.redFlags.map((flag) => `${strings.redFlags[flag.id].sign} ${strings.redFlags[flag.id].advice}`)),
    ),
    ...section(ui['your-answers'], bullets(answers)),
    ...section(ui['possible-factors'], factors.length ? [ui['not-a-diagnosis'], ...bullets(factors)] : []),
    ...section(ui['self-care-heading'], bullets(result.plan.selfCare.map((id) => strings.selfCare[id].title))),
    ...section(ui['exercises-heading'], bullets(result.plan.exercises.map((id) => strings.exercises[id].name))),
    ...section(ui['cautions-heading'], bullets(result.plan.cautions.map((id) => strings.cautions[id]))),
    ...section(ui['still-unknown'], bullets(result.unknown.map((id) => strings.questions[id].text))),
    ...section(ui['safety-net-heading'], bullets(safetyNetFor(strings.safetyNet, result.urgency))),
  ].join('\n');
}
