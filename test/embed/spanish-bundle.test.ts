import { expect } from '@open-wc/testing';
import { en, es, redFlagRules } from '../../src/content/index.js';
import { fill } from '../../src/triage/text.js';
import { nextQuestion } from '../../src/triage/index.js';
import { answer, calmOption, closePages, openPage, part, triageIn, widgetsReady, type HostPage } from './host-page.js';

// spanish.html: an English page (lang="en-GB") that loads dist/cdn/back-pain-widgets-es.js, with the triage in a
// Spanish section (lang="es-ES") and the banner outside it. The bundle carries Spanish and no English.

/** Each answer that is an emergency on its own: the question and the option that raises it. */
const emergencyAnswers = redFlagRules.flatMap((rule) =>
  rule.urgencyAlone === 'emergency' && 'question' in rule.when ? [{ question: rule.when.question, option: rule.when.anyOf[0] }] : [],
);

/** Every file the page has fetched so far. */
const fetched = (page: HostPage): string[] =>
  page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('a page with the Spanish bundle', () => {
  afterEach(closePages);

  it('asks every question and gives each emergency result in Spanish, with the call, fetching nothing after the bundle', async () => {
    const page = await openPage('spanish.html');
    await widgetsReady(page);
    const triage = triageIn(page);
    const filesAtStart = fetched(page);
    expect(filesAtStart).to.deep.equal(['/test/embed/pages/probe.js', '/dist/cdn/back-pain-widgets-es.js']);

    for (const emergency of emergencyAnswers) {
      for (let question = nextQuestion(triage.answers); question && !triage.result; question = nextQuestion(triage.answers)) {
        const words = 'page' in question && question.page ? es.pages[question.page as keyof typeof es.pages] : es.questions[question.id];
        expect(part(triage, 'question').getAttribute('lang'), question.id).to.equal('es');
        expect(part(triage, 'legend').textContent, question.id).to.contain(words.text);
        await answer(triage, question.id === emergency.question ? emergency.option : calmOption(question));
      }
      const urgency = part(triage, 'urgency');
      expect(triage.result?.urgency, emergency.question).to.equal('emergency');
      expect(urgency.textContent, emergency.question).to.contain(es.urgency.emergency.headline);
      expect(urgency.textContent, emergency.question).to.contain(es.urgency.emergency.whatToDo);
      expect(urgency.textContent, emergency.question).to.not.contain(en.urgency.emergency.headline);
      const call = part<HTMLAnchorElement>(triage, 'call');
      expect(call.textContent!.trim(), emergency.question).to.equal(fill(es.ui['call-emergency'], { number: '112' }));
      expect(call.getAttribute('href'), emergency.question).to.equal('tel:112');
      part(triage, 'start-again').click();
      await triage.updateComplete;
    }
    // A calm walk to the end: every question left, and the result's headline.
    for (let question = nextQuestion(triage.answers); question && !triage.result; question = nextQuestion(triage.answers)) {
      expect(part(triage, 'question').getAttribute('lang'), question.id).to.equal('es');
      await answer(triage, calmOption(question));
    }
    expect(part(triage, 'urgency').textContent).to.contain(es.urgency[triage.result!.urgency].headline);
    expect(fetched(page), 'no further requests').to.deep.equal(filesAtStart);
    expect(page.probe.networkCalls).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('shows Spanish, marked as Spanish, where the page is in another language, says so once, and keeps the region\'s number', async () => {
    const page = await openPage('spanish.html');
    await widgetsReady(page);
    const banner = page.doc.querySelector('red-flag-banner')!;
    const text = banner.shadowRoot!.textContent!;
    expect(text).to.contain(es.ui['warning-signs-heading']);
    expect(text).to.not.contain(en.ui['warning-signs-heading']);
    expect(banner.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('es');
    // The region comes from the page's language tag (en-GB): 999.
    expect(part(banner, 'emergency-number').textContent).to.contain('999');
    expect(page.probe.warnings).to.deep.equal(['back-pain-widgets: no strings for locale "en-GB"; showing Spanish. Available: es.']);
    expect(page.probe.errors).to.deep.equal([]);
  });
});
