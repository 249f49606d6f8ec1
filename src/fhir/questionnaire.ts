import { en, type ContentStrings, type Question } from '../content/index.js';
import { VERSION } from '../version.js';
import { askingOrder } from '../triage/flow.js';
import {
  codeSystemUrl,
  codings,
  DEFAULT_FHIR_BASE,
  LINK_IDS,
  lowBackPain,
  questionnaireId,
  questionnaireUrl,
  type FhirOptions,
} from './codes.js';
import { emergencyAnswerSets, emergencyUrgency, enableWhenFor } from './enable-when.js';
import type { Coding, Extension, Questionnaire, QuestionnaireItem } from './types.js';

/** Our options are few and short: radio buttons, as the widget shows them, rather than a drop-down. */
const RADIO_BUTTONS: Extension = {
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'radio-button' }] },
};

const options = (list: readonly Coding[]) => list.map((valueCoding) => ({ valueCoding }));

/** "es" -> "Es", "pt-BR" -> "PtBR": for the computer-friendly name. */
const namePart = (locale: string): string =>
  locale
    .split(/[^A-Za-z0-9]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** One question, or the questions the widget asks together on one page (those with that `page` id). */
export interface Section {
  page?: string;
  questions: readonly Question[];
}

/**
 * The questions in the order the engine asks them, with the ones that share a
 * page gathered (they stand next to each other in that order), so the
 * Questionnaire and every response nest them the same way.
 */
export function sections(): Section[] {
  const list: { page?: string; questions: Question[] }[] = [];
  for (const question of askingOrder) {
    const last = list.at(-1);
    if (question.page !== undefined && last?.page === question.page) last.questions.push(question);
    else list.push({ page: question.page, questions: [question] });
  }
  return list;
}

/**
 * The triage questions as a FHIR R4 Questionnaire in one language, with its
 * own id and url (ending in the locale): one choice item per question in the
 * order the engine asks them (linkId = question id), the questions the widget
 * asks together on one page inside a group (linkId = page id, text = the
 * page's heading), then a read-only result group the widget fills in: urgency,
 * warning signs and possible contributing factors. Each question keeps its full
 * text, since a clinician reads it out of context. enableWhen follows the
 * engine: a follow-up shows when its askIf holds, and nothing more shows after
 * an emergency answer, whose urgency a calculatedExpression fills in.
 */
export function questionnaire(strings: ContentStrings = en, { base = DEFAULT_FHIR_BASE }: FhirOptions = {}): Questionnaire {
  const code = codings(strings, base);
  const { ui } = strings;
  const stops = emergencyAnswerSets();
  const answerSystem = codeSystemUrl('answer', base);
  // An item's conditions: its own askIf (a group has none) and the emergency answers asked before `first`.
  const enableWhen = (item: Pick<Question, 'askIf'>, first: Question) =>
    enableWhenFor(item, askingOrder.slice(0, askingOrder.indexOf(first)), stops, answerSystem, askingOrder);
  const choice = (question: Question): QuestionnaireItem => {
    const { extension = [], ...enable } = enableWhen(question, question);
    return {
      linkId: question.id,
      type: 'choice',
      text: strings.questions[question.id].text,
      extension: [RADIO_BUTTONS, ...extension],
      answerOption: options(question.options.map((option) => code.answer(question.id, option.id))),
      ...enable,
    };
  };
  const questionItems = sections().map(({ page, questions }): QuestionnaireItem => {
    if (page === undefined) return choice(questions[0]);
    // The page's hint ("Select all that apply") is about the widget's checkboxes; here each sign is its own
    // yes / no / not sure question, so only the heading comes along. The group hides after an emergency
    // answer as its questions do, so no heading stands alone.
    return { linkId: page, type: 'group', text: strings.pages[page].text, ...enableWhen({}, questions[0]), item: questions.map(choice) };
  });

  const resultGroup: QuestionnaireItem = {
    linkId: LINK_IDS.result,
    type: 'group',
    text: ui['result-heading'],
    readOnly: true,
    item: [
      {
        linkId: LINK_IDS.urgency,
        type: 'choice',
        text: ui['how-soon'],
        readOnly: true,
        answerOption: options(code.all('urgency')),
        ...(stops.length ? { extension: [emergencyUrgency(stops, LINK_IDS.urgency, code.coding('urgency', 'emergency'))] } : {}),
      },
      {
        linkId: LINK_IDS.redFlags,
        type: 'choice',
        text: ui['warning-signs-heading'],
        repeats: true,
        readOnly: true,
        answerOption: options(code.all('redFlag')),
      },
      {
        linkId: LINK_IDS.factors,
        type: 'choice',
        text: factorsText(strings),
        repeats: true,
        readOnly: true,
        answerOption: options(code.all('factor')),
        item: [
          {
            linkId: LINK_IDS.confidence,
            type: 'choice',
            readOnly: true,
            answerOption: options(code.all('confidence')),
          },
          {
            linkId: LINK_IDS.note,
            type: 'choice',
            text: ui['when-to-see-clinician'],
            repeats: true,
            readOnly: true,
            answerOption: options(code.all('note')),
          },
        ],
      },
    ],
  };

  return {
    resourceType: 'Questionnaire',
    id: questionnaireId(strings.locale),
    url: questionnaireUrl(strings.locale, base),
    version: VERSION,
    name: `BackPainWalking${namePart(strings.locale)}`,
    title: ui['summary-title'],
    status: 'active',
    experimental: false,
    language: strings.locale,
    subjectType: ['Patient'],
    description: ui['not-a-diagnosis'],
    code: [lowBackPain(strings.locale)],
    item: [...questionItems, resultGroup],
  };
}

/** The factors heading always says they are not a diagnosis. */
export const factorsText = ({ ui }: ContentStrings): string => `${ui['possible-factors']}. ${ui['not-a-diagnosis']}`;
