import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/content/index.js';
import { nextQuestion, triage as triageAnswers } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/types.js';
import { answer, closePages, openPage, part, settle, triageIn, widgetsReady, type HostPage } from './host-page.js';

type HostPanel = HTMLElement & { showGuide: boolean; updateComplete: Promise<boolean> };

const requested = (page: HostPage) =>
  page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

/** Every question answered without a warning sign. */
function calmAnswers(): Answers {
  const calm: Record<string, string> = {};
  for (let question = nextQuestion(calm); question; question = nextQuestion(calm)) {
    const option = question.options.find(({ id }) => ['no', 'none', 'neither', 'easing', '20-to-49'].includes(id));
    calm[question.id] = (option ?? question.options[0]).id;
  }
  return calm;
}

// The loader (dist/cdn/back-pain-widgets-loader.js) defines each tag when it first appears, from chunks next to it.
describe('the loader on a host page', () => {
  afterEach(closePages);

  it('defines a widget the host renders in its own shadow root, now or later, and a tag added later', async () => {
    // loader-shadow.html: the host's <host-panel> renders an <exercise-card> in its open shadow root.
    const page = await openPage('loader-shadow.html');
    const panel = page.doc.querySelector<HostPanel>('host-panel')!;
    await page.win.customElements.whenDefined('exercise-card');
    await settle(panel.shadowRoot!);
    expect(part(panel.shadowRoot!.querySelector('exercise-card')!, 'name').textContent).to.equal(en.exercises.plank.name);

    panel.showGuide = true;
    await panel.updateComplete;
    await page.win.customElements.whenDefined('self-care-guide');
    await settle(panel.shadowRoot!);
    expect(panel.shadowRoot!.querySelector('self-care-guide')!.shadowRoot!.querySelectorAll('[part~="step"]').length).to.be.greaterThan(0);

    page.doc.body.append(page.doc.createElement('red-flag-banner'));
    await page.win.customElements.whenDefined('red-flag-banner');
    expect(page.win.customElements.get('back-pain-triage'), 'a tag the page does not show is not loaded').to.equal(undefined);
    expect(requested(page).some((path) => path.endsWith('/back-pain-triage.js'))).to.equal(false);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it("loads the FHIR code only when the person downloads the file", async () => {
    const page = await openPage('loader.html');
    await widgetsReady(page);
    const triage = triageIn(page);
    await answer(triage, 'no');
    // A result with the clinic download (an emergency result offers only the call).
    triage.answers = calmAnswers();
    await triage.updateComplete;
    await settle(triage.shadowRoot!);
    const isFhir = (path: string) => path.endsWith('/questionnaire-response.js');
    expect(requested(page).filter(isFhir)).to.deep.equal([]);

    // The file is made but not saved: the object URL is stubbed and the link's click stopped.
    page.win.URL.createObjectURL = () => 'blob:captured';
    triage.shadowRoot!.addEventListener('click', (event) => {
      if (event.composedPath()[0] instanceof page.win.HTMLAnchorElement) event.preventDefault();
    }, true);
    part(triage, 'download').click();
    await waitUntil(() => triage.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() === en.ui['summary-saved'], 'the summary is saved');
    expect(requested(page).filter(isFhir)).to.have.length(1);
    expect(page.probe.errors).to.deep.equal([]);
  });
});

// The triage's first question is worked out at build time; the engine, the banner and the other questions' text come
// right after, in chunks/answering.js. Here the test server holds that chunk, as a slow network would.
describe('the triage through the loader, before its engine arrives', () => {
  beforeEach(() => fetch('/hold-chunk?answering.js'));
  afterEach(async () => {
    await fetch('/release-chunk');
    closePages();
  });

  /** The page, with bundles no other page has loaded (so their chunks are fetched, and held). */
  const openTriagePage = (answers?: Answers) =>
    openPage(`loader-triage.html?copy=${Math.random().toString(36).slice(2)}${answers ? `&answers=${encodeURIComponent(JSON.stringify(answers))}` : ''}`);
  const frames = async (page: HostPage, count: number) => {
    for (let frame = 0; frame < count; frame += 1) await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
  };
  const heading = (page: HostPage) => triageIn(page).shadowRoot?.querySelector('#step-heading')?.textContent?.trim();
  /** The triage shows the question that comes after `answers` (its heading starts "Question 1 of about 15"). */
  const showsQuestionAfter = (page: HostPage, answers: Answers) =>
    heading(page)?.endsWith(en.questions[nextQuestion(answers)!.id].text) ?? false;

  it('shows the first question, and goes on from an answer given meanwhile once the engine is here', async () => {
    const page = await openTriagePage();
    await waitUntil(() => showsQuestionAfter(page, {}), 'the first question shows without the engine');
    const triage = triageIn(page);
    triage.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="no"]')!.click();
    part(triage, 'continue').click();
    await frames(page, 3);
    expect(showsQuestionAfter(page, {}), 'nothing moves without the engine').to.equal(true);
    expect(triage.answers, 'kept until the engine is here').to.deep.equal({});

    await fetch('/release-chunk');
    await waitUntil(() => showsQuestionAfter(page, { 'bladder-bowel': 'no' }), 'the answer given meanwhile counts');
    expect(triage.answers).to.deep.equal({ 'bladder-bowel': 'no' });
    await settle(page.doc);
    const banner = triage.shadowRoot!.querySelector('red-flag-banner')!;
    expect(banner.shadowRoot?.querySelector('[role="alert"]'), "the banner's live region is on the page").to.not.equal(null);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it("shows the page a host's answers lead to once the engine is here, never the first question in its place", async () => {
    const given = { 'bladder-bowel': 'no', 'saddle-numbness': 'no' };
    const page = await openTriagePage(given);
    await page.win.customElements.whenDefined('back-pain-triage');
    const triage = triageIn(page);
    await frames(page, 3);
    expect(heading(page), 'no first question in their place').to.equal(undefined);

    await fetch('/release-chunk');
    await waitUntil(() => showsQuestionAfter(page, given), "the host's answers count");
    expect(triage.answers).to.deep.equal(given);
  });

  it("settles updateComplete with the result when a host's answers, given before the engine, lead there", async () => {
    const given = calmAnswers();
    const page = await openTriagePage(given);
    await page.win.customElements.whenDefined('back-pain-triage');
    const triage = triageIn(page);
    const settled = triage.updateComplete;
    await fetch('/release-chunk');
    await settled;
    const { urgency } = triage.result!;
    expect(urgency).to.equal(triageAnswers(given).urgency);
    expect(part(triage, 'urgency').classList.contains(urgency)).to.equal(true);
  });
});
