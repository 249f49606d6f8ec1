// The pages the people most at risk meet (issue 22): warnings that inform without burying the questions,
// one action per result, honest progress and a printed summary a clinician can use.
import { expect, fixture, html } from '@open-wc/testing';
import { en, questions } from '../../../src/content/index.js';
import type { BackPainTriage } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import { expectAccessible } from '../../helpers/axe.js';
import { answer, answerPage, button, calmOption, completeTriage, isRendered, shadowOf, shownQuestion, stepHeading, useWidth, type Answers } from './helpers.js';

/** A small phone and a usual one. */
const SCREENS = [
  { width: 320, height: 640 },
  { width: 375, height: 800 },
] as const;

/** "I'm not sure" wherever a question offers it, otherwise the calm answer. */
const unsureAnswers: Answers = Object.fromEntries(
  questions.map((question) => [
    question.id,
    question.options.some((option) => option.id === 'not-sure') ? 'not-sure' : calmOption(question.id),
  ]),
);

async function onScreen(width: number): Promise<BackPainTriage> {
  await useWidth(width);
  const frame = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px; padding: 12px; box-sizing: border-box">
    <back-pain-triage></back-pain-triage>
  </div>`);
  const el = frame.querySelector('back-pain-triage')!;
  await el.updateComplete;
  return el;
}

/** How far below the top of the widget a part ends. */
const bottomOf = (el: BackPainTriage, part: Element) => part.getBoundingClientRect().bottom - el.getBoundingClientRect().top;

const part = (el: BackPainTriage, name: string) => shadowOf(el).querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<back-pain-triage> warnings that inform without burying', () => {
  after(() => useWidth(1280));

  for (const screen of SCREENS) {
    it(`keeps every question's heading and first option in the first ${screen.width}x${screen.height} screen on the unsure path`, async () => {
      const el = await onScreen(screen.width);
      const pages: string[] = [];
      await completeTriage(el, unsureAnswers, () => {
        const question = shownQuestion(el)!;
        pages.push(question);
        const firstOption = shadowOf(el).querySelector('[part~="options"] input')!;
        expect(bottomOf(el, stepHeading(el)), `heading of ${question}`).to.be.at.most(screen.height);
        expect(bottomOf(el, firstOption), `first option of ${question}`).to.be.at.most(screen.height);
      });
      // The walk met warnings (so the test can fail) and went on to the end of the plan questions.
      expect(el.result?.redFlags.length).to.be.above(2);
      expect(pages.length).to.be.above(8);
    });
  }

  it('says a warning once where it arises, then a one-line notice with the signs folded under it', async () => {
    const el = await onScreen(375);
    const banner = part(el, 'banner')!;
    await answer(el, 'not-sure');
    // Said once, where it arises: the warning box, focused; the banner (and its live regions) stays hidden.
    const warning = part(el, 'warning')!;
    expect(warning.textContent).to.contain(en.redFlags['bladder-bowel-unsure'].sign);
    expect(warning.textContent).not.to.contain(en.urgency.urgent.whatToDo);
    expect(isRendered(banner)).to.equal(false);
    expect(part(el, 'warning-notice')).to.equal(null);
    await expectAccessible(el);

    button(el, 'carry-on').click();
    await el.updateComplete;
    expect(part(el, 'warning')).to.equal(null);
    const notice = part(el, 'warning-notice')!;
    expect(notice.textContent).to.contain(en.ui['warning-notice-one']);
    expect(notice.querySelector('details')!.open).to.equal(false);
    expect(notice.querySelector('[role], [aria-live]'), 'not a live region: said once already').to.equal(null);
    await expectAccessible(el);

    // A second sign: said once in the box, then counted in the notice.
    await answer(el, 'not-sure');
    expect(part(el, 'warning')!.textContent).to.contain(en.redFlags['saddle-numbness-unsure'].sign);
    expect(part(el, 'warning')!.textContent).not.to.contain(en.redFlags['bladder-bowel-unsure'].sign);
    await answerPage(el, {});
    expect(part(el, 'warning')).to.equal(null);
    expect(part(el, 'warning-notice')!.textContent).to.contain(en.ui['warning-notice-other'].replace('{count}', '2'));
    expect(isRendered(banner)).to.equal(false);
  });

  it('still stops at once for an emergency, with the signs shown on the result', async () => {
    const el = await onScreen(375);
    await answer(el, 'yes');
    expect(el.result?.urgency).to.equal('emergency');
    expect(isRendered(part(el, 'banner')!)).to.equal(true);
    expect(part(el, 'warning-notice')).to.equal(null);
  });
});
