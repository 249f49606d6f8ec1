import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en, questions, redFlagRules } from '../../../src/content/index.js';
import {
  answer,
  isCheckboxPage,
  shownQuestions,
  answersRaising,
  button,
  calmOption,
  completeTriage,
  shadowOf,
  shownQuestion,
  stepHeading,
  triageFixture,
} from './helpers.js';

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await sendKeys({ press: key });
}

/** Tabs forward until an element matching `accept` has focus (at most `limit` presses). */
async function tabTo(accept: (element: Element | null) => boolean, limit = 10): Promise<void> {
  for (let i = 0; i < limit && !accept(deepActiveElement()); i += 1) await press('Tab');
  expect(accept(deepActiveElement()), `focus on ${deepActiveElement()?.outerHTML}`).to.equal(true);
}

const isRadio = (element: Element | null) => element instanceof HTMLInputElement && element.type === 'radio';

describe('<back-pain-triage> keyboard and focus', () => {
  it('completes the triage from the first question to the result with the keyboard only', async () => {
    const el = await triageFixture();
    const asked: string[] = [];
    for (let question = shownQuestion(el); question; question = shownQuestion(el)) {
      asked.push(question);
      if (isCheckboxPage(el)) {
        // "None of these" answers "No" for every sign; then on to Continue.
        await tabTo((element) => element?.getAttribute('part') === 'none-of-these', 40);
        await press('Enter');
        await tabTo((element) => element?.getAttribute('part') === 'continue', 5);
        await press('Enter');
        await el.updateComplete;
        expect(deepActiveElement(), `focus after ${question}`).to.equal(stepHeading(el));
        continue;
      }
      const options = questions.find((candidate) => candidate.id === question)!.options.map((option) => option.id);
      const wanted = options.indexOf(calmOption(question));
      await tabTo(isRadio);
      // Space chooses the focused radio; the arrow keys move along the group and choose.
      await press(' ');
      const focused = deepActiveElement() as HTMLInputElement;
      const start = options.indexOf(focused.value);
      await press('ArrowDown', (wanted - start + options.length) % options.length);
      expect((deepActiveElement() as HTMLInputElement).checked).to.equal(true);
      expect((deepActiveElement() as HTMLInputElement).value).to.equal(options[wanted]);
      await press('Enter');
      await el.updateComplete;
      expect(deepActiveElement(), `focus after ${question}`).to.equal(stepHeading(el));
      expect(asked.length).to.be.below(questions.length + 1);
    }
    expect(el.result).to.not.equal(null);
    expect(stepHeading(el).textContent?.trim()).to.equal(en.urgency[el.result!.urgency].headline);

    // "Start again" is reachable by keyboard, asks first (focus on the question), and brings back the first question.
    await tabTo((element) => element?.textContent?.trim() === en.ui['start-again'], 40);
    await press('Enter');
    await el.updateComplete;
    expect(deepActiveElement()?.id).to.equal('restart-question');
    await tabTo((element) => element?.getAttribute('part') === 'confirm-restart', 3);
    await press('Enter');
    await el.updateComplete;
    expect(shownQuestion(el)).to.equal(asked[0]);
    expect(deepActiveElement()).to.equal(stepHeading(el));
  });

  it('answers a page of signs with the keyboard: one radio group per sign, the error, and "None of these" for the rest', async () => {
    const el = await triageFixture();
    el.answers = { 'bladder-bowel': 'no', 'saddle-numbness': 'no', 'leg-nerve-symptoms': 'none', 'both-legs-pain': 'no', injury: 'none' };
    await el.updateComplete;
    expect(shownQuestions(el)).to.deep.equal(['fever', 'infection-risk', 'past-drug-injection', 'cancer-history', 'weight-loss', 'night-pain']);
    const box = (name: string, value: string) => shadowOf(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    await tabTo((element) => element === box('cancer-history', 'yes'), 20);
    await press(' ');
    expect(box('cancer-history', 'yes').checked).to.equal(true);
    // One control per sign: the arrow keys move the answer within the sign, never to another sign.
    await press('ArrowRight');
    expect(box('cancer-history', 'no').checked).to.equal(true);
    expect(box('cancer-history', 'yes').checked).to.equal(false);
    await tabTo((element) => element === box('weight-loss', 'yes'), 20);
    await press('ArrowRight', 2);
    expect(box('weight-loss', 'not-sure').checked).to.equal(true);
    // Continue with signs left open: the error says what to do and its link goes to the first open sign.
    await press('Enter');
    await el.updateComplete;
    expect(deepActiveElement()?.id).to.equal('error-summary');
    expect(shadowOf(el).querySelector('#error-summary')!.textContent).to.contain(en.ui['choose-signs']);
    shadowOf(el).querySelector<HTMLAnchorElement>('#error-summary a')!.click();
    expect(deepActiveElement()).to.equal(box('fever', 'yes'));
    // "None of these" answers "No" for the signs still open, and keeps the answers chosen.
    await tabTo((element) => element?.getAttribute('part') === 'none-of-these', 40);
    await press('Enter');
    expect(box('weight-loss', 'not-sure').checked).to.equal(true);
    expect(box('fever', 'no').checked).to.equal(true);
    await tabTo((element) => element?.getAttribute('part') === 'continue', 5);
    await press('Enter');
    await el.updateComplete;
    expect(el.answers).to.include({
      fever: 'no',
      'infection-risk': 'no',
      'past-drug-injection': 'no',
      'cancer-history': 'no',
      'weight-loss': 'not-sure',
      'night-pain': 'no',
    });
    // Unsure about weight loss is a warning sign: said once, on top of the next question.
    expect(deepActiveElement()?.id).to.equal('warning-heading');
  });

  it('moves focus to each new step heading, forward and back', async () => {
    const el = await triageFixture();
    expect(shadowOf(el).activeElement, 'no focus taken on first render').to.equal(null);
    const first = shownQuestion(el)!;
    await answer(el, calmOption(first));
    expect(shownQuestion(el)).to.not.equal(first);
    expect(shadowOf(el).activeElement).to.equal(stepHeading(el));
    expect(stepHeading(el).textContent).to.contain(en.questions[shownQuestion(el)!].text);

    button(el, 'back').click();
    await el.updateComplete;
    expect(shownQuestion(el)).to.equal(first);
    expect(shadowOf(el).activeElement).to.equal(stepHeading(el));
    expect(stepHeading(el).getAttribute('tabindex')).to.equal('-1');
  });

  it('focuses the error summary when Continue is pressed without an answer', async () => {
    const el = await triageFixture();
    button(el, 'continue').click();
    await el.updateComplete;
    const summary = shadowOf(el).querySelector('#error-summary');
    expect(shadowOf(el).activeElement).to.equal(summary);
    expect(summary?.getAttribute('role')).to.equal(null);
    const fieldset = shadowOf(el).querySelector('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')?.split(' ')).to.include('error');
    expect(shadowOf(el).querySelector('#error')?.textContent).to.contain(en.ui['choose-an-answer']);

    // The summary's link takes focus to the options.
    summary!.querySelector('a')!.click();
    expect(shadowOf(el).activeElement).to.equal(shadowOf(el).querySelector('input[type="radio"]'));
    // Pressing Continue again still moves focus back to the summary.
    button(el, 'continue').click();
    await el.updateComplete;
    expect(shadowOf(el).activeElement).to.equal(summary);
  });

  it('announces an emergency sign in the banner live region that was already on the page', async () => {
    const el = await triageFixture();
    const banner = shadowOf(el).querySelector('red-flag-banner')!;
    await banner.updateComplete;
    const alert = banner.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent?.trim()).to.equal('');

    const rule = redFlagRules.find((candidate) => candidate.urgencyAlone === 'emergency')!;
    await completeTriage(el, answersRaising('emergency'));
    await banner.updateComplete;
    expect(el.result?.urgency).to.equal('emergency');
    expect(banner.shadowRoot!.querySelector('[role="alert"]')).to.equal(alert);
    expect(alert.textContent).to.contain(en.redFlags[rule.id].sign);
    expect(shadowOf(el).activeElement).to.equal(stepHeading(el));
  });
});
