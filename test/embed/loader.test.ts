import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/content/index.js';
import { answer, calmAnswers, closePages, openPage, part, settle, triageIn, widgetsReady, type HostPage } from './host-page.js';

type HostPanel = HTMLElement & { showGuide: boolean; updateComplete: Promise<boolean> };

const requested = (page: HostPage) =>
  page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

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
