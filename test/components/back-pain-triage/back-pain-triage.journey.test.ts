import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { en, URGENCY_LEVELS, type UrgencyId } from '../../../src/content/index.js';
import { triage, triageSession } from '../../../src/triage/index.js';
import type { BackPainTriage } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import { expectAccessible } from '../../helpers/axe.js';
import { collectWarnings } from '../../helpers/warnings.js';
import { answer, answersRaising, button, calmOption, shadowOf, shownQuestion, stepHeading, type Answers } from './helpers.js';
import '../../../src/define/back-pain-provider.js';

/** A phone and a laptop screen: the result is measured against each. */
const SCREENS = [
  { width: 375, height: 800 },
  { width: 1280, height: 900 },
] as const;

/** A person's walk to each urgency: a warning sign where one gives it, otherwise the calm answers. */
const answersFor: Record<UrgencyId, Answers> = {
  emergency: answersRaising('emergency'),
  urgent: answersRaising('urgent'),
  routine: answersRaising('routine'),
  'self-care': {},
};

/** Answers every question the engine would ask, calmly unless `given` says otherwise. */
function walk(given: Answers): Answers {
  const answers: Answers = {};
  for (let session = triageSession(answers); session.current; session = triageSession(answers)) {
    for (const question of session.page) answers[question.id] = given[question.id] ?? calmOption(question.id);
  }
  return answers;
}

/** The page is set to the screen where the runner can; the frame sets the width everywhere (WebDriver has no viewport command). */
async function onScreen(screen: { width: number; height: number }, attributes = ''): Promise<BackPainTriage> {
  try {
    await setViewport(screen);
  } catch (error) {
    if (!/not supported for browser type webdriver/.test(String(error))) throw error;
  }
  const frame = await fixture<HTMLDivElement>(html`<div lang="en-GB" style="inline-size: ${screen.width}px; padding: 8px; box-sizing: border-box">
    <back-pain-triage skip-start></back-pain-triage>
  </div>`);
  const el = frame.querySelector('back-pain-triage')!;
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    el.setAttribute(name, value);
  }
  await el.updateComplete;
  return el;
}

/** Where a part sits, measured from the top of the widget. */
const offset = (el: BackPainTriage, part: Element) => part.getBoundingClientRect().bottom - el.getBoundingClientRect().top;

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Records the states the element gives history.pushState and replaceState (calling through to the real
 * ones) until stop(). Back and Forward are then replayed as the popstate events the browser fires for
 * them: the test tab's real history is shared with every other test file (Chromium caps it at 50 entries),
 * and going back across it in a full run left the test page.
 */
function recordHistory(): { pushed: unknown[]; replaced: unknown[]; stop: () => void } {
  const { pushState, replaceState } = window.history;
  const pushed: unknown[] = [];
  const replaced: unknown[] = [];
  window.history.pushState = function (...args: Parameters<History['pushState']>) {
    pushed.push(args[0]);
    return pushState.apply(this, args);
  };
  window.history.replaceState = function (...args: Parameters<History['replaceState']>) {
    replaced.push(args[0]);
    return replaceState.apply(this, args);
  };
  return {
    pushed,
    replaced,
    stop: () => {
      window.history.pushState = pushState;
      window.history.replaceState = replaceState;
    },
  };
}

describe('<back-pain-triage> journey', () => {
  after(() => setViewport({ width: 800, height: 600 }).catch(() => undefined));

  for (const screen of SCREENS) {
    describe(`at ${screen.width}x${screen.height}`, () => {
      it('puts the emergency call first: a tel: link inside the first screen, nothing else before it', async () => {
        const el = await onScreen(screen);
        el.answers = walk(answersFor.emergency);
        await el.updateComplete;
        expect(el.result?.urgency).to.equal('emergency');
        const call = shadowOf(el).querySelector<HTMLAnchorElement>('a[part~="call"]')!;
        expect(call.getAttribute('href')).to.equal('tel:999');
        expect(offset(el, call)).to.be.at.most(screen.height);
        expect(stepHeading(el).nextElementSibling).to.equal(call);
        // Nothing competes: no factors, plan, exercises, clinic download or second call.
        for (const part of ['factors', 'plan', 'exercises', 'safety-net', 'action', 'download']) {
          expect(shadowOf(el).querySelector(`[part~="${part}"]`), part).to.equal(null);
        }
        const text = shadowOf(el).textContent!;
        expect(text.split(en.urgency.emergency.whatToDo).length - 1, 'what to do, once').to.equal(1);
        const banner = shadowOf(el).querySelector('red-flag-banner')!;
        await banner.updateComplete;
        // The banner below lists the signs only: no second "what to do", no second call button.
        expect(banner.shadowRoot!.textContent).to.contain(en.redFlags[el.result!.redFlags[0].id].sign);
        expect(banner.shadowRoot!.textContent, 'what to do, said once on the screen').to.not.contain(en.urgency.emergency.whatToDo);
        expect(banner.shadowRoot!.querySelector('a[href^="tel:"]'), 'one call button').to.equal(null);
        await expectAccessible(el);
      });

      for (const urgency of URGENCY_LEVELS) {
        it(`fits a ${urgency} result in 4 screens, with how soon, what to do and the main action on the first`, async () => {
          const el = await onScreen(screen, 'action-href=https://clinic.example/book action-label=Book');
          el.answers = walk(answersFor[urgency]);
          await el.updateComplete;
          expect(el.result?.urgency).to.equal(urgency);
          await Promise.all([...shadowOf(el).querySelectorAll('exercise-card')].map((card) => card.updateComplete));
          expect(el.getBoundingClientRect().height, 'result height').to.be.at.most(4 * screen.height);
          const box = shadowOf(el).querySelector('[part~="urgency"]')!;
          expect(box.textContent).to.contain(en.urgency[urgency].howSoon);
          expect(box.textContent).to.contain(en.urgency[urgency].whatToDo);
          // The one main action (urgent and routine: the host's link when given; here only routine has one).
          const main = box.querySelector('a, button, .call');
          if (urgency === 'urgent') expect(main).to.equal(null);
          else expect(offset(el, main!)).to.be.at.most(screen.height);
          // The safety net is always in view, never folded.
          const safetyNet = shadowOf(el).querySelector('[part~="safety-net"]');
          if (urgency !== 'emergency') expect(safetyNet?.closest('details') ?? null).to.equal(null);
        });
      }
    });
  }

  it('offers the host action (action-href) on routine and self-care results only, and only for a web address', async () => {
    const warnings = collectWarnings();
    try {
      const el = await onScreen(SCREENS[0], 'action-href=/book action-label=Book');
      el.answers = walk(answersFor.routine);
      await el.updateComplete;
      const link = shadowOf(el).querySelector<HTMLAnchorElement>('a[part~="action"]')!;
      expect(link.href).to.equal(new URL('/book', document.baseURI).href);
      expect(link.textContent!.trim()).to.equal('Book');
      expect(shadowOf(el).querySelector('[part~="urgency"] [part~="copy"]')).to.equal(null);
      await expectAccessible(el);

      el.answers = walk(answersFor.urgent);
      await el.updateComplete;
      expect(shadowOf(el).querySelector('a[part~="action"]')).to.equal(null);

      el.setAttribute('action-href', 'javascript:alert(1)');
      el.answers = walk(answersFor.routine);
      await el.updateComplete;
      expect(shadowOf(el).querySelector('a[part~="action"]')).to.equal(null);
      expect(shadowOf(el).querySelector('[part~="urgency"] [part~="copy"]')).to.equal(null);
      expect(warnings.messages.join('\n')).to.match(/<back-pain-triage>.*action-href.*javascript:alert\(1\).*http: or https:/s);
    } finally {
      warnings.restore();
    }
  });

  it('shows a mid-check warning in view, announced by focus, with "Get help now" and "Carry on"', async () => {
    const el = await onScreen(SCREENS[0]);
    await answer(el, 'not-sure');
    expect(triage(el.answers).urgency).to.equal('urgent');
    const warning = shadowOf(el).querySelector<HTMLElement>('[part~="warning"]')!;
    expect(warning.textContent).to.contain(en.urgency.urgent.headline);
    const heading = warning.querySelector('h2')!;
    expect(deepActiveElement()).to.equal(heading);
    const box = heading.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    expect(shownQuestion(el)).to.not.equal(null);
    await expectAccessible(el);

    button(el, 'carry-on').click();
    await el.updateComplete;
    expect(shadowOf(el).querySelector('[part~="warning"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(stepHeading(el));

    // The next answer that changes nothing brings no new warning.
    await answer(el, calmOption(shownQuestion(el)!));
    expect(shadowOf(el).querySelector('[part~="warning"]')).to.equal(null);
  });

  it('"Get help now" shows the result for the answers so far, and the rest of the questions can follow', async () => {
    const el = await onScreen(SCREENS[0]);
    await answer(el, 'not-sure');
    button(el, 'get-help-now').click();
    await el.updateComplete;
    expect(el.result?.urgency).to.equal('urgent');
    expect(el.result?.complete).to.equal(false);
    expect(shadowOf(el).querySelector('[part~="partial"]')!.textContent).to.contain(en.ui['partial-result']);
    await expectAccessible(el);
    button(el, 'carry-on').click();
    await el.updateComplete;
    expect(shownQuestion(el)).to.equal(triageSession(el.answers).current!.id);
  });

  it('with the history attribute, the browser Back and Forward move between questions', async () => {
    const el = await onScreen(SCREENS[1], 'history');
    const history = recordHistory();
    const first = shownQuestion(el)!;
    await answer(el, calmOption(first));
    const second = shownQuestion(el)!;
    await answer(el, calmOption(second));
    const third = shownQuestion(el)!;
    history.stop();
    // One entry per step, and the entry the person started on marked as the first question.
    expect(history.pushed).to.have.length(2);
    expect(history.replaced).to.have.length(1);
    const [startEntry] = history.replaced;
    const [secondEntry] = history.pushed;
    const browserGoesTo = async (state: unknown) => {
      window.dispatchEvent(new PopStateEvent('popstate', { state }));
      await el.updateComplete;
    };
    await browserGoesTo(secondEntry); // Back
    expect(shownQuestion(el)).to.equal(second);
    await browserGoesTo(startEntry); // Back
    expect(shownQuestion(el)).to.equal(first);
    await browserGoesTo(secondEntry); // Forward
    expect(shownQuestion(el)).to.equal(second);
    // An entry another script pushed (not ours) leaves the page as it is.
    await browserGoesTo({ other: true });
    expect(shownQuestion(el)).to.equal(second);
    expect(el.answers).to.include.keys(first, second);
    expect(third).to.not.equal(second);
  });

  it('adds no history entries without the attribute', async () => {
    const el = await onScreen(SCREENS[1]);
    const history = recordHistory();
    const state: unknown = window.history.state;
    for (let i = 0; i < 3; i += 1) await answer(el, calmOption(shownQuestion(el)!));
    history.stop();
    expect(history.pushed).to.deep.equal([]);
    expect(history.replaced).to.deep.equal([]);
    expect(window.history.state).to.equal(state);
  });

  it('checks and changes answers with the keyboard only, and passes axe on the check page', async () => {
    const el = await onScreen(SCREENS[1]);
    el.answers = walk({});
    await el.updateComplete;
    button(el, 'change-answers').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(stepHeading(el));
    await expectAccessible(el);
    // Tab to the first Change button, open it, keep the answer, and come back to the list.
    await sendKeys({ press: 'Tab' });
    const change = deepActiveElement() as HTMLElement;
    expect(change.getAttribute('part')).to.equal('change');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownQuestion(el)).to.equal(change.dataset.question);
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepHeading(el).textContent!.trim()).to.equal(en.ui['check-answers-heading']);
    button(el, 'see-result').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.result).to.not.equal(null);
  });
});

describe('<back-pain-triage> one form for every question', () => {
  const radios = (el: BackPainTriage) => [...shadowOf(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const chosen = (el: BackPainTriage) => radios(el).filter((input) => input.checked).map((input) => input.value);
  const whyWeAsk = (el: BackPainTriage) => shadowOf(el).querySelector<HTMLDetailsElement>('[part~="why-we-ask"]')!;

  it('keeps the form from page to page, showing only that page\'s answer, with "Why we ask" closed', async () => {
    const el = await onScreen(SCREENS[1]);
    const form = shadowOf(el).querySelector('form');
    const first = shownQuestion(el)!;
    const firstAnswer = calmOption(first);
    await answer(el, firstAnswer);
    const second = shownQuestion(el)!;
    expect(second).to.not.equal(first);
    // On the next page the person picks an option in another position, opens "Why we ask", then goes Back.
    const position = radios(el).findIndex((input) => input.value === firstAnswer);
    radios(el)[position === 0 ? 1 : 0].click();
    whyWeAsk(el).open = true;
    button(el, 'back').click();
    await el.updateComplete;

    expect(shadowOf(el).querySelector('form'), 'the same form').to.equal(form);
    expect(shownQuestion(el)).to.equal(first);
    expect(chosen(el)).to.deep.equal([firstAnswer]);
    expect(radios(el).every((input) => input.name === first)).to.equal(true);
    expect(whyWeAsk(el).open).to.equal(false);
    expect(whyWeAsk(el).textContent).to.contain(en.questions[first].why);
    for (const input of radios(el)) expect(shadowOf(el).querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)?.control).to.equal(input);

    // The choice never sent is gone when the page comes back.
    button(el, 'continue').click();
    await el.updateComplete;
    expect(shownQuestion(el)).to.equal(second);
    expect(chosen(el)).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(stepHeading(el));
    await expectAccessible(el);
  });

  it('brings the next heading into view when the page was scrolled away from it', async () => {
    const el = await onScreen(SCREENS[1]);
    const below = document.createElement('div');
    below.style.blockSize = '4000px';
    el.parentElement!.after(below);
    const inView = () => {
      const box = stepHeading(el).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    };
    try {
      window.scrollTo(0, document.documentElement.scrollHeight);
      expect(inView(), 'scrolled away').to.equal(false);
      await answer(el, calmOption(shownQuestion(el)!));
      expect(deepActiveElement()).to.equal(stepHeading(el));
      await waitUntil(inView, 'the heading is scrolled into view');
    } finally {
      below.remove();
      window.scrollTo(0, 0);
    }
  });
});

describe('<back-pain-triage> two stages', () => {
  it('ends stage 1 at the result, then "Tailor my plan" asks the background questions and comes back', async () => {
    const el = await onScreen(SCREENS[0]);
    const stageOne: string[] = [];
    for (let question = shownQuestion(el); question; question = shownQuestion(el)) {
      stageOne.push(question);
      await answer(el, calmOption(question));
    }
    const { result } = el;
    expect(result?.complete).to.equal(true);
    expect(result?.planQuestions.length).to.be.above(0);
    for (const id of result!.planQuestions) expect(stageOne).to.not.include(id);
    const tailor = shadowOf(el).querySelector('[part~="tailor"]')!;
    expect(tailor.textContent).to.contain(String(result!.planQuestions.length));
    await expectAccessible(el);

    button(el, 'tailor-plan').click();
    await el.updateComplete;
    expect(shownQuestion(el)).to.equal(result!.planQuestions[0]);
    expect(deepActiveElement()).to.equal(stepHeading(el));
    await expectAccessible(el);
    const stageTwo: string[] = [];
    for (let question = shownQuestion(el); question; question = shownQuestion(el)) {
      stageTwo.push(question);
      await answer(el, calmOption(question));
    }
    expect(stageTwo).to.deep.equal([...result!.planQuestions]);
    expect(el.result?.urgency).to.equal(result!.urgency);
    expect(el.result?.planQuestions).to.deep.equal([]);
    expect(shadowOf(el).querySelector('[part~="tailor"]')).to.equal(null);
  });
});
