import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { en } from '../../../src/content/index.js';
import '../../../src/define/back-pain-provider.js';
import '../../../src/define/exercise-card.js';
import '../../../src/define/red-flag-banner.js';
import type { BackPainProvider } from '../../../src/components/back-pain-provider/back-pain-provider.js';
import type { RedFlagBanner } from '../../../src/components/red-flag-banner/red-flag-banner.js';
import { fuzzElement } from '../../helpers/fuzz.js';
import { expectAccessibleAtAllWidths } from '../../helpers/layout.js';
import { collectWarnings } from '../../helpers/warnings.js';

const pageWarnings = collectWarnings();

const callLine = (banner: RedFlagBanner) =>
  banner.shadowRoot!.querySelector('[part="emergency-number"]')!.textContent!.trim();

async function settled(root: ParentNode) {
  const elements = [...root.querySelectorAll('red-flag-banner, exercise-card, back-pain-provider')] as RedFlagBanner[];
  for (const element of elements) await element.updateComplete;
}

describe('<back-pain-provider>', () => {
  it('gives the widgets inside it its locale and emergency number; a nested provider changes only its own', async () => {
    const outer = fixtureSync<BackPainProvider>(html`
      <back-pain-provider locale="en-US">
        <red-flag-banner id="outside"></red-flag-banner>
        <back-pain-provider locale="en-GB" emergency-number="12345">
          <red-flag-banner id="inside"></red-flag-banner>
        </back-pain-provider>
        <red-flag-banner id="after"></red-flag-banner>
      </back-pain-provider>
    `);
    await settled(outer);
    const outside = outer.querySelector<RedFlagBanner>('#outside')!;
    const inside = outer.querySelector<RedFlagBanner>('#inside')!;
    const after = outer.querySelector<RedFlagBanner>('#after')!;
    expect(outside.locale).to.equal('en-US');
    expect(callLine(outside)).to.contain('911');
    expect(inside.locale).to.equal('en-GB');
    expect(callLine(inside)).to.contain('12345');
    expect(after.locale).to.equal('en-US');
    expect(callLine(after)).to.contain('911');

    const nested = outer.querySelector<BackPainProvider>('back-pain-provider')!;
    nested.emergencyNumber = '';
    await settled(outer);
    expect(callLine(inside)).to.contain('999');
    expect(callLine(outside)).to.contain('911');

    outer.emergencyNumber = '777';
    await settled(outer);
    expect(callLine(outside)).to.contain('777');
    // A nested provider inherits what it does not set itself.
    expect(callLine(inside)).to.contain('777');
  });

  it('a widget without a provider uses English and the number for <html lang>', async () => {
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner></red-flag-banner>`);
    expect(banner.strings.locale).to.equal('en');
    expect(banner.strings.redFlags).to.equal(en.redFlags);
  });

  it('lets the element\'s own lang win over the provider', async () => {
    const provider = fixtureSync<BackPainProvider>(
      html`<back-pain-provider locale="en-US"><red-flag-banner lang="en-GB"></red-flag-banner></back-pain-provider>`,
    );
    await settled(provider);
    const banner = provider.querySelector('red-flag-banner')!;
    expect(banner.locale).to.equal('en-GB');
    expect(callLine(banner)).to.contain('999');
  });

  it('merges string overrides, nested providers adding to the outer ones', async () => {
    const outer = fixtureSync<BackPainProvider>(html`
      <back-pain-provider .overrides=${{ ui: { 'timer-start': 'Begin', 'timer-reset': 'Again' } }}>
        <exercise-card id="outside" exercise="plank"></exercise-card>
        <back-pain-provider .overrides=${{ ui: { 'timer-start': 'Go' } }}>
          <exercise-card id="inside" exercise="plank"></exercise-card>
        </back-pain-provider>
      </back-pain-provider>
    `);
    await settled(outer);
    const buttons = (id: string) =>
      [...outer.querySelector(`#${id}`)!.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons('outside')).to.deep.equal(['Begin', 'Again']);
    expect(buttons('inside')).to.deep.equal(['Go', 'Again']);
    outer.overrides = undefined;
    await settled(outer);
    expect(buttons('outside')).to.deep.equal([en.ui['timer-start'], en.ui['timer-reset']]);
    expect(buttons('inside')).to.deep.equal(['Go', en.ui['timer-reset']]);
  });

  it('reports invalid settings, naming the field and what is valid, and ignores them', async () => {
    const start = pageWarnings.messages.length;
    const provider = fixtureSync<BackPainProvider>(
      html`<back-pain-provider locale="not a tag!" emergency-number="call me" .overrides=${'text' as unknown as object}>
        <red-flag-banner lang=""></red-flag-banner>
      </back-pain-provider>`,
    );
    await settled(provider);
    const warnings = pageWarnings.messages.slice(start).filter((m) => m.startsWith('<back-pain-provider>'));
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n')).to.contain('locale').and.contain('emergency-number').and.contain('overrides');
    const banner = provider.querySelector('red-flag-banner')!;
    expect(callLine(banner)).to.not.contain('call me');
  });

  it('adds no box of its own and passes axe with widgets inside', async () => {
    const provider = fixtureSync<BackPainProvider>(
      html`<back-pain-provider locale="en-GB"><red-flag-banner></red-flag-banner></back-pain-provider>`,
    );
    await settled(provider);
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expectAccessibleAtAllWidths(provider.querySelector('red-flag-banner')!);
  });

  it('never throws for random attributes and properties, and its widgets always render', async () => {
    await fuzzElement({
      tag: 'back-pain-provider',
      attributes: { locale: ['en', 'en-GB', 'es', 'xx'], 'emergency-number': ['112', '999'] },
      properties: { locale: ['en-US'], emergencyNumber: ['911'], overrides: [] },
      check: (element) => {
        expect(element.shadowRoot!.querySelector('slot')).to.exist;
      },
    });
    // And with a widget inside each time.
    await fuzzElement({
      tag: 'back-pain-provider',
      attributes: { locale: ['en', 'en-GB', 'es', 'xx'], 'emergency-number': ['112', '999'] },
      properties: { overrides: [] },
      numRuns: 20,
      check: () => {},
    });
  });

  it('logs no Lit dev-mode warnings', () => {
    expect(pageWarnings.litWarnings()).to.deep.equal([]);
  });
});
