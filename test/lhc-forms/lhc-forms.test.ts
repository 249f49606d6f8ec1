import { expect } from '@open-wc/testing';
import { en, locales, questions } from '../../src/content/index.js';
import { questionnaire, questionnaireResponse } from '../../src/fhir/index.js';
import { questionsToAsk, triage } from '../../src/triage/index.js';
import { askingOrder } from '../../src/triage/flow.js';
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
/** The pages that ask several questions together: a group each in the Questionnaire. */
const pageIds = new Set(questions.flatMap((question) => question.page ?? []));

/** The items of these linkIds LHC-Forms shows, in its order (its item ids are "item-<linkId>/1", "item-<linkId>/1/1" inside a group). */
const shown = (container: HTMLElement, linkIds: ReadonlySet<string>): string[] =>
  [...container.querySelectorAll('lhc-item')]
    .map((item) => item.id.replace(/^item-/, '').split('/')[0])
    .filter((linkId) => linkIds.has(linkId));
const shownQuestions = (container: HTMLElement) => shown(container, questionIds);
const shownPages = (container: HTMLElement) => shown(container, pageIds);

/** The radio button of an option, at any depth (its id is "<linkId>/1…|<system>|<code>"). */
const optionInput = (container: HTMLElement, question: string, option: string, system: string): HTMLInputElement | null =>
  container.querySelector(`[id^="${question}/"][id$="|${system}|${question}.${option}"] input`);

/** linkId -> answer code, at any depth, from LHC-Forms' own QuestionnaireResponse or ours. */
function answerCodes(items: readonly FhirItem[] = [], found: Record<string, string> = {}): Record<string, string> {
  for (const item of items) {
    const code = item.answer?.[0]?.valueCoding?.code;
    if (code !== undefined) found[item.linkId] = code;
    answerCodes(item.item, found);
  }
  return found;
}

/** The question and page items of a response as they nest: a question's linkId, or a page's linkId and its items. */
const shape = (items: readonly FhirItem[] = []): unknown[] =>
  items
    .filter((item) => questionIds.has(item.linkId) || pageIds.has(item.linkId))
    .map((item) => (pageIds.has(item.linkId) ? [item.linkId, shape(item.item)] : item.linkId));

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
      const answerSystem = form.item[0].answerOption![0].valueCoding.system;
      const paths = answerPaths();
      let compared = 0;
      let emergencies = 0;
      for (const path of paths) {
        await lforms().Util.addFormToPage(form, container);
        const answers: Record<string, string> = {};
        for (const [question, option] of path) {
          const input = optionInput(container, question, option, answerSystem);
          expect(input, `${question}=${option} is on the page`).to.exist;
          input!.click();
          answers[question] = option;

          const toAsk = new Set(questionsToAsk(answers).map((asked) => asked.id));
          // The engine's questions still to ask, and the ones answered stay in view; a page's group
          // shows while one of its questions does.
          const expected = askingOrder.filter(({ id }) => toAsk.has(id) || Object.hasOwn(answers, id));
          const expectedShown = expected.map(({ id }) => id);
          const expectedPages = [...new Set(expected.flatMap(({ page }) => page ?? []))];
          const result = triage(answers);
          const expectedUrgency = result.urgency === 'emergency' ? { urgency: 'emergency' } : {};
          const theirItems = () => lforms().Util.getFormFHIRData('QuestionnaireResponse', 'R4', container).item;
          const theirs = () => answerCodes(theirItems());
          const urgencyOf = () => (theirs().urgency ? { urgency: theirs().urgency } : {});
          await settle(
            () => [shownQuestions(container), shownPages(container), urgencyOf()],
            [expectedShown, expectedPages, expectedUrgency],
          );

          const state = path.slice(0, path.findIndex(([id]) => id === question) + 1).map((step) => step.join('=')).join(', ');
          expect(shownQuestions(container), state).to.deep.equal(expectedShown);
          expect(shownPages(container), state).to.deep.equal(expectedPages);
          expect(urgencyOf(), state).to.deep.equal(expectedUrgency);
          // Its QuestionnaireResponse carries the same answers as ours, nested the same way.
          const ourItems = questionnaireResponse(result, { strings }).item as FhirItem[];
          expect(onlyQuestions(theirs()), state).to.deep.equal(onlyQuestions(answerCodes(ourItems)));
          expect(shape(theirItems()), state).to.deep.equal(shape(ourItems));
          compared += 1;
          if (result.urgency === 'emergency') emergencies += 1;
        }
      }
      console.log(`LHC-Forms (${strings.locale}): ${compared} states on ${paths.length} answer paths matched the engine, ${emergencies} of them emergencies.`);
      expect(emergencies).to.be.greaterThan(0);
    });
  }

  it('shows a page as one group: its heading over its questions, foot drop and weak bones only when they apply', async () => {
    const form = questionnaire(en);
    const system = form.item[0].answerOption![0].valueCoding.system;
    await lforms().Util.addFormToPage(form, container);
    const group = () => container.querySelector<HTMLElement>('lhc-item[id^="item-other-warning-signs/"]');
    const inGroup = () => (group() ? shown(group()!, questionIds) : []);
    const answer = (question: string, option: string) => optionInput(container, question, option, system)!.click();
    const signs = ['fever', 'infection-risk', 'past-drug-injection', 'cancer-history', 'weight-loss', 'night-pain'];

    await settle(inGroup, signs);
    expect(inGroup(), 'before any answer').to.deep.equal(signs);
    expect(group()!.textContent).to.contain(en.pages['other-warning-signs'].text).and.contain(en.questions.fever.text);

    answer('leg-nerve-symptoms', 'long-standing');
    await settle(inGroup, ['foot-drop', ...signs]);
    expect(inGroup(), 'after a leg symptom').to.deep.equal(['foot-drop', ...signs]);
    answer('injury', 'minor-injury');
    await settle(inGroup, ['foot-drop', ...signs, 'bone-risk']);
    expect(inGroup(), 'after a small knock').to.deep.equal(['foot-drop', ...signs, 'bone-risk']);
    answer('injury', 'significant-fall');
    await settle(inGroup, ['foot-drop', ...signs]);
    expect(inGroup(), 'after a hard fall').to.deep.equal(['foot-drop', ...signs]);

    // LHC-Forms' own response nests the page's answers under its group, as ours does.
    answer('fever', 'no');
    answer('night-pain', 'yes');
    const theirGroup = () =>
      lforms()
        .Util.getFormFHIRData('QuestionnaireResponse', 'R4', container)
        .item?.find((item) => item.linkId === 'other-warning-signs')
        ?.item?.map((item) => item.linkId);
    await settle(theirGroup, ['fever', 'night-pain']);
    expect(theirGroup()).to.deep.equal(['fever', 'night-pain']);

    answer('bladder-bowel', 'yes');
    await settle(() => group() === null, true);
    expect(group(), 'after an emergency answer').to.equal(null);
  });

  it('gives every option of every question on some path, so every emergency answer', () => {
    const given = new Set(answerPaths().flatMap((path) => path.map(([question, option]) => `${question}=${option}`)));
    const all = questions.flatMap((question) => question.options.map((option) => `${question.id}=${option.id}`));
    expect(all.filter((answer) => !given.has(answer))).to.deep.equal([]);
  });
});
