/**
 * The rule book: every question, warning sign, factor and plan rule, in English and Spanish, read from the
 * content module and the engine, and the project's vignettes with the result the engine gives today. Pure
 * data, no DOM: the Storybook page renders it (rule-book.stories.ts) and a Node test checks it covers the
 * content (test/node/safety-docs.test.ts). Nothing here is written by hand except the words that join it.
 */
import {
  en,
  es,
  exercises,
  factorRules,
  planCautions,
  redFlagRules,
  selfCareSteps,
  sources,
  URGENCY_LEVELS,
  type Condition,
  type ContentStrings,
  type Source,
} from '../../src/content/index.js';
import { triage } from '../../src/triage/index.js';
import { askingOrder } from '../../src/triage/flow.js';
import { partsOf } from '../../src/triage/conditions.js';
import { CONFIDENCE_THRESHOLDS } from '../../src/triage/factors.js';
import { generalExercises, LEADING_FACTORS, MAX_EXERCISES, MIN_EXERCISES } from '../../src/triage/plan.js';
import { levelRules } from '../../src/triage/levels.js';
import { vignettes } from '../../test/triage/vignettes.data.js';

/** One string in each locale the rule book shows. */
export interface Both {
  en: string;
  es: string;
}
const both = (pick: (strings: ContentStrings) => string | undefined): Both => ({ en: pick(en) ?? '', es: pick(es) ?? '' });

export interface BookOption {
  id: string;
  text: Both;
  notSure: boolean;
  /** Warning signs this answer can raise, alone or with another answer. */
  raises: string[];
  /** Factor evidence this answer gives, e.g. "spinal-stenosis +3". */
  evidence: string[];
}
export interface BookQuestion {
  number: number;
  id: string;
  kind: string;
  page?: { id: string; text: Both };
  /** When the question is asked, in words; absent when it is always asked. */
  askedWhen?: string;
  text: Both;
  hint?: Both;
  why: Both;
  options: BookOption[];
}
export interface BookSign {
  id: string;
  suspect: string;
  when: string;
  sign: Both;
  advice: Both;
  urgencyAlone: string;
  urgencyWithOthers: string;
  unsure: boolean;
  notASecondSignFor: string[];
  holdsExercises?: Both;
  sources: Source[];
}
export interface BookFactor {
  id: string;
  name: Both;
  onlyIf?: string;
  evidence: { when: string; weight: number }[];
  caps: { when: string; maxConfidence: string; note: Both; urgency?: string; holdsExercises?: Both }[];
  urgency?: string;
  holdsExercises?: Both;
  leavesOut: string[];
  exercises: string[];
  selfCare: string[];
  sources: Source[];
}
export interface BookRule {
  title: string;
  lines: string[];
}
export interface BookVignette {
  name: string;
  basis: string;
  answers: string[];
  expected: string;
  urgency: string;
  redFlags: string[];
  factors: string[];
  exercises: string[];
  cautions: string[];
}
export interface RuleBook {
  urgencies: { id: string; headline: Both; whatToDo: Both; howSoon: Both }[];
  questions: BookQuestion[];
  warningSigns: BookSign[];
  factors: BookFactor[];
  planRules: BookRule[];
  vignettes: BookVignette[];
  sources: Source[];
}

const numberOf = new Map(askingOrder.map((question, index) => [question.id, index + 1]));

/** "Q3 leg-nerve-symptoms is new-both-legs (Yes, in both legs, …)", each part of a condition joined by "and". */
export const inWords = (condition: Condition): string =>
  partsOf(condition)
    .map((part) => {
      const options = part.anyOf.map((option) => `${option} ("${en.questions[part.question]?.options[option] ?? option}")`).join(' or ');
      const unanswered = part.orUnanswered ? ', or not answered' : '';
      return `Q${numberOf.get(part.question)} ${part.question} is ${options}${unanswered}`;
    })
    .join(', and ');

const mentions = (condition: Condition, question: string, option: string): boolean =>
  partsOf(condition).some((part) => part.question === question && part.anyOf.includes(option));
const signed = (weight: number): string => (weight > 0 ? `+${weight}` : `${weight}`);
const cautionText = (id: string | undefined): Both | undefined => (id ? both((strings) => strings.cautions[id]) : undefined);
const sourcesOf = (ids: readonly string[]): Source[] => ids.map((id) => sources.find((source) => source.id === id)!);

function bookQuestions(): BookQuestion[] {
  return askingOrder.map((question) => ({
    number: numberOf.get(question.id)!,
    id: question.id,
    kind: question.kind,
    page: question.page ? { id: question.page, text: both((strings) => strings.pages[question.page!]?.text) } : undefined,
    askedWhen: question.askIf ? inWords(question.askIf) : undefined,
    text: both((strings) => strings.questions[question.id].text),
    hint: en.questions[question.id].hint ? both((strings) => strings.questions[question.id].hint) : undefined,
    why: both((strings) => strings.questions[question.id].why),
    options: question.options.map((option) => ({
      id: option.id,
      text: both((strings) => strings.questions[question.id].options[option.id]),
      notSure: option.notSure === true,
      raises: redFlagRules.filter((rule) => mentions(rule.when, question.id, option.id)).map((rule) => rule.id),
      evidence: factorRules.flatMap((rule) =>
        rule.evidence.filter((evidence) => mentions(evidence.when, question.id, option.id)).map((evidence) => `${rule.id} ${signed(evidence.weight)}`),
      ),
    })),
  }));
}

function bookSigns(): BookSign[] {
  return redFlagRules.map((rule) => ({
    id: rule.id,
    suspect: rule.suspect,
    when: inWords(rule.when),
    sign: both((strings) => strings.redFlags[rule.id].sign),
    advice: both((strings) => strings.redFlags[rule.id].advice),
    urgencyAlone: rule.urgencyAlone ?? 'never alone (only next to another sign)',
    urgencyWithOthers: rule.urgencyWithOthers,
    unsure: rule.unsure === true,
    notASecondSignFor: [...(rule.notASecondSignFor ?? [])],
    holdsExercises: cautionText(rule.holdsExercises),
    sources: sourcesOf(rule.sources),
  }));
}

function bookFactors(): BookFactor[] {
  const exerciseName = (id: string) => en.exercises[id].name;
  const stepTitle = (id: string) => en.selfCare[id].title;
  return factorRules.map((rule) => ({
    id: rule.id,
    name: both((strings) => strings.factors[rule.id].name),
    onlyIf: rule.onlyIf ? inWords(rule.onlyIf) : undefined,
    evidence: rule.evidence.map((evidence) => ({ when: inWords(evidence.when), weight: evidence.weight })),
    caps: (rule.caps ?? []).map((cap) => ({
      when: inWords(cap.when),
      maxConfidence: cap.maxConfidence,
      note: both((strings) => strings.notes[cap.note]),
      urgency: cap.urgency,
      holdsExercises: cautionText(cap.holdsExercises),
    })),
    urgency: rule.urgency ? `${rule.urgency.level} once ${rule.urgency.atConfidence} or more` : undefined,
    holdsExercises: cautionText(rule.holdsExercises),
    leavesOut: (rule.leavesOut ?? []).map(stepTitle),
    exercises: rule.exercises.map(exerciseName),
    selfCare: rule.selfCare.map(stepTitle),
    sources: sourcesOf(rule.sources),
  }));
}

function bookPlanRules(): BookRule[] {
  const caution = (id: string) => `${id}: "${en.cautions[id]}"`;
  const holds = [
    ...redFlagRules.filter((rule) => rule.holdsExercises).map((rule) => `Warning sign ${rule.id}: ${rule.holdsExercises}`),
    ...factorRules.filter((rule) => rule.holdsExercises).map((rule) => `Factor ${rule.id}, once possible or more: ${rule.holdsExercises}`),
    ...factorRules.flatMap((rule) =>
      (rule.caps ?? []).filter((cap) => cap.holdsExercises).map((cap) => `Factor ${rule.id} when ${inWords(cap.when)} (note ${cap.note}), at any confidence: ${cap.holdsExercises}`),
    ),
  ];
  return [
    {
      title: 'Urgency',
      lines: [
        `The result takes the most urgent of: every warning sign raised, each factor's urgency, and each look-alike note's urgency. Levels, most urgent first: ${URGENCY_LEVELS.join(', ')}.`,
        'A warning sign takes its level "with others" only when another sign the person has (not an "I\'m not sure" answer, and not a pair marked "not a second sign") is raised too.',
        'A warning sign is never withdrawn by a later answer; factors use only the answers to questions that still apply.',
      ],
    },
    {
      title: 'Factor confidence',
      lines: [
        `A factor's score is the sum of the weights of its evidence. Likely: ${CONFIDENCE_THRESHOLDS.likely} or more. Possible: ${CONFIDENCE_THRESHOLDS.possible} or more. Less likely: below that.`,
        'A look-alike (a cap) lowers the confidence to its maximum whatever the score, and adds its note.',
        'An emergency result lists no factors.',
      ],
    },
    {
      title: 'Self-care',
      lines: [
        'An emergency result has no self-care and no exercises.',
        `The leading factors are the first ${LEADING_FACTORS} at "possible" or more; their self-care steps are shown, with the steps for everyone.`,
        'With no leading factor, every step not kept for its own factor is shown.',
        ...selfCareSteps.map((step) => {
          const parts = [
            step.forEveryone ? 'for everyone' : step.onlyForItsFactor ? 'only when a leading factor asks for it' : 'when a leading factor asks for it, or no factor leads',
            step.onlyIf ? `only if ${inWords(step.onlyIf)}` : '',
            step.unless ? `not if ${inWords(step.unless)}` : '',
          ].filter(Boolean);
          return `${step.id} ("${en.selfCare[step.id].title}"): ${parts.join('; ')}.`;
        }),
        ...factorRules.filter((rule) => rule.leavesOut?.length).map((rule) => `Left out while ${rule.id} is possible or more: ${rule.leavesOut!.join(', ')}.`),
      ],
    },
    {
      title: 'Exercises held until a clinician has checked',
      lines: ['No exercises, with the caution that says why, whenever any of these applies:', ...holds],
    },
    {
      title: 'Exercises',
      lines: [
        `The leading factors' exercises, taking each factor's first choice in turn, up to ${MAX_EXERCISES}; filled to ${MIN_EXERCISES} from the general set.`,
        `The general set (most factors first): ${generalExercises.map((id) => `${id} ("${en.exercises[id].name}")`).join(', ')}.`,
        `Every exercise in the content: ${exercises.map((exercise) => exercise.id).join(', ')}.`,
      ],
    },
    {
      title: 'Cautions',
      lines: [
        ...Object.entries(levelRules).filter(([, rule]) => !rule.exercises).map(([level]) => `On a result of ${level}: no exercises before the doctor's check; caution get-checked-first.`),
        ...planCautions.map((id) => caution(id)),
      ],
    },
  ];
}

function bookVignettes(): BookVignette[] {
  return vignettes.map((vignette) => {
    const result = triage(vignette.answers);
    return {
      name: vignette.name,
      basis: vignette.basis,
      answers: Object.entries(vignette.answers).map(([question, option]) => `${question} = ${option}`),
      expected: vignette.urgency,
      urgency: result.urgency,
      redFlags: result.redFlags.map((flag) => `${flag.id} (${flag.urgency})`),
      factors: result.factors.map((factor) => `${factor.id} (${factor.confidence}, ${factor.score})`),
      exercises: [...result.plan.exercises],
      cautions: [...result.plan.cautions],
    };
  });
}

/** The whole rule book, worked out afresh from the content and the engine. */
export function ruleBook(): RuleBook {
  return {
    urgencies: URGENCY_LEVELS.map((id) => ({
      id,
      headline: both((strings) => strings.urgency[id].headline),
      whatToDo: both((strings) => strings.urgency[id].whatToDo),
      howSoon: both((strings) => strings.urgency[id].howSoon),
    })),
    questions: bookQuestions(),
    warningSigns: bookSigns(),
    factors: bookFactors(),
    planRules: bookPlanRules(),
    vignettes: bookVignettes(),
    sources: [...sources],
  };
}
