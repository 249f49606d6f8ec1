import { expect, waitUntil } from '@open-wc/testing';
import type { TriageStepChangeDetail } from '../../src/components/back-pain-triage/back-pain-triage.js';
import { TAGS, answer, cardIn, closePages, nextEvent, openPage, part, triageIn, widgetsReady, type HostPage } from './host-page.js';

type Versioned = CustomElementConstructor & { version?: string };

async function expectWorking(page: HostPage) {
  const step = nextEvent<TriageStepChangeDetail>(page.doc, 'triage-step-change');
  await answer(triageIn(page), 'no');
  expect((await step).questionId).to.equal('saddle-numbness');
  expect(part(cardIn(page), 'name').textContent).to.have.length.greaterThan(0);
}

describe('loading order on a host page', () => {
  afterEach(closePages);

  it('loads the same script twice (two URLs) with no exception and at most one warning', async () => {
    const page = await openPage('twice.html');
    await widgetsReady(page);
    const loaded = page.win.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/dist/cdn/back-pain-widgets.js');
    expect(loaded, 'both copies were fetched and run').to.have.length(2);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.consoleErrors).to.deep.equal([]);
    expect(page.probe.warnings.length).to.be.at.most(1);
    await expectWorking(page);
  });

  it('keeps the first of two versions, with no exception and at most one warning', async () => {
    const page = await openPage('two-versions.html');
    await widgetsReady(page);
    // Each copy defines its elements in tasks of its own; the second warns when it gets to a tag the first defined.
    await waitUntil(() => page.probe.warnings.length > 0, 'the second version warned');
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.consoleErrors).to.deep.equal([]);
    expect(page.probe.warnings.length).to.be.at.most(1);
    expect(page.probe.warnings.join('\n')).to.contain('0.0.0-other');
    const registered = page.win.customElements.get('back-pain-triage') as Versioned;
    expect(registered.version).to.not.equal('0.0.0-other');
    await expectWorking(page);
  });

  it("reaches widgets whose code arrived before the provider's, as the loader's chunks may", async () => {
    // provider-last.html: the banner's own bundle runs before the provider's.
    const page = await openPage('provider-last.html');
    await widgetsReady(page);
    expect(page.doc.querySelector('red-flag-banner')!.shadowRoot!.textContent).to.contain('112');
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('upgrades elements that were given properties before the script arrived, keeping them', async () => {
    const page = await openPage('before-upgrade.html');
    const early = (page.win as unknown as { embedEarly: { definedWhenSet: boolean } }).embedEarly;
    expect(early.definedWhenSet, 'the properties were set before the definition').to.equal(false);
    await widgetsReady(page);

    const triage = triageIn(page);
    expect(triage.answers).to.deep.equal({ 'bladder-bowel': 'no', 'saddle-numbness': 'no' });
    expect(part(triage, 'progress').textContent).to.match(/3/);
    expect(triage.shadowRoot!.querySelector('input[name="leg-nerve-symptoms"]')).to.exist;
    const card = cardIn(page);
    expect(card.exercise).to.equal('bird-dog');
    expect(card.compact).to.equal(true);
    expect(card.hasAttribute('compact')).to.equal(true);
    expect(part(card, 'details').localName).to.equal('details');
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it('defines the elements one at a time, those the page shows first, in their order, then the rest', async () => {
    const page = await openPage('define-order.html');
    await widgetsReady(page);
    await Promise.all(TAGS.map((tag) => page.win.customElements.whenDefined(tag)));
    const definitions = (page.win as unknown as { embedDefinitions: { tag: string; definedWhenThePageRan: string[] }[] }).embedDefinitions;
    const order = ['exercise-card', 'red-flag-banner', 'back-pain-triage', 'back-pain-provider', 'self-care-guide', 'factor-explainer'];
    expect(definitions.map((definition) => definition.tag)).to.deep.equal(order);
    // The page ran its own code after each definition, before the next one.
    expect(definitions.map((definition) => definition.definedWhenThePageRan)).to.deep.equal(order.map((_tag, index) => order.slice(0, index + 1)));
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.warnings).to.deep.equal([]);
  });
});

