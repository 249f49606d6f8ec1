import { expect } from '@open-wc/testing';
import { questions, URGENCY_LEVELS, en } from '../../../src/content/index.js';
import { expectAccessible } from '../../helpers/axe.js';
import {
  answersRaising,
  completeTriage,
  openingAnswers,
  overflowsSideways,
  button,
  isCheckboxPage,
  stepHeading,
  tickSigns,
  triageFixture,
  useWidth,
} from './helpers.js';

for (const width of [320, 1280]) {
  describe(`<back-pain-triage> accessibility at ${width} px`, () => {
    before(() => useWidth(width));
    after(() => useWidth(1280));

    it('every question step passes axe and fits the width', async () => {
      const el = await triageFixture(width);
      const asked = await completeTriage(el, openingAnswers, async (questionId) => {
        await expectAccessible(el);
        expect(overflowsSideways(el), `question ${questionId} overflows`).to.equal(false);
      });
      // The walk met every question in the content, so every step was checked.
      expect([...asked].sort()).to.deep.equal(questions.map((question) => question.id).sort());
    });

    it('the error state passes axe', async () => {
      const el = await triageFixture(width);
      button(el, 'continue').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#error-summary')).to.exist;
      await expectAccessible(el);
      expect(overflowsSideways(el)).to.equal(false);
    });

    it('the page of signs passes axe and fits the width: in error, and with yes, no and not sure chosen', async () => {
      const el = await triageFixture(width);
      el.answers = {
        'bladder-bowel': 'no',
        'saddle-numbness': 'no',
        'leg-nerve-symptoms': 'long-standing',
        'both-legs-pain': 'no',
        injury: 'minor-injury',
      };
      await el.updateComplete;
      expect(isCheckboxPage(el)).to.equal(true);
      button(el, 'continue').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#error')?.textContent).to.contain(en.ui['choose-signs']);
      await expectAccessible(el);
      tickSigns(el, { fever: 'yes', 'bone-risk': 'not-sure' });
      await el.updateComplete;
      await expectAccessible(el);
      expect(overflowsSideways(el)).to.equal(false);
    });

    for (const urgency of URGENCY_LEVELS) {
      it(`the ${urgency} result passes axe and fits the width`, async () => {
        const el = await triageFixture(width);
        await completeTriage(el, answersRaising(urgency));
        expect(el.result?.urgency).to.equal(urgency);
        expect(stepHeading(el).textContent?.trim()).to.equal(en.urgency[urgency].headline);
        await expectAccessible(el);
        expect(overflowsSideways(el)).to.equal(false);
      });
    }
  });
}
