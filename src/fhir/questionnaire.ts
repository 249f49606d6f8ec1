import {
  en,
  factorNotes,
  factorRules,
  questions,
  redFlagRules,
  URGENCY_LEVELS,
  type AnswerCondition,
  type Condition,
  type ContentStrings,
  type Question,
} from '../content/index.js';
import { VERSION } from '../version.js';
import { CODE_SYSTEMS, CONFIDENCE_LEVELS, codings, LINK_IDS, LOW_BACK_PAIN, QUESTIONNAIRE_URL } from './codes.js';
import type { Coding, Questionnaire, QuestionnaireEnableWhen, QuestionnaireItem } from './types.js';

const options = (list: readonly Coding[]) => list.map((valueCoding) => ({ valueCoding }));

const equals = (condition: AnswerCondition, option: string): QuestionnaireEnableWhen => ({
  question: condition.question,
  operator: '=',
  answerCoding: { system: CODE_SYSTEMS.answer, code: option },
});

/**
 * askIf as enableWhen. R4 enableWhen is one flat list joined by "any" or
 * "all", so "all of" works only when each part names one option; the content
 * has no other kind, and this says so loudly if that ever changes.
 */
function enableWhen(question: Question, askIf: Condition): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> {
  if ('allOf' in askIf) {
    if (askIf.allOf.some((part) => part.anyOf.length !== 1)) {
      throw new Error(`Question "${question.id}": askIf allOf with several options cannot be written as FHIR R4 enableWhen.`);
    }
    const list = askIf.allOf.map((part) => equals(part, part.anyOf[0]));
    return list.length > 1 ? { enableWhen: list, enableBehavior: 'all' } : { enableWhen: list };
  }
  const list = askIf.anyOf.map((option) => equals(askIf, option));
  return list.length > 1 ? { enableWhen: list, enableBehavior: 'any' } : { enableWhen: list };
}

/**
 * The triage questions as a FHIR R4 Questionnaire: one choice item per question
 * (linkId = question id, answer codes = option ids) and a read-only result
 * group the widget fills in: urgency, warning signs and possible contributing
 * factors. The engine, not enableWhen, decides to stop asking after an
 * emergency sign.
 */
export function questionnaire(strings: ContentStrings = en): Questionnaire {
  const code = codings(strings);
  const { ui } = strings;
  const questionItems: QuestionnaireItem[] = questions.map((question) => ({
    linkId: question.id,
    type: 'choice',
    text: strings.questions[question.id].text,
    answerOption: options(question.options.map((option) => code.answer(question.id, option.id))),
    ...(question.askIf ? enableWhen(question, question.askIf) : {}),
  }));

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
        answerOption: options(URGENCY_LEVELS.map(code.urgency)),
      },
      {
        linkId: LINK_IDS.redFlags,
        type: 'choice',
        text: ui['warning-signs-heading'],
        repeats: true,
        readOnly: true,
        answerOption: options(redFlagRules.map((rule) => code.redFlag(rule.id))),
      },
      {
        linkId: LINK_IDS.factors,
        type: 'choice',
        text: factorsText(strings),
        repeats: true,
        readOnly: true,
        answerOption: options(factorRules.map((rule) => code.factor(rule.id))),
        item: [
          {
            linkId: LINK_IDS.confidence,
            type: 'choice',
            readOnly: true,
            answerOption: options(CONFIDENCE_LEVELS.map(code.confidence)),
          },
          {
            linkId: LINK_IDS.note,
            type: 'choice',
            text: ui['when-to-see-clinician'],
            repeats: true,
            readOnly: true,
            answerOption: options(factorNotes.map(code.note)),
          },
        ],
      },
    ],
  };

  return {
    resourceType: 'Questionnaire',
    id: 'back-pain-walking',
    url: QUESTIONNAIRE_URL,
    version: VERSION,
    name: 'BackPainWalking',
    title: ui['summary-title'],
    status: 'active',
    experimental: false,
    language: strings.locale,
    subjectType: ['Patient'],
    description: ui['not-a-diagnosis'],
    code: [LOW_BACK_PAIN],
    item: [...questionItems, resultGroup],
  };
}

/** The factors heading always says they are not a diagnosis. */
export const factorsText = ({ ui }: ContentStrings): string => `${ui['possible-factors']}. ${ui['not-a-diagnosis']}`;
