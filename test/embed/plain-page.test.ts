import { expect } from '@open-wc/testing';
import { en } from '../../src/content/index.js';
import type { TriageCompleteDetail, TriageRedFlagDetail, TriageStepChangeDetail } from '../../src/components/back-pain-triage/back-pain-triage.js';
import type { ExerciseTimerChangeDetail } from '../../src/components/exercise-card/exercise-card.js';
import { TAGS, answer, cardIn, closePages, nextEvent, openPage, part, triageIn, widgetsReady } from './host-page.js';

// plain.html: one <script type="module" src="/dist/cdn/back-pain-widgets.js"> and the elements in its HTML;
// loader.html: the same page with the loader, which fetches each element's chunk when its tag appears.
for (const [script, pageName] of [
  ['the all-in bundle', 'plain.html'],
  ['the loader', 'loader.html'],
] as const) describe(`a plain host page with one script tag: ${script}`, () => {
  afterEach(closePages);

  it('renders every element into a shadow root with its content', async () => {
    const page = await openPage(pageName);
    await widgetsReady(page);

    for (const tag of TAGS) {
      const element = page.doc.querySelector(tag)!;
      expect(page.win.customElements.get(tag), tag).to.exist;
      expect(element.shadowRoot, tag).to.exist;
    }
    const triage = triageIn(page);
    expect(part(triage, 'legend').textContent).to.contain(en.questions['bladder-bowel'].text);
    expect(part(cardIn(page), 'name').textContent).to.equal(en.exercises['bird-dog'].name);
    expect(part(page.doc.querySelector('factor-explainer')!, 'name').textContent).to.equal(
      en.factors['spinal-stenosis'].name,
    );
    expect(page.doc.querySelector('self-care-guide')!.shadowRoot!.querySelectorAll('[part~="step"]').length).to.be.greaterThan(0);
    // The provider's emergency number reaches the banner through context inside the bundle.
    expect(page.doc.querySelector('red-flag-banner')!.shadowRoot!.textContent).to.contain('112');
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it("delivers the triage's events to the host's listeners as the person answers", async () => {
    const page = await openPage(pageName);
    await widgetsReady(page);
    const triage = triageIn(page);

    const step = nextEvent<TriageStepChangeDetail>(page.doc, 'triage-step-change');
    await answer(triage, 'no');
    expect(await step).to.deep.include({ questionId: 'saddle-numbness', index: 2 });

    const redFlag = nextEvent<TriageRedFlagDetail>(page.doc, 'triage-red-flag');
    const complete = nextEvent<TriageCompleteDetail>(page.doc, 'triage-complete');
    await answer(triage, 'yes');
    const flagged = await redFlag;
    expect(flagged.urgency).to.equal('emergency');
    expect(flagged.flags.map((flag) => flag.id)).to.have.length.greaterThan(0);
    const done = await complete;
    expect(done.result.urgency).to.equal('emergency');
    expect(done.answers).to.deep.equal({ 'bladder-bowel': 'no', 'saddle-numbness': 'yes' });
    expect(part(triage, 'urgency').textContent).to.contain(en.urgency.emergency.headline);

    const restart = nextEvent<Record<string, never>>(page.doc, 'triage-restart');
    part(triage, 'start-again').click();
    await triage.updateComplete;
    part(triage, 'confirm-restart').click();
    expect(await restart).to.deep.equal({});
    expect(triage.answers).to.deep.equal({});
  });

  it("delivers the exercise timer's events to the host's listeners", async () => {
    const page = await openPage(pageName);
    await widgetsReady(page);
    const card = cardIn(page);

    const started = nextEvent<ExerciseTimerChangeDetail>(page.doc, 'exercise-timer-change');
    part(card, 'start-button').click();
    expect(await started).to.deep.include({ exercise: 'bird-dog', change: 'hold-start', phase: 'holding' });

    const reset = nextEvent<ExerciseTimerChangeDetail>(page.doc, 'exercise-timer-change');
    part(card, 'reset-button').click();
    expect(await reset).to.deep.include({ exercise: 'bird-dog', change: 'reset', phase: 'ready' });
  });
});
