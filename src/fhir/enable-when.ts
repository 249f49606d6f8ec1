import { redFlagRules, type AnswerCondition, type Condition, type Question } from '../content/index.js';
import { partsOf } from '../triage/conditions.js';
import { emergencyStops } from '../triage/flow.js';
import { answerCode } from './codes.js';
import type { Coding, Expression, Extension, QuestionnaireEnableWhen, QuestionnaireItem } from './types.js';

/** One option per question: a set of answers. */
export type AnswerSet = Readonly<Record<string, string>>;

const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition';
export const ENABLE_WHEN_EXPRESSION = `${SDC}/sdc-questionnaire-enableWhenExpression`;
export const CALCULATED_EXPRESSION = `${SDC}/sdc-questionnaire-calculatedExpression`;

/** Every answer set that makes the condition match. */
function answerSets(condition: Condition): AnswerSet[] {
  return partsOf(condition).reduce<AnswerSet[]>(
    (sets, part) =>
      sets.flatMap((set) => {
        if (!Object.hasOwn(set, part.question)) return part.anyOf.map((option) => ({ ...set, [part.question]: option }));
        return part.anyOf.includes(set[part.question]) ? [set] : [];
      }),
    [{}],
  );
}

const compatible = (a: AnswerSet, b: AnswerSet): boolean =>
  Object.keys(a).every((question) => !Object.hasOwn(b, question) || a[question] === b[question]);
const keyOf = (set: AnswerSet): string => JSON.stringify(Object.entries(set).sort());

/**
 * The smallest answer sets after which the engine asks nothing more: the
 * answers that raise a warning sign, alone or next to another sign's (a sign
 * may call for an emergency only with another). The candidates come from the
 * red-flag rules and the engine decides, so the rule lives in one place.
 */
export function emergencyAnswerSets(): AnswerSet[] {
  const candidates = redFlagRules.flatMap((rule) => answerSets(rule.when));
  const alone = candidates.filter((set) => emergencyStops(set));
  const rest = candidates.filter((set) => !emergencyStops(set));
  const together = rest.flatMap((first, index) =>
    rest
      .slice(index + 1)
      .filter((second) => compatible(first, second))
      .map((second) => ({ ...first, ...second }))
      .filter((set) => emergencyStops(set)),
  );
  const unique = new Map([...alone, ...together].map((set) => [keyOf(set), set]));
  return [...unique.values()];
}

/* ---- As FHIRPath, for the SDC expressions. ---- */

const quoted = (text: string): string => `'${text.replace(/['\\]/g, '\\$&')}'`;
const answeredPath = (question: string, option: string): string =>
  `%resource.repeat(item).where(linkId = ${quoted(question)}).answer.value.where(code = ${quoted(answerCode(question, option))}).exists()`;
const conditionPath = (condition: Condition): string =>
  partsOf(condition)
    .map((part) => `(${part.anyOf.map((option) => answeredPath(part.question, option)).join(' or ')})`)
    .join(' and ');
const anySetPath = (sets: readonly AnswerSet[]): string =>
  sets
    .map((set) => `(${Object.entries(set).map(([question, option]) => answeredPath(question, option)).join(' and ')})`)
    .join(' or ');

/* ---- As R4 enableWhen: one flat list, all of which must hold. ---- */

const answerIs = (question: string, operator: '=' | '!=', option: string, system: string): QuestionnaireEnableWhen => ({
  question,
  operator,
  answerCoding: { system, code: answerCode(question, option) },
});

/** "The answer is one of these": the option itself, or answered and none of the other options. */
function partAsEnableWhen(part: AnswerCondition, questions: readonly Question[], system: string): QuestionnaireEnableWhen[] {
  if (part.anyOf.length === 1) return [answerIs(part.question, '=', part.anyOf[0], system)];
  const others = questions.find((question) => question.id === part.question)?.options.filter(
    (option) => !part.anyOf.includes(option.id),
  );
  return [
    { question: part.question, operator: 'exists', answerBoolean: true },
    ...(others ?? []).map((option) => answerIs(part.question, '!=', option.id, system)),
  ];
}

/**
 * When an item is shown: its askIf holds (a group has none) and no emergency
 * answer set is complete among the questions before it. Plain enableWhen (read by every
 * renderer) when it can say that: "!=" holds for an unanswered question, as
 * R5 and LHC-Forms read it. A stop that needs several answers at once cannot
 * be a flat list, so the SDC enableWhenExpression (FHIRPath) says it instead.
 */
export function enableWhenFor(
  question: Pick<Question, 'askIf'>,
  earlier: readonly Question[],
  stops: readonly AnswerSet[],
  answerSystem: string,
  questions: readonly Question[],
): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior' | 'extension'> {
  const asked = new Set(earlier.map((item) => item.id));
  const applying = stops.filter((set) => Object.keys(set).every((id) => asked.has(id)));
  if (applying.some((set) => Object.keys(set).length > 1)) {
    const parts = [question.askIf ? conditionPath(question.askIf) : 'true', `(${anySetPath(applying)}).not()`];
    return { extension: [{ url: ENABLE_WHEN_EXPRESSION, valueExpression: fhirPath(parts.join(' and ')) }] };
  }
  const list = [
    ...(question.askIf ? partsOf(question.askIf).flatMap((part) => partAsEnableWhen(part, questions, answerSystem)) : []),
    ...applying.flatMap((set) => Object.entries(set).map(([id, option]) => answerIs(id, '!=', option, answerSystem))),
  ];
  const unique = [...new Map(list.map((when) => [JSON.stringify(when), when])).values()];
  if (!unique.length) return {};
  return unique.length > 1 ? { enableWhen: unique, enableBehavior: 'all' } : { enableWhen: unique };
}

const fhirPath = (expression: string): Expression => ({ language: 'text/fhirpath', expression });

/**
 * The urgency a renderer can work out by itself: emergency once an emergency
 * answer set is complete. Every other level weighs the contributing factors,
 * which only the engine does, so the widget fills it in.
 */
export function emergencyUrgency(stops: readonly AnswerSet[], urgencyLinkId: string, emergency: Coding): Extension {
  const option = `%questionnaire.repeat(item).where(linkId = ${quoted(urgencyLinkId)}).answerOption.value.where(code = ${quoted(emergency.code)})`;
  return { url: CALCULATED_EXPRESSION, valueExpression: fhirPath(`iif(${anySetPath(stops)}, ${option})`) };
}
