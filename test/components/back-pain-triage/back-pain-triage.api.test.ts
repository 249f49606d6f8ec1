import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { en, questions, URGENCY_LEVELS } from '../../../src/content/index.js';
import { questionsToAsk, summaryText, triage, triageSession } from '../../../src/triage/index.js';
import { BackPainTriage } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import { collectWarnings, withWarnings, type WarningCollector } from '../../helpers/warnings.js';
import {
  all,
  answer,
  answersRaising,
  applyPrintRules,
  button,
  calmOption,
  captureDownload,
  completeTriage,
  isRendered,
  shadowOf,
  shownQuestion,
  stepHeading,
  tapFold,
  triageFixture,
} from './helpers.js';
import { answerCode, LINK_IDS } from '../../../src/fhir/index.js';
import '../../../src/define/back-pain-provider.js';

const first = questionsToAsk({})[0];
const STORAGE_KEY = 'back-pain-widgets:back-pain-triage';

function firstAnswers(count: number): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) {
    const next = questionsToAsk(answers).find((question) => !(question.id in answers))!;
    answers[next.id] = calmOption(next.id);
  }
  return answers;
}

/** Counts calls to Storage methods until restored. */
function spyOnStorage() {
  const calls: string[] = [];
  const originals = new Map<string, unknown>();
  for (const method of ['setItem', 'getItem', 'removeItem', 'clear', 'key'] as const) {
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    originals.set(method, original);
    Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
      calls.push(method);
      return original.apply(this, args);
    } as never;
  }
  return {
    calls,
    restore: () => originals.forEach((original, method) => Object.assign(Storage.prototype, { [method]: original })),
  };
}

describe('<back-pain-triage> API', () => {
  let warnings: WarningCollector;
  before(() => {
    warnings = collectWarnings();
  });
  after(() => warnings.restore());
  afterEach(() => sessionStorage.clear());

  describe('flow', () => {
    it('starts on the first question the engine asks, with progress out of its list', async () => {
      const el = await triageFixture();
      expect(shownQuestion(el)).to.equal(first.id);
      const progress = shadowOf(el).querySelector('[part~="progress"]')!.textContent!.trim();
      expect(progress).to.equal(
        en.ui['question-progress'].replace('{current}', '1').replace('{total}', String(triageSession({}).progress.total)),
      );
      expect(shadowOf(el).querySelector('[part~="back"]')).to.equal(null);
      expect(stepHeading(el).closest('legend')).to.exist;
      expect(stepHeading(el).textContent).to.not.contain('*');
    });

    it('asks exactly the questions the engine lists, in its order, skipping the irrelevant ones', async () => {
      const el = await triageFixture();
      const asked = await completeTriage(el, { 'legs-involved': 'none' });
      expect(asked).to.deep.equal(questionsToAsk(el.answers).map((question) => question.id));
      expect(asked).to.not.include('leg-location');
      expect(el.result).to.deep.equal(triage(el.answers));
    });

    it('stops at once and shows the emergency result when an emergency sign is answered', async () => {
      const el = await triageFixture();
      const emergency = answersRaising('emergency');
      const asked = await completeTriage(el, emergency);
      expect(asked.at(-1)).to.equal(Object.keys(emergency).at(-1));
      expect(asked.length).to.be.below(questionsToAsk({}).length);
      expect(el.result?.urgency).to.equal('emergency');
      expect(shadowOf(el).querySelector('[part~="urgency"]')!.textContent).to.contain(en.urgency.emergency.whatToDo);
      expect(shadowOf(el).querySelectorAll('exercise-card')).to.have.length(0);
    });

    it('shows why, the factors (not a diagnosis), the plan, exercises and safety-netting on a result', async () => {
      const el = await triageFixture();
      await completeTriage(el, answersRaising('routine'), undefined, true);
      const result = el.result!;
      const root = shadowOf(el);
      const why = root.querySelector('[part~="why"]')!.textContent!;
      for (const reason of result.urgencyReasons) {
        expect(why).to.contain(en.questions[reason.question].text);
        expect(why).to.contain(en.questions[reason.question].options[reason.option]);
      }
      expect(root.querySelector('[part~="factors"]')!.textContent).to.contain(en.ui['not-a-diagnosis']);
      const factorHeadings = [...root.querySelectorAll('[part~="factor"] > details > summary')].map((h) => h.textContent!);
      expect(factorHeadings.length).to.equal(result.factors.length);
      for (const factor of result.factors) {
        const heading = factorHeadings.find((text) => text.includes(en.factors[factor.id].name))!;
        expect(heading).to.contain(en.ui[`confidence-${factor.confidence}`]);
      }
      // The likelier factors come first, in the engine's order, the first one open; less likely ones fold together.
      const leading = result.factors.filter((factor) => factor.confidence !== 'less-likely');
      leading.forEach((factor, i) => expect(factorHeadings[i]).to.contain(en.factors[factor.id].name));
      const open = [...root.querySelectorAll<HTMLDetailsElement>('[part~="factor"] > details')].map((d) => d.open);
      expect(open).to.deep.equal(result.factors.map((_, i) => i === 0 && leading.length > 0));
      const folded = root.querySelectorAll('details.less-likely [part~="factor"]');
      expect(folded.length).to.equal(result.factors.length - leading.length);
      // The exercises fold away, and their cards are made only when the person opens the fold: two cards, then
      // the rest in a fold of their own.
      const cardsShown = () => [...root.querySelectorAll('exercise-card')].map((card) => card.getAttribute('exercise'));
      expect(cardsShown(), 'no card before the fold opens').to.deep.equal([]);
      await tapFold(el, root.querySelector<HTMLDetailsElement>('details[part~="exercises"]')!);
      expect(cardsShown()).to.deep.equal(result.plan.exercises.slice(0, 2));
      await tapFold(el, root.querySelector<HTMLDetailsElement>('details[part~="more-exercises"]')!);
      expect(cardsShown()).to.deep.equal([...result.plan.exercises]);
      const moreCards = [...root.querySelectorAll('[part~="more-exercises"] exercise-card')];
      expect(moreCards.map((card) => card.getAttribute('exercise'))).to.deep.equal(result.plan.exercises.slice(2));
      expect([...root.querySelectorAll('exercise-card')].every((card) => card.hasAttribute('compact'))).to.equal(true);
      // Closed again, the cards stay (a running hold timer with them).
      const first = root.querySelector('exercise-card');
      await tapFold(el, root.querySelector<HTMLDetailsElement>('details[part~="exercises"]')!);
      expect(root.querySelector<HTMLDetailsElement>('details[part~="exercises"]')!.open).to.equal(false);
      expect(root.querySelector('exercise-card')).to.equal(first);
      // The safety net keeps what asks for sooner help than booking; "book if not better" would repeat the result.
      const safetyNet = root.querySelector('[part~="safety-net"]')!.textContent!;
      en.safetyNet.forEach((line, i) => expect(safetyNet.includes(line), line).to.equal(i !== 2));
      expect(root.textContent!.toLowerCase()).to.not.match(/\byour diagnosis\b/);
    });

    it('calls the emergency number from the provider, or from the region, once, from the first thing in the result', async () => {
      const frame = await fixture<HTMLElement>(html`<div>
        <back-pain-provider emergency-number="112"><back-pain-triage skip-start></back-pain-triage></back-pain-provider>
        <back-pain-triage skip-start lang="en-GB"></back-pain-triage>
      </div>`);
      const [fromProvider, fromRegion] = [...frame.querySelectorAll('back-pain-triage')];
      for (const [el, number] of [
        [fromProvider, '112'],
        [fromRegion, '999'],
      ] as const) {
        await el.updateComplete;
        await completeTriage(el, answersRaising('emergency'));
        const call = shadowOf(el).querySelector<HTMLAnchorElement>('[part~="urgency"] a[part~="call"]')!;
        expect(call.textContent!.trim()).to.equal(en.ui['call-emergency'].replace('{number}', number));
        expect(call.getAttribute('href')).to.equal(`tel:${number}`);
        // Right under the heading: nothing comes between the urgency and the call.
        expect(stepHeading(el).nextElementSibling).to.equal(call);
        // The banner lists the sign without saying the call again.
        const banner = shadowOf(el).querySelector('red-flag-banner')!;
        await banner.updateComplete;
        expect(banner.shadowRoot!.textContent).to.not.contain(number);
        expect(banner.shadowRoot!.textContent).to.contain(en.redFlags['bladder-bowel-change'].sign);
      }
    });

    it('Back shows earlier answers, and Continue walks forward through them without losing any', async () => {
      const el = await triageFixture();
      const asked: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        asked.push(shownQuestion(el)!);
        await answer(el, calmOption(shownQuestion(el)!));
      }
      const answers = el.answers;
      const checked = () => shadowOf(el).querySelector<HTMLInputElement>('input:checked')?.value;
      for (const question of [asked[2], asked[1]]) {
        button(el, 'back').click();
        await el.updateComplete;
        expect(shownQuestion(el)).to.equal(question);
        expect(checked()).to.equal(answers[question]);
      }
      button(el, 'continue').click();
      await el.updateComplete;
      expect(shownQuestion(el)).to.equal(asked[2]);
      expect(checked()).to.equal(answers[asked[2]]);
      expect(el.answers).to.deep.equal(answers);
    });

    it('"Check or change your answers" lists every answer; Change opens the question and returns to the list', async () => {
      const el = await triageFixture();
      const asked = await completeTriage(el, {});
      const answers = el.answers;
      button(el, 'change-answers').click();
      await el.updateComplete;
      expect(el.result).to.equal(null);
      expect(stepHeading(el).textContent!.trim()).to.equal(en.ui['check-answers-heading']);
      const rows = () => all(shadowOf(el), '.summary-row dt').map((dt) => dt.textContent!.trim());
      expect(rows()).to.deep.equal(asked.map((id) => en.questions[id].text));
      // Change the 3rd answer: its question opens with the answer chosen, and Continue returns to the list.
      const third = asked[2];
      shadowOf(el).querySelector<HTMLButtonElement>(`[part~="change"][data-question="${third}"]`)!.click();
      await el.updateComplete;
      expect(shownQuestion(el)).to.equal(third);
      expect(shadowOf(el).querySelector<HTMLInputElement>('input:checked')!.value).to.equal(answers[third]);
      button(el, 'continue').click();
      await el.updateComplete;
      expect(stepHeading(el).textContent!.trim()).to.equal(en.ui['check-answers-heading']);
      expect(document.activeElement).to.equal(el);
      expect(shadowOf(el).activeElement).to.equal(stepHeading(el));
      expect(el.answers).to.deep.equal(answers);
      button(el, 'see-result').click();
      await el.updateComplete;
      expect(el.result).to.deep.equal(triage(answers));
    });

    it('after a Change that opens new questions, asks them first, then returns to the list', async () => {
      const el = await triageFixture();
      await completeTriage(el, { 'legs-involved': 'none' });
      button(el, 'change-answers').click();
      await el.updateComplete;
      shadowOf(el).querySelector<HTMLButtonElement>('[part~="change"][data-question="legs-involved"]')!.click();
      await el.updateComplete;
      await answer(el, 'one-leg');
      const opened = questionsToAsk(el.answers).filter((question) => !(question.id in el.answers));
      expect(opened.length).to.be.above(0);
      expect(shownQuestion(el)).to.equal(opened[0].id);
      // Each new question, and any its answer opens, comes before the list.
      const asked = await completeTriage(el, {});
      expect(asked).to.include.members(opened.map((question) => question.id));
      expect(el.result).to.equal(null);
      expect(stepHeading(el).textContent!.trim()).to.equal(en.ui['check-answers-heading']);
      const listed = all(shadowOf(el), '.summary-row dt').map((dt) => dt.textContent!.trim());
      for (const id of asked) expect(listed).to.include(en.questions[id].text);
    });
  });

  describe('answers, result and reset', () => {
    it('prefills before connecting and resumes at the first unanswered question', async () => {
      const prefill = firstAnswers(3);
      const el = document.createElement('back-pain-triage');
      el.answers = prefill;
      const frame = await fixture<HTMLDivElement>(html`<div></div>`);
      frame.append(el);
      await el.updateComplete;
      expect(el.answers).to.deep.equal(prefill);
      expect(shownQuestion(el)).to.equal(questionsToAsk(prefill).find((q) => !(q.id in prefill))!.id);
    });

    it('keeps answers given to an element before it was defined', async () => {
      const prefill = firstAnswers(2);
      const tag = 'back-pain-triage-defined-late';
      const frame = await fixture<HTMLDivElement>(html`<div></div>`);
      const early = document.createElement(tag) as HTMLElement & { answers: unknown };
      early.answers = prefill;
      frame.append(early);
      customElements.define(tag, class extends BackPainTriage {});
      const el = early as unknown as BackPainTriage;
      await el.updateComplete;
      expect(el.answers).to.deep.equal(prefill);
      expect(shownQuestion(el)).to.equal(questionsToAsk(prefill).find((q) => !(q.id in prefill))!.id);
    });

    it('prefills after connecting, and shows the result when every question is answered', async () => {
      const done = await triageFixture();
      await completeTriage(done, {});
      const complete = done.answers;
      const el = await triageFixture();
      el.answers = complete;
      await el.updateComplete;
      expect(el.result).to.deep.equal(triage(complete));
      expect(stepHeading(el).textContent!.trim()).to.equal(en.urgency[el.result!.urgency].headline);
    });

    it('ignores the same answers object assigned again, as a framework re-render does', async () => {
      const el = await triageFixture();
      const preset = firstAnswers(1);
      el.answers = preset;
      await el.updateComplete;
      const question = shownQuestion(el)!;
      await answer(el, calmOption(question));
      el.answers = preset;
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ ...preset, [question]: calmOption(question) });
      expect(shownQuestion(el)).to.not.equal(question);
    });

    it('returns a copy of the answers', async () => {
      const el = await triageFixture();
      el.answers = firstAnswers(1);
      const copy = el.answers as Record<string, string>;
      copy[first.id] = 'changed';
      expect(el.answers[first.id]).to.equal(calmOption(first.id));
    });

    it('warns about bad answers, naming the element, the field and the valid values, and keeps the good ones', async () => {
      const el = await triageFixture();
      const options = first.options.map((option) => option.id);
      await withWarnings(async (seen) => {
        expect(() => {
          el.answers = { [first.id]: 'maybe', 'no-such-question': 'yes', age: 42, fever: 'no' };
        }).to.not.throw();
        await el.updateComplete;
        expect(el.answers).to.deep.equal({ fever: 'no' });
        const aboutFirst = seen.messages.find((message) => message.includes(first.id))!;
        expect(aboutFirst).to.contain('<back-pain-triage>');
        expect(aboutFirst).to.contain('"maybe"');
        options.forEach((option) => expect(aboutFirst).to.contain(option));
        expect(seen.messages.some((message) => message.includes('no-such-question'))).to.equal(true);
        expect(seen.messages.some((message) => message.includes('age'))).to.equal(true);

        el.answers = 42;
        expect(el.answers).to.deep.equal({ fever: 'no' });
        expect(seen.messages.at(-1)).to.contain('answers');
      });
    });

    it('has a result only once the questions are over, and reset() starts again', async () => {
      const el = await triageFixture();
      expect(el.result).to.equal(null);
      await completeTriage(el, answersRaising('routine'));
      expect(el.result?.urgency).to.equal('routine');
      el.reset();
      await el.updateComplete;
      expect(el.result).to.equal(null);
      expect(el.answers).to.deep.equal({});
      expect(shownQuestion(el)).to.equal(first.id);
    });

    it('keeps its answers and step when moved in the DOM', async () => {
      const el = await triageFixture();
      await answer(el, calmOption(first.id));
      const second = shownQuestion(el)!;
      await answer(el, calmOption(second));
      const answers = el.answers;
      const step = shownQuestion(el);
      const elsewhere = await fixture<HTMLElement>(html`<section></section>`);
      elsewhere.append(el);
      await el.updateComplete;
      expect(el.answers).to.deep.equal(answers);
      expect(shownQuestion(el)).to.equal(step);
    });
  });

  describe('events', () => {
    it('fires triage-step-change with the question, its position and the total', async () => {
      const el = await triageFixture();
      const event = oneEvent(document, 'triage-step-change');
      await answer(el, calmOption(first.id));
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      const list = questionsToAsk(el.answers);
      expect(detail).to.deep.equal({ questionId: list[1].id, index: 2, total: triageSession(el.answers).progress.total, stage: 'how-soon' });
    });

    it('fires triage-red-flag once for each new warning sign, and triage-complete with the result', async () => {
      const el = await triageFixture();
      const flags: CustomEvent[] = [];
      el.addEventListener('triage-red-flag', (event) => flags.push(event));
      const completed = oneEvent(document, 'triage-complete');
      await completeTriage(el, answersRaising('urgent'), undefined, true);
      expect(flags).to.have.length(1);
      expect(flags[0].detail.flags.map((flag: { id: string }) => flag.id)).to.deep.equal(
        triage(el.answers).redFlags.map((flag) => flag.id),
      );
      expect(flags[0].detail.urgency).to.equal('urgent');
      const { detail, bubbles, composed } = await completed;
      expect(bubbles && composed).to.equal(true);
      expect(detail.answers).to.deep.equal(el.answers);
      expect(detail.result).to.deep.equal(triage(el.answers));
    });

    it('fires triage-restart on "Start again"', async () => {
      const el = await triageFixture();
      await completeTriage(el, answersRaising('emergency'));
      const restart = oneEvent(document, 'triage-restart');
      button(el, 'start-again').click();
      await el.updateComplete;
      button(el, 'confirm-restart').click();
      const { bubbles, composed } = await restart;
      expect(bubbles && composed).to.equal(true);
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(shownQuestion(el)).to.equal(first.id);
    });

    it('fires no events when the host sets answers', async () => {
      const el = await triageFixture();
      const seen: string[] = [];
      for (const name of ['triage-step-change', 'triage-complete', 'triage-red-flag', 'triage-restart']) {
        el.addEventListener(name, () => seen.push(name));
      }
      el.answers = answersRaising('emergency');
      el.reset();
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
    });
  });

  describe('storage', () => {
    it('touches no storage without save-answers', async () => {
      const spy = spyOnStorage();
      try {
        const el = await triageFixture();
        await completeTriage(el, answersRaising('routine'));
        el.reset();
        el.remove();
        document.body.append(el);
        await el.updateComplete;
        expect(spy.calls).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });

    it('keeps answers in sessionStorage with save-answers and restores them on connect', async () => {
      const answers = firstAnswers(2);
      const el = await fixture<BackPainTriage>(html`<back-pain-triage skip-start save-answers></back-pain-triage>`);
      el.answers = answers;
      await el.updateComplete;
      expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).to.deep.equal(answers);
      expect(localStorage.length).to.equal(0);

      // A reload: the first element is gone when the next one reads the saved copy.
      el.remove();
      const again = await fixture<BackPainTriage>(html`<back-pain-triage skip-start save-answers></back-pain-triage>`);
      expect(again.answers).to.deep.equal(answers);
      expect(shownQuestion(again)).to.equal(questionsToAsk(answers).find((q) => !(q.id in answers))!.id);

      again.reset();
      await again.updateComplete;
      expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
    });

    it('forgets the saved answers when save-answers is removed', async () => {
      const el = await fixture<BackPainTriage>(html`<back-pain-triage skip-start save-answers id="clinic"></back-pain-triage>`);
      el.answers = firstAnswers(1);
      await el.updateComplete;
      expect(sessionStorage.getItem(`${STORAGE_KEY}:clinic`)).to.not.equal(null);
      el.removeAttribute('save-answers');
      await el.updateComplete;
      expect(sessionStorage.getItem(`${STORAGE_KEY}:clinic`)).to.equal(null);
      expect(el.answers).to.deep.equal(firstAnswers(1));
    });
  });

  describe('clinician summary', () => {
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    afterEach(() => {
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    function stubClipboard(writeText: (text: string) => Promise<void>): void {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    }

    it('"Copy summary" writes the plain-text summary and says so politely', async () => {
      const written: string[] = [];
      stubClipboard(async (text) => {
        written.push(text);
      });
      const el = await triageFixture();
      await completeTriage(el, answersRaising('urgent'));
      button(el, 'copy').click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(written).to.deep.equal([summaryText(el.result!, en)]);
      const status = shadowOf(el).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal(en.ui['summary-copied']);
    });

    it('shows the summary in a read-only text box when the clipboard is refused', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const el = await triageFixture();
      await completeTriage(el, {});
      const status = shadowOf(el).querySelector('[role="status"]')!;
      button(el, 'copy').click();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      const box = shadowOf(el).querySelector('textarea')!;
      expect(box.readOnly).to.equal(true);
      expect(box.value).to.equal(summaryText(el.result!, en));
      expect(shadowOf(el).querySelector('[role="status"]')).to.equal(status);
      expect(status.textContent!.trim()).to.equal(en.ui['copy-failed']);
    });

    it('prints a summary: title, date, result with its reasons, every answer that still applies, not a diagnosis', async () => {
      const el = await triageFixture();
      el.setAttribute('lang', 'en-GB');
      const firstWalk = await completeTriage(el, { ...answersRaising('routine'), 'legs-involved': 'one-leg' });
      // Someone who said "no leg pain" from the start is never asked the leg follow-ups.
      const other = await triageFixture();
      const applying = await completeTriage(other, { ...answersRaising('routine'), 'legs-involved': 'none' });
      const takenBack = firstWalk.filter((id) => !applying.includes(id));
      expect(takenBack.length).to.be.above(0);
      // Taking back "one leg" keeps the follow-up answers in memory, but their questions no longer apply.
      el.answers = { ...el.answers, 'legs-involved': 'none' };
      await el.updateComplete;
      expect(el.answers).to.include.keys(takenBack);
      expect(el.result, 'the result shows').to.not.equal(null);
      const root = shadowOf(el);

      const header = root.querySelector('[part~="print-header"]')!.textContent!;
      expect(header).to.contain(en.ui['summary-title']);
      // Year-month-day in the local time zone, as Swedish writes dates.
      const today = new Date().toLocaleDateString('sv');
      expect(header).to.contain(en.ui['summary-date'].replace('{date}', today));
      expect(header).to.contain(en.ui['not-a-diagnosis']);

      const printed = [...root.querySelectorAll('[part~="all-answers"] .summary-row')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
      expect(printed).to.have.length(applying.length);
      for (const id of applying) {
        expect(printed).to.include(`${en.questions[id].text} ${en.questions[id].options[other.answers[id]]}`);
      }
      for (const id of takenBack) expect(printed.join('\n')).to.not.contain(en.questions[id].text);

      // On paper: the header, the headline, the reasons and the answers show; controls, exercises and status do not.
      const undo = applyPrintRules(el);
      try {
        for (const part of ['print-header', 'urgency', 'why', 'all-answers', 'print-summary', 'safety-net']) {
          expect(isRendered(root.querySelector(`[part~="${part}"]`)!), `${part} is printed`).to.equal(true);
        }
        const [signQuestion] = Object.keys(answersRaising('routine'));
        expect(root.querySelector('[part~="why"]')!.textContent).to.contain(en.questions[signQuestion].text);
        for (const hidden of root.querySelectorAll('button, exercise-card, [role="status"]')) {
          expect(isRendered(hidden), `${hidden.outerHTML.slice(0, 60)} is not printed`).to.equal(false);
        }
        expect(root.querySelectorAll('button').length).to.be.above(3);
      } finally {
        undo();
      }
      // On screen the paper-only parts take no space and are not read out.
      expect(isRendered(root.querySelector('[part~="print-header"]')!)).to.equal(false);
      expect(isRendered(root.querySelector('[part~="all-answers"]')!)).to.equal(false);
      expect(isRendered(button(el, 'download'))).to.equal(true);
    });

    it('"Download for a clinic (FHIR)" saves a local FHIR QuestionnaireResponse of the result and sends nothing', async () => {
      const el = await triageFixture();
      await completeTriage(el, answersRaising('urgent'));
      const result = el.result!;
      const { blobs, links, revoked, fetched } = await captureDownload(el);

      expect(blobs).to.have.length(1);
      expect(blobs[0].type).to.equal('application/fhir+json');
      const response = JSON.parse(await blobs[0].text());
      expect(response.resourceType).to.equal('QuestionnaireResponse');
      expect(response.status).to.equal('completed');
      expect(response.language).to.equal('en');
      const resultItems = response.item.find((item: { linkId: string }) => item.linkId === LINK_IDS.result).item;
      const byLink = (linkId: string) => resultItems.find((item: { linkId: string }) => item.linkId === linkId);
      expect(byLink(LINK_IDS.urgency).answer[0].valueCoding.code).to.equal(result.urgency);
      expect(byLink(LINK_IDS.redFlags).answer.map((answer: { valueCoding: { code: string } }) => answer.valueCoding.code)).to.deep.equal(
        result.redFlags.map((flag) => flag.id),
      );
      // A page's answers sit in its group.
      type Item = { linkId: string; item?: Item[]; answer: { valueCoding: { code: string } }[] };
      const answered = (response.item as Item[]).filter((item) => item.linkId !== LINK_IDS.result).flatMap((item) => item.item ?? [item]);
      expect(answered.length).to.be.greaterThan(0);
      for (const item of answered) {
        expect(item.answer[0].valueCoding.code, item.linkId).to.equal(answerCode(item.linkId, el.answers[item.linkId]));
      }

      expect(links).to.have.length(1);
      expect(links[0].getAttribute('href')).to.equal('blob:captured-1');
      expect(links[0].download).to.match(/^back-pain-summary-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
      expect(links[0].isConnected, 'the temporary link is gone').to.equal(false);
      expect(revoked).to.deep.equal(['blob:captured-1']);
      expect(fetched).to.deep.equal([]);
      expect(shadowOf(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal(en.ui['summary-saved']);
    });
  });

  describe('robustness', () => {
    it('never throws and always renders the start page, a question or a result for random attributes and properties', async () => {
      const questionIds = questions.map((question) => question.id);
      const optionIds = [...new Set(questions.flatMap((question) => question.options.map((option) => option.id)))];
      const answersArb = fc.oneof(
        fc.anything(),
        fc.dictionary(fc.constantFrom(...questionIds), fc.oneof(fc.constantFrom(...optionIds), fc.anything())),
      );
      const frame = await fixture<HTMLDivElement>(html`<div></div>`);
      await fc.assert(
        fc.asyncProperty(
          answersArb,
          fc.option(fc.string(), { nil: null }),
          fc.option(fc.string(), { nil: null }),
          fc.anything(),
          fc.boolean(),
          fc.boolean(),
          async (answers, saveAttribute, lang, saveProperty, before, skipStart) => {
            const el = document.createElement('back-pain-triage');
            if (before) el.answers = answers;
            if (skipStart) el.setAttribute('skip-start', '');
            if (saveAttribute !== null) el.setAttribute('save-answers', saveAttribute);
            if (lang !== null) el.setAttribute('lang', lang);
            frame.append(el);
            if (!before) el.answers = answers;
            (el as unknown as { saveAnswers: unknown }).saveAnswers = saveProperty;
            await el.updateComplete;
            const heading = stepHeading(el);
            expect(heading, 'a step heading').to.exist;
            const starting = stepHeading(el).closest('[part~="start-page"]') !== null;
            expect([Boolean(shownQuestion(el)), Boolean(el.result), starting].filter(Boolean)).to.have.length(1);
            // The start page only opens a check nothing has been answered in, unless the host skips it.
            if (starting) expect([skipStart, el.answers]).to.deep.equal([false, {}]);
            el.remove();
            sessionStorage.clear();
          },
        ),
        { numRuns: 60 },
      );
    });

    it('completes each urgency with no Lit dev-mode warnings', async () => {
      for (const urgency of URGENCY_LEVELS) {
        const el = await triageFixture();
        await completeTriage(el, answersRaising(urgency));
        button(el, 'change-answers').click();
        await el.updateComplete;
      }
      expect(warnings.litWarnings()).to.deep.equal([]);
    });
  });
});
