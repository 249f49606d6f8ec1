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
        // Space ticks the focused box: "None of these" here.
        await tabTo((element) => element instanceof HTMLInputElement && element.name === 'none-of-these', 20);
        await press(' ');
        expect((deepActiveElement() as HTMLInputElement).checked).to.equal(true);
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

    // "Start again" is reachable by keyboard and brings back the first question.
    await tabTo((element) => element?.textContent?.trim() === en.ui['start-again'], 40);
    await press('Enter');
    await el.updateComplete;
    expect(shownQuestion(el)).to.equal(asked[0]);
    expect(deepActiveElement()).to.equal(stepHeading(el));
  });

  it('answers a checkbox page with the keyboard: signs, the exclusive "None of these", and "not sure" for one sign', async () => {
    const el = await triageFixture();
    el.answers = { 'bladder-bowel': 'no', 'saddle-numbness': 'no', 'leg-nerve-symptoms': 'none', injury: 'none' };
    await el.updateComplete;
    expect(shownQuestions(el)).to.deep.equal(['fever', 'infection-risk', 'cancer-history', 'weight-loss', 'night-pain']);
    const box = (name: string, value: string) => shadowOf(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    await tabTo((element) => element === box('cancer-history', 'yes'), 20);
    await press(' ');
    expect(box('cancer-history', 'yes').checked).to.equal(true);
    // "None of these" clears the signs ticked...
    await tabTo((element) => element === box('none-of-these', 'none'), 20);
    await press(' ');
    expect(box('cancer-history', 'yes').checked).to.equal(false);
    // ...and a sign clears "None of these" (by pointer: the sign is above, and Tab only goes on).
    box('weight-loss', 'yes').click();
    expect(box('none-of-these', 'none').checked).to.equal(false);
    // "Not sure about one of these?" opens with Enter; unsure about weight loss replaces "yes" for it.
    await tabTo((element) => element?.localName === 'summary', 20);
    await press('Enter');
    await tabTo((element) => element === box('weight-loss', 'not-sure'), 20);
    await press(' ');
    expect(box('weight-loss', 'yes').checked).to.equal(false);
    await press('Enter');
    await el.updateComplete;
    expect(el.answers).to.include({ fever: 'no', 'infection-risk': 'no', 'cancer-history': 'no', 'weight-loss': 'not-sure', 'night-pain': 'no' });
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
