import { en, type ContentStrings, type Question } from '../content/index.js';
import { VERSION } from '../version.js';
import { answerTo } from '../triage/conditions.js';
import type { TriageResult } from '../triage/types.js';
import { codings, DEFAULT_FHIR_BASE, LINK_IDS, questionnaireUrl, type FhirOptions } from './codes.js';
import { factorsText, sections } from './questionnaire.js';
import type { QuestionnaireResponse, QuestionnaireResponseItem, Reference } from './types.js';

export interface QuestionnaireResponseOptions extends FhirOptions {
  /** Display text; defaults to English. */
  strings?: ContentStrings;
  /** When the answers were given; defaults to now. */
  authored?: Date;
  /** Only when the host adds it: the widget itself never knows who the person is. */
  subject?: Reference;
}

/**
 * A finished (or, when result.complete is false, in-progress) triage as a FHIR
 * R4 QuestionnaireResponse for the `questionnaire()` resource: every answer
 * coded, then the urgency, the warning signs raised and the possible
 * contributing factors as coded items. Pure apart from the default date; it
 * holds nothing that identifies the person unless the host passes `subject`.
 */
export function questionnaireResponse(
  result: TriageResult,
  { strings = en, authored = new Date(), subject, base = DEFAULT_FHIR_BASE }: QuestionnaireResponseOptions = {},
): QuestionnaireResponse {
  const code = codings(strings, base);
  const { ui } = strings;
  // In the Questionnaire's order and nesting: the answers to questions asked together on one page go in
  // that page's group. An answer left over from a path the person went back on is not sent: FHIR allows no
  // answer to a disabled item.
  const answerItem = (question: Question): QuestionnaireResponseItem[] => {
    const option = answerTo(result.answersThatCount, question.id);
    if (option === undefined) return [];
    return [
      {
        linkId: question.id,
        text: strings.questions[question.id].text,
        answer: [{ valueCoding: code.answer(question.id, option) }],
      },
    ];
  };
  const answers = sections().flatMap(({ page, questions }): QuestionnaireResponseItem[] => {
    const items = questions.flatMap(answerItem);
    if (page === undefined || !items.length) return items;
    return [{ linkId: page, text: strings.pages[page].text, item: items }];
  });

  const resultItems: QuestionnaireResponseItem[] = [
    { linkId: LINK_IDS.urgency, text: ui['how-soon'], answer: [{ valueCoding: code.coding('urgency', result.urgency) }] },
  ];
  if (result.redFlags.length) {
    resultItems.push({
      linkId: LINK_IDS.redFlags,
      text: ui['warning-signs-heading'],
      answer: result.redFlags.map((flag) => ({ valueCoding: code.coding('redFlag', flag.id) })),
    });
  }
  if (result.factors.length) {
    resultItems.push({
      linkId: LINK_IDS.factors,
      text: factorsText(strings),
      answer: result.factors.map((factor) => ({
        valueCoding: code.coding('factor', factor.id),
        item: [
          { linkId: LINK_IDS.confidence, answer: [{ valueCoding: code.coding('confidence', factor.confidence) }] },
          ...(factor.notes.length
            ? [
                {
                  linkId: LINK_IDS.note,
                  text: ui['when-to-see-clinician'],
                  answer: factor.notes.map((note) => ({ valueCoding: code.coding('note', note) })),
                },
              ]
            : []),
        ],
      })),
    });
  }

  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaireUrl(strings.locale, base)}|${VERSION}`,
    status: result.complete ? 'completed' : 'in-progress',
    authored: authored.toISOString(),
    language: strings.locale,
    ...(subject ? { subject } : {}),
    item: [
      ...answers,
      { linkId: LINK_IDS.result, text: ui['result-heading'], item: resultItems },
    ],
  };
}

/** The media type of FHIR JSON (hl7.org/fhir/R4/http.html#mime-type). */
export const FHIR_JSON_TYPE = 'application/fhir+json';

/**
 * What the result view needs for a local download: the file name, the media
 * type and the JSON text (put it in a Blob; nothing is sent anywhere).
 */
export function questionnaireResponseFile(
  result: TriageResult,
  options: QuestionnaireResponseOptions = {},
): { filename: string; type: string; text: string } {
  const authored = options.authored ?? new Date();
  return {
    filename: `back-pain-summary-${authored.toISOString().slice(0, 10)}.fhir.json`,
    type: FHIR_JSON_TYPE,
    text: JSON.stringify(questionnaireResponse(result, { ...options, authored }), null, 2),
  };
}
