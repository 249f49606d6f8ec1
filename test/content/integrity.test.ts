import { describe, expect, it } from 'vitest';
import {
  en,
  es,
  exercises,
  factorNotes,
  factorRules,
  locales,
  planCautions,
  emergencyNumbers,
  questions,
  redFlagRules,
  selfCareSteps,
  sources,
  URGENCY_LEVELS,
  type Condition,
} from '../../src/content/index.js';
import { textsOf } from './text-walk.js';
import { partsOf } from '../../src/triage/conditions.js';
import { levelRules } from '../../src/triage/levels.js';

const questionIndex = new Map(questions.map((question, index) => [question.id, index]));
const sourceIds = new Set(sources.map((source) => source.id));
const exerciseIds = new Set(exercises.map((exercise) => exercise.id));
const factorIds = new Set(factorRules.map((factor) => factor.id));
const selfCareIds = new Set(selfCareSteps.map((step) => step.id));

const optionIdsOf = (questionId: string): string[] =>
  questions.find((question) => question.id === questionId)?.options.map((option) => option.id) ?? [];

/** Every condition in the content, named by where it is used. */
const conditions: { where: string; condition: Condition }[] = [
  ...questions.flatMap((q) => (q.askIf ? [{ where: `question ${q.id} askIf`, condition: q.askIf }] : [])),
  ...redFlagRules.map((rule) => ({ where: `red flag ${rule.id}`, condition: rule.when })),
  ...factorRules.flatMap((factor) => [
    ...factor.evidence.map((evidence) => ({ where: `factor ${factor.id} evidence`, condition: evidence.when })),
    ...(factor.caps ?? []).map((cap) => ({ where: `factor ${factor.id} cap`, condition: cap.when })),
  ]),
];

/** Options that stop the questions at once: any answer raising an emergency sign on its own. */
const emergencyOptions = new Set(
  redFlagRules
    .filter((rule) => rule.urgencyAlone === 'emergency' && !('allOf' in rule.when))
    .flatMap((rule) => partsOf(rule.when).flatMap((part) => part.anyOf.map((option) => `${part.question}=${option}`))),
);

describe('content integrity', () => {
  it('uses unique kebab-case ids in every list', () => {
    const lists = { questions, redFlagRules, factorRules, exercises, selfCareSteps, sources };
    for (const [name, list] of Object.entries(lists)) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size, `${name} ids are unique`).to.equal(ids.length);
      for (const id of ids) expect(id, name).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    for (const question of questions) {
      const options = question.options.map((option) => option.id);
      expect(new Set(options).size, `${question.id} option ids are unique`).to.equal(options.length);
    }
  });

  it('refers only to questions and options that exist', () => {
    const broken = conditions.flatMap(({ where, condition }) =>
      partsOf(condition).flatMap((part) => {
        if (!questionIndex.has(part.question)) return [`${where}: unknown question ${part.question}`];
        const valid = optionIdsOf(part.question);
        const unknown = part.anyOf.filter((option) => !valid.includes(option));
        return [
          ...unknown.map((option) => `${where}: unknown option ${part.question}=${option}`),
          ...(part.anyOf.length === 0 ? [`${where}: empty anyOf for ${part.question}`] : []),
        ];
      }),
    );
    expect(broken).to.deep.equal([]);
  });

  it('can reach every question from answers to earlier questions that do not stop the flow', () => {
    const reachable = new Set<string>();
    for (const question of questions) {
      const position = questionIndex.get(question.id) ?? -1;
      const satisfiable =
        !question.askIf ||
        partsOf(question.askIf).every(
          (part) =>
            reachable.has(part.question) &&
            (questionIndex.get(part.question) ?? Infinity) < position &&
            part.anyOf.some((option) => !emergencyOptions.has(`${part.question}=${option}`)),
        );
      if (satisfiable) reachable.add(question.id);
      expect(satisfiable, `${question.id} can be reached`).to.equal(true);
    }
    // allOf parts on one question must share an option, or the condition can never match.
    for (const { where, condition } of conditions) {
      const byQuestion = new Map<string, string[][]>();
      for (const part of partsOf(condition)) {
        byQuestion.set(part.question, [...(byQuestion.get(part.question) ?? []), [...part.anyOf]]);
      }
      for (const [question, sets] of byQuestion) {
        const shared = sets.reduce((acc, set) => acc.filter((option) => set.includes(option)));
        expect(shared.length, `${where}: ${question} can match`).to.be.above(0);
      }
    }
  });

  it('asks the red-flag questions first', () => {
    const kinds = questions.map((question) => question.kind);
    const lastRedFlag = kinds.lastIndexOf('red-flag');
    expect(kinds.slice(0, lastRedFlag + 1).every((kind) => kind === 'red-flag')).to.equal(true);
  });

  it('marks "I\'m not sure" options, and only those, as notSure', () => {
    for (const question of questions) {
      for (const option of question.options) {
        expect(option.id === 'not-sure', `${question.id}.${option.id}`).to.equal(option.notSure === true);
      }
    }
  });

  it('has the red-flag combination logic the guidelines ask for', () => {
    const order = (urgency: string | null) => (urgency === null ? URGENCY_LEVELS.length : URGENCY_LEVELS.indexOf(urgency as never));
    for (const rule of redFlagRules) {
      // With other flags, a sign is never less urgent than alone.
      expect(order(rule.urgencyWithOthers) <= order(rule.urgencyAlone), rule.id).to.equal(true);
      if (rule.urgencyAlone === 'emergency') expect(rule.urgencyWithOthers, rule.id).to.equal('emergency');
    }
    const ageRules = redFlagRules.filter((rule) => partsOf(rule.when).some((part) => part.question === 'age'));
    expect(ageRules.length).to.be.above(0);
    // Age alone never raises urgency: an age rule that does (weight loss at 60 or over, NICE NG12) also
    // needs an answer that is a warning sign without the age.
    const signAlone = (part: { question: string; anyOf: readonly string[] }) =>
      redFlagRules.some(
        (other) =>
          !other.unsure &&
          other.urgencyAlone !== null &&
          partsOf(other.when).every((otherPart) => otherPart.question === part.question && otherPart.anyOf.some((option) => part.anyOf.includes(option))),
      );
    for (const rule of ageRules) {
      if (rule.urgencyAlone === null) continue;
      expect(partsOf(rule.when).some((part) => part.question !== 'age' && signAlone(part)), `${rule.id} is more than age`).to.equal(true);
    }
    expect(ageRules.filter((rule) => rule.urgencyAlone === null).map((rule) => rule.id)).to.have.members(['age-under-20', 'age-over-50']);
  });

  it('treats "not sure" on an emergency question as urgent', () => {
    const emergencyQuestions = new Set([...emergencyOptions].map((key) => key.split('=')[0]));
    for (const questionId of emergencyQuestions) {
      if (!optionIdsOf(questionId).includes('not-sure')) continue;
      const rule = redFlagRules.find((candidate) =>
        partsOf(candidate.when).some((part) => part.question === questionId && part.anyOf.includes('not-sure')),
      );
      expect(rule?.urgencyAlone, `${questionId}=not-sure`).to.equal('urgent');
    }
  });

  it('never lets the engine name spinal stenosis with confidence when circulation may be the cause', () => {
    const stenosis = factorRules.find((factor) => factor.id === 'spinal-stenosis');
    const caps = stenosis?.caps ?? [];
    const capped = (question: string, option: string) =>
      caps.some((cap) =>
        partsOf(cap.when).some((part) => part.question === question && part.anyOf.includes(option)) &&
        cap.maxConfidence !== 'likely' &&
        cap.note === 'check-circulation',
      );
    expect(capped('what-eases', 'standing-still')).to.equal(true);
    expect(capped('leg-location', 'calf-cramp') && capped('circulation-risk', 'yes')).to.equal(true);
    expect(factorIds.has('leg-circulation')).to.equal(true);
  });

  it('links factors, exercises and self-care both ways, to ids that exist', () => {
    for (const factor of factorRules) {
      for (const id of factor.exercises) {
        expect(exerciseIds.has(id), `${factor.id} -> ${id}`).to.equal(true);
        const exercise = exercises.find((candidate) => candidate.id === id);
        expect(exercise?.factors, `${id} lists ${factor.id}`).to.include(factor.id);
      }
      for (const id of factor.selfCare) expect(selfCareIds.has(id), `${factor.id} -> ${id}`).to.equal(true);
      for (const cap of factor.caps ?? []) expect(factorNotes as readonly string[], factor.id).to.include(cap.note);
      expect(factor.evidence.some((evidence) => evidence.weight > 0), `${factor.id} has evidence for it`).to.equal(true);
    }
    for (const exercise of exercises) {
      for (const id of exercise.factors) {
        expect(factorIds.has(id), `${exercise.id} -> ${id}`).to.equal(true);
        expect(factorRules.find((factor) => factor.id === id)?.exercises, `${id} lists ${exercise.id}`).to.include(exercise.id);
      }
    }
    const usedSelfCare = new Set(factorRules.flatMap((factor) => factor.selfCare));
    for (const step of selfCareSteps) expect(usedSelfCare.has(step.id), `${step.id} is used`).to.equal(true);
  });

  it('cites sources that exist, and every source is cited', () => {
    const citing = [
      ...redFlagRules,
      ...factorRules,
      ...exercises,
      ...selfCareSteps,
      { id: 'emergency numbers', sources: emergencyNumbers.sources },
      ...URGENCY_LEVELS.map((level) => ({ id: `${level} result`, sources: levelRules[level].sources })),
    ];
    const cited = new Set<string>();
    for (const item of citing) {
      expect(item.sources.length, `${item.id} cites a source`).to.be.above(0);
      for (const id of item.sources) {
        expect(sourceIds.has(id), `${item.id} cites ${id}`).to.equal(true);
        cited.add(id);
      }
    }
    expect(sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).to.deep.equal([]);
    for (const source of sources) if (source.url) expect(source.url, source.id).to.match(/^https:\/\//);
  });

  it('names every source, each once, and gives any address as https', () => {
    const titles = sources.map((source) => source.title);
    expect(titles.every((title) => title.length > 20), 'every title is a real title').to.equal(true);
    expect(new Set(titles).size).to.equal(titles.length);
    for (const source of sources) if ('url' in source) expect(source.url, source.id).to.match(/^https:\/\/[a-z]/);
  });

  it('gives every exercise a frequency the interface can say', () => {
    for (const { id, dose } of exercises) expect(en.ui[`frequency-${dose.frequency}`], id).to.be.a('string');
  });

  it('cites a physiotherapy source for the bird-dog and plank, which NHS leaflets lack', () => {
    for (const id of ['bird-dog', 'plank']) {
      expect(exercises.find((exercise) => exercise.id === id)?.sources, id).to.include('mcgill-2016');
    }
  });

  it('doses every exercise as NHS leaflets do: 5 to 10 repetitions, short holds, at least most days', () => {
    for (const { id, dose } of exercises) {
      expect(dose.repetitions, id).to.be.within(5, 10);
      expect(dose.holdSeconds, id).to.be.within(1, 10);
      expect(dose.sets, id).to.be.within(1, 3);
    }
  });

  it('names both sides, in every locale, for each exercise done on each side', () => {
    for (const { id, dose } of exercises) {
      for (const strings of [en, es]) {
        const sides = strings.exercises[id].sides;
        if (dose.eachSide) expect(sides?.filter(Boolean), `${strings.locale} ${id}`).to.have.length(2);
        else expect(sides, `${strings.locale} ${id}`).to.equal(undefined);
      }
    }
  });

  it('has English text for every question, option, rule, factor, exercise, step, note and caution', () => {
    for (const question of questions) {
      const text = en.questions[question.id];
      expect(text?.text, question.id).to.be.a('string');
      expect(text?.why, question.id).to.be.a('string');
      for (const option of question.options) expect(text?.options[option.id], `${question.id}.${option.id}`).to.be.a('string');
      expect(Object.keys(text?.options ?? {}).sort(), `${question.id} has no stale options`).to.deep.equal(
        question.options.map((option) => option.id).sort(),
      );
    }
    const keysMatch = (name: string, text: object, ids: readonly string[]) =>
      expect(Object.keys(text).sort(), name).to.deep.equal([...ids].sort());
    keysMatch('questions', en.questions, questions.map((q) => q.id));
    keysMatch('redFlags', en.redFlags, redFlagRules.map((rule) => rule.id));
    keysMatch('factors', en.factors, [...factorIds]);
    keysMatch('exercises', en.exercises, [...exerciseIds]);
    keysMatch('selfCare', en.selfCare, [...selfCareIds]);
    keysMatch('notes', en.notes, factorNotes);
    keysMatch('cautions', en.cautions, planCautions);
    keysMatch('urgency', en.urgency, URGENCY_LEVELS);
    for (const exercise of exercises) {
      const text = en.exercises[exercise.id];
      expect(text.steps.length, exercise.id).to.be.at.least(3);
      expect(text.stopRules.join(' '), exercise.id).to.match(/spreads down your leg/);
      expect(text.stopRules.join(' '), exercise.id).to.match(/hurt does not equal harm/i);
    }
    expect(en.safetyNet.length).to.be.above(0);
    expect(locales.en).to.equal(en);
  });

  it('keeps the ui placeholders the elements fill in', () => {
    expect(en.ui['question-progress']).to.include('{current}').and.include('{total}');
    expect(en.ui['call-emergency']).to.include('{number}');
    expect(en.ui['call-emergency-local']).to.equal('Call your local emergency number now');
  });

  it('never uses asterisks', () => {
    expect(textsOf(en).filter((entry) => entry.text.includes('*')).map((entry) => entry.path)).to.deep.equal([]);
  });

  it('never calls a result a diagnosis, except to say it is not one', () => {
    const offending = textsOf(en).filter(
      (entry) => /diagnos/i.test(entry.text) && !/\bnot a diagnosis\b/i.test(entry.text),
    );
    expect(offending.map((entry) => entry.path)).to.deep.equal([]);
    expect(en.ui['not-a-diagnosis']).to.match(/not a diagnosis/i);
  });

  it('leaves imaging to a clinician, never telling people to get a scan (NICE NG59 1.1.4)', () => {
    expect(en.factors['degenerative-disc'].whenToSeeClinician).to.include('They can decide whether you need a scan');
    const orders = textsOf(en).filter((entry) => /\bMRI\b|\b(get|have|ask for) an? (scan|x-ray)/i.test(entry.text));
    expect(orders.map((entry) => entry.path)).to.deep.equal([]);
  });

  it('says heat has the better evidence, and frames footwear as comfort, not treatment', () => {
    expect(en.selfCare['cold-then-heat'].note).to.match(/heat has the better/i);
    expect(en.selfCare['footwear-tips'].note).to.match(/not a treatment/i);
  });
});
