import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/locales/es.js';
import { es } from '../../../src/content/locales/es.js';
import { questions, URGENCY_LEVELS } from '../../../src/content/index.js';
import type { BackPainTriage } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import { expectAccessible } from '../../helpers/axe.js';
import {
  answersRaising,
  button,
  captureDownload,
  completeTriage,
  isCheckboxPage,
  shownQuestions,
  openingAnswers,
  shadowOf,
  shownQuestion,
  stepHeading,
} from './helpers.js';

/** A triage that speaks Spanish from `lang` on itself or on a wrapper (the element then has none). */
async function spanishTriage(langOn: 'element' | 'wrapper'): Promise<BackPainTriage> {
  const frame = await fixture<HTMLDivElement>(
    langOn === 'element'
      ? html`<div><back-pain-triage skip-start lang="es"></back-pain-triage></div>`
      : html`<div lang="es"><back-pain-triage skip-start></back-pain-triage></div>`,
  );
  const el = frame.querySelector('back-pain-triage')!;
  await el.updateComplete;
  return el;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('<back-pain-triage> in Spanish', () => {
  it('walks every question in Spanish to a Spanish result, passing axe on every step', async () => {
    const el = await spanishTriage('wrapper');
    expect(el.locale).to.equal('es');
    const asked = await completeTriage(el, openingAnswers, async (questionId) => {
      const text = es.questions[questionId];
      const heading = squash(stepHeading(el).textContent);
      expect(heading, questionId).to.match(/^(Adaptar mi plan\. )?Pregunta \d+ de un máximo de \d+/);
      const labels = [...shadowOf(el).querySelectorAll('label')].map((label) => squash(label.textContent));
      const question = questions.find((candidate) => candidate.id === questionId)!;
      if (isCheckboxPage(el)) {
        // Each sign in its own words, with "Sí", "No" and "No sé", then "None of these".
        expect(heading, questionId).to.contain(es.pages[question.page as keyof typeof es.pages].text);
        const signs = [...shadowOf(el).querySelectorAll('[part~="sign"] legend')].map((legend) => squash(legend.textContent));
        expect(signs, questionId).to.deep.equal(shownQuestions(el).map((id) => es.questions[id].sign));
        for (const label of labels) expect([es.ui['sign-yes'], es.ui['sign-no'], es.ui['sign-not-sure']]).to.include(label);
        expect(squash(button(el, 'none-of-these').textContent)).to.equal(es.ui['none-of-these']);
      } else {
        expect(heading, questionId).to.contain(text.text);
        expect(labels, questionId).to.deep.equal(question.options.map((option) => text.options[option.id]));
      }
      expect(squash(button(el, 'continue').textContent)).to.equal(es.ui.continue);
      await expectAccessible(el);
    });
    // The walk met every question, so every step was checked in Spanish.
    expect([...asked].sort()).to.deep.equal(questions.map((question) => question.id).sort());
    expect(shownQuestion(el)).to.equal(null);
    const result = el.result!;
    expect(squash(stepHeading(el).textContent)).to.equal(es.urgency[result.urgency].headline);
    expect(squash(shadowOf(el).querySelector('[part~="why"] h3')!.textContent)).to.equal(es.ui['why-this-result']);
    expect(squash(button(el, 'download').textContent)).to.equal(es.ui['download-summary']);
    await expectAccessible(el);
  });

  it('the missing-answer error passes axe in Spanish', async () => {
    const el = await spanishTriage('element');
    button(el, 'continue').click();
    await el.updateComplete;
    expect(squash(shadowOf(el).querySelector('#error-summary h2')!.textContent)).to.equal(es.ui['error-summary-title']);
    await expectAccessible(el);
  });

  for (const urgency of URGENCY_LEVELS) {
    it(`the ${urgency} result is in Spanish and passes axe`, async () => {
      const el = await spanishTriage('element');
      await completeTriage(el, answersRaising(urgency));
      expect(el.result?.urgency).to.equal(urgency);
      expect(squash(stepHeading(el).textContent)).to.equal(es.urgency[urgency].headline);
      expect(shadowOf(el).querySelector('[part~="urgency"]')!.textContent).to.contain(es.urgency[urgency].whatToDo);
      await expectAccessible(el);
    });
  }

  it('says "your local emergency number" in correct Spanish for es with no region and no provider', async () => {
    const el = await spanishTriage('wrapper');
    expect(el.emergencyNumber).to.equal(null);
    await completeTriage(el, answersRaising('emergency'));
    const call = squash(shadowOf(el).querySelector('[part~="urgency"] .call')!.textContent);
    expect(call).to.equal(es.ui['call-emergency-local']);
    expect(call).to.not.contain('al su');
  });

  it('prints the date and downloads the summary with Spanish text', async () => {
    const el = await spanishTriage('element');
    await completeTriage(el, answersRaising('routine'));
    // Year-month-day in the local time zone, as Swedish writes dates.
    const today = new Date().toLocaleDateString('sv');
    const header = squash(shadowOf(el).querySelector('[part~="print-header"]')!.textContent);
    expect(header).to.contain(es.ui['summary-date'].replace('{date}', today));
    expect(header).to.contain(es.ui['not-a-diagnosis']);

    const { blobs, fetched } = await captureDownload(el);
    const response = JSON.parse(await blobs[0].text());
    expect(response.language).to.equal('es');
    const answered = response.item.find((item: { linkId: string }) => item.linkId === 'bladder-bowel');
    expect(answered.text).to.equal(es.questions['bladder-bowel'].text);
    expect(fetched).to.deep.equal([]);
    expect(squash(shadowOf(el).querySelector('[role="status"]')!.textContent)).to.equal(es.ui['summary-saved']);
  });
});
