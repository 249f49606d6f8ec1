import { expect } from '@open-wc/testing';
import { locales, questions } from '../../src/content/index.js';
import { questionnaire, questionnaireResponse } from '../../src/fhir/index.js';
import { questionsToAsk, triage } from '../../src/triage/index.js';
import { answerPaths } from '../fhir/answer-paths.js';

/** LHC-Forms 40.1.3, unpacked by scripts/fetch-lforms.mjs and served by the test server: nothing leaves localhost. */
const LFORMS = '/vendor/lforms/40.1.3';

interface FhirItem {
  linkId: string;
  answer?: { valueCoding?: { code: string } }[];
  item?: FhirItem[];
}
interface LFormsGlobal {
  Util: {
    addFormToPage(form: unknown, container: HTMLElement): Promise<void>;
    getFormFHIRData(type: 'QuestionnaireResponse', version: 'R4', container: HTMLElement): { item?: FhirItem[] };
  };
}
const lforms = (): LFormsGlobal => (window as unknown as { LForms: LFormsGlobal }).LForms;

const loadScript = (src: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}: run node scripts/fetch-lforms.mjs`));
    document.body.append(script);
  });

const questionIds = new Set(questions.map((question) => question.id));

/** The question items LHC-Forms shows, in its order (its item ids are "item-<linkId>/1"). */
const shownQuestions = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('lhc-item')]
    .map((item) => item.id.replace(/^item-/, '').split('/')[0])
    .filter((linkId) => questionIds.has(linkId));

/** linkId -> answer code, at any depth, from LHC-Forms' own QuestionnaireResponse or ours. */
function answerCodes(items: readonly FhirItem[] = [], found: Record<string, string> = {}): Record<string, string> {
  for (const item of items) {
    const code = item.answer?.[0]?.valueCoding?.code;
    if (code !== undefined) found[item.linkId] = code;
    answerCodes(item.item, found);
  }
  return found;
}

const onlyQuestions = (codes: Record<string, string>) =>
  Object.fromEntries(Object.entries(codes).filter(([linkId]) => questionIds.has(linkId)));

/** LHC-Forms updates after its change detection: wait until it agrees, or give up after three seconds and report. */
async function settle(read: () => unknown, expected: unknown): Promise<void> {
  const until = Date.now() + 3000;
  while (JSON.stringify(read()) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('The Questionnaire in LHC-Forms', function () {
  this.timeout(15 * 60 * 1000);
  let container: HTMLElement;

  before(async () => {
    for (const file of ['webcomponent/assets/lib/zone.min.js', 'webcomponent/lhc-forms.js', 'fhir/R4/lformsFHIR.min.js']) {
      await loadScript(`${LFORMS}/${file}`);
    }
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const strings of Object.values(locales)) {
    it(`shows what the engine asks, stops after every emergency answer and works out the emergency (${strings.locale})`, async () => {
      const form = questionnaire(strings);
      const paths = answerPaths();
      let compared = 0;
      let emergencies = 0;
      for (const path of paths) {
        await lforms().Util.addFormToPage(form, container);
        const answers: Record<string, string> = {};
        for (const [question, option] of path) {
          const label = container.querySelector(`[id="${question}/1|${form.item[0].answerOption![0].valueCoding.system}|${question}.${option}"]`);
          expect(label, `${question}=${option} is on the page`).to.exist;
          label!.querySelector('input')!.click();
          answers[question] = option;

          const toAsk = new Set(questionsToAsk(answers).map((asked) => asked.id));
          // The engine's questions still to ask, and the ones answered stay in view.
          const expected = form.item.map((item) => item.linkId).filter((id) => toAsk.has(id) || Object.hasOwn(answers, id));
          const result = triage(answers);
          const expectedUrgency = result.urgency === 'emergency' ? { urgency: 'emergency' } : {};
          const theirs = () => answerCodes(lforms().Util.getFormFHIRData('QuestionnaireResponse', 'R4', container).item);
          const urgencyOf = () => (theirs().urgency ? { urgency: theirs().urgency } : {});
          await settle(() => [shownQuestions(container), urgencyOf()], [expected, expectedUrgency]);

          const state = path.slice(0, path.findIndex(([id]) => id === question) + 1).map((step) => step.join('=')).join(', ');
          expect(shownQuestions(container), state).to.deep.equal(expected);
          expect(urgencyOf(), state).to.deep.equal(expectedUrgency);
          // Its QuestionnaireResponse carries the same answers as ours.
          const ours = answerCodes(questionnaireResponse(result, { strings }).item as FhirItem[]);
          expect(onlyQuestions(theirs()), state).to.deep.equal(onlyQuestions(ours));
          compared += 1;
          if (result.urgency === 'emergency') emergencies += 1;
        }
      }
      console.log(`LHC-Forms (${strings.locale}): ${compared} states on ${paths.length} answer paths matched the engine, ${emergencies} of them emergencies.`);
      expect(emergencies).to.be.greaterThan(0);
    });
  }

  it('gives every option of every question on some path, so every emergency answer', () => {
    const given = new Set(answerPaths().flatMap((path) => path.map(([question, option]) => `${question}=${option}`)));
    const all = questions.flatMap((question) => question.options.map((option) => `${question.id}=${option.id}`));
    expect(all.filter((answer) => !given.has(answer))).to.deep.equal([]);
  });
});
