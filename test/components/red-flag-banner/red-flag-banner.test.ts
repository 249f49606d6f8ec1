import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { en, es, redFlagRules } from '../../../src/content/index.js';
import '../../../src/locales/es.js';
import '../../../src/define/back-pain-provider.js';
import '../../../src/define/red-flag-banner.js';
import type { RedFlagBanner } from '../../../src/components/red-flag-banner/red-flag-banner.js';
import { triage } from '../../../src/triage/index.js';
import type { RaisedRedFlag } from '../../../src/triage/types.js';
import { warningSigns } from '../../../src/triage/warning-signs.js';
import { expectAccessible } from '../../helpers/axe.js';
import { fuzzElement } from '../../helpers/fuzz.js';
import { expectAccessibleAtAllWidths } from '../../helpers/layout.js';
import { collectWarnings } from '../../helpers/warnings.js';

// Started before the first banner renders: Lit prints each dev-mode warning once per page.
const pageWarnings = collectWarnings();

/** The signs with an urgency of their own: what the standalone banner lists. */
const signsOnTheirOwn = Object.keys(warningSigns).filter((id) => warningSigns[id] !== null);
const shadow = (banner: RedFlagBanner) => banner.shadowRoot!;
const signs = (root: ParentNode) => [...root.querySelectorAll('[part="sign"] .sign')].map((s) => s.textContent!.trim());
const alertRegion = (banner: RedFlagBanner) => shadow(banner).querySelector('[role="alert"]')!;
const statusRegion = (banner: RedFlagBanner) => shadow(banner).querySelector('[role="status"]')!;

// Real engine results, so the banner is tested against what the triage gives it.
const emergencyFlags = triage({ 'bladder-bowel': 'yes' }).redFlags;
const urgentFlags = triage({ 'bladder-bowel': 'no', 'saddle-numbness': 'no', fever: 'yes' }).redFlags;

describe('<red-flag-banner> standalone', () => {
  it('lists every sign that counts on its own with its advice, grouped from most to least urgent', async () => {
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner></red-flag-banner>`);
    const shown = signs(shadow(banner));
    expect(shown).to.have.members(signsOnTheirOwn.map((id) => en.redFlags[id].sign));
    // Age counts only next to another sign, and "I'm not sure" is an answer, not a sign (issue 8, issue 14).
    for (const id of ['age-over-50', 'age-under-20', 'fever-unsure', 'bladder-bowel-unsure']) {
      expect(shown).to.not.include(en.redFlags[id].sign);
    }
    const advice = [...shadow(banner).querySelectorAll('.advice')].map((a) => a.textContent!.trim());
    // Each sentence once: the advice leaves out what the group already says to do.
    const whatToDo = en.urgency.emergency.whatToDo;
    expect(en.redFlags['saddle-numbness'].advice).to.contain('Call your emergency number');
    expect(advice).to.include(en.redFlags['saddle-numbness'].advice.replace(/\s*Call your emergency number[^.]*\./, '').trim());
    const emergencyText = shadow(banner).querySelector('.group.emergency')!.textContent!;
    expect(emergencyText.split('Call your emergency number or go').length - 1).to.equal(1);
    expect(emergencyText).to.contain(whatToDo);
    const groups = [...shadow(banner).querySelectorAll('.group')].map((g) => g.classList[1]);
    expect(groups[0]).to.equal('emergency');
    expect(groups).to.deep.equal([...groups].sort((a, b) => ['emergency', 'urgent', 'routine', 'self-care'].indexOf(a) - ['emergency', 'urgent', 'routine', 'self-care'].indexOf(b)));
  });

  it('is information only: nothing in the live regions', async () => {
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner></red-flag-banner>`);
    expect(alertRegion(banner).textContent!.trim()).to.equal('');
    expect(statusRegion(banner).textContent!.trim()).to.equal('');
  });

  it('gives the number for the region, or says "your local emergency number"', async () => {
    const line = async (lang: string) => {
      const banner = await fixture<RedFlagBanner>(html`<red-flag-banner lang=${lang}></red-flag-banner>`);
      return shadow(banner).querySelector('[part="emergency-number"]')!.textContent!.trim();
    };
    expect(await line('en-US')).to.contain('911');
    expect(await line('en-GB')).to.contain('999');
    expect(await line('es-MX')).to.contain('911');
    expect(await line('en')).to.equal(en.ui['call-emergency-local']);
    expect(await line('es')).to.equal(es.ui['call-emergency-local']);
  });

  it('takes the emergency number from the provider', async () => {
    const provider = fixtureSync<HTMLElement>(
      html`<back-pain-provider emergency-number="000"><red-flag-banner lang="en-US"></red-flag-banner></back-pain-provider>`,
    );
    const banner = provider.querySelector('red-flag-banner')!;
    await banner.updateComplete;
    expect(shadow(banner).querySelector('[part="emergency-number"]')!.textContent).to.contain('000');
  });

  it('passes axe at 320 px and 1280 px without sideways scrolling', async () => {
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner></red-flag-banner>`);
    await expectAccessibleAtAllWidths(banner);
  });
});

describe('<red-flag-banner> inside the triage', () => {
  it('has both live regions from the first render, before any sign is raised', async () => {
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner .raised=${[]}></red-flag-banner>`);
    const alert = alertRegion(banner);
    const status = statusRegion(banner);
    expect(alert).to.exist;
    expect(status).to.exist;
    expect(signs(shadow(banner))).to.deep.equal([]);
    banner.raised = emergencyFlags;
    await banner.updateComplete;
    // The same nodes, so assistive technology hears the change.
    expect(alertRegion(banner)).to.equal(alert);
    expect(statusRegion(banner)).to.equal(status);
  });

  it('puts emergency signs in role="alert" with the number to call, and nothing else', async () => {
    expect(emergencyFlags.some((flag) => flag.urgency === 'emergency')).to.equal(true);
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner lang="en-GB" .raised=${[]}></red-flag-banner>`);
    banner.raised = emergencyFlags;
    await banner.updateComplete;
    const alert = alertRegion(banner);
    expect(signs(alert)).to.deep.equal(emergencyFlags.map((flag) => en.redFlags[flag.id].sign));
    expect(alert.textContent).to.contain('999');
    expect(signs(shadow(banner))).to.have.length(emergencyFlags.length);
  });

  it('with signs-only, lists the signs and leaves what to do and the call to the host', async () => {
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner signs-only .raised=${emergencyFlags}></red-flag-banner>`);
    expect(signs(alertRegion(banner))).to.deep.equal(emergencyFlags.map((flag) => en.redFlags[flag.id].sign));
    expect(shadow(banner).textContent).to.not.contain(en.urgency.emergency.whatToDo);
    expect(shadow(banner).querySelector('a[href^="tel:"]'), 'the host has the call').to.equal(null);
    banner.raised = urgentFlags;
    await banner.updateComplete;
    expect(shadow(banner).textContent).to.not.contain(en.urgency.urgent.whatToDo);
  });

  it('announces other signs politely, grouped by urgency', async () => {
    expect(urgentFlags.length).to.be.greaterThan(0);
    expect(urgentFlags.every((flag) => flag.urgency !== 'emergency')).to.equal(true);
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner .raised=${urgentFlags}></red-flag-banner>`);
    expect(statusRegion(banner).getAttribute('role')).to.equal('status');
    expect(signs(statusRegion(banner))).to.deep.equal(urgentFlags.map((flag) => en.redFlags[flag.id].sign));
    expect(alertRegion(banner).textContent!.trim()).to.equal('');
  });

  it('never moves focus and stays until the host changes it', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div><button>Before</button><red-flag-banner .raised=${[]}></red-flag-banner></div>`);
    const button = wrapper.querySelector('button')!;
    const banner = wrapper.querySelector('red-flag-banner')!;
    await banner.updateComplete;
    button.focus();
    banner.raised = emergencyFlags;
    await banner.updateComplete;
    expect(document.activeElement).to.equal(button);
    expect(banner.shadowRoot!.activeElement).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await banner.updateComplete;
    expect(signs(alertRegion(banner))).to.have.length(emergencyFlags.length);
  });

  it('reports an invalid `raised` and falls back to the full list', async () => {
    const bad = [{ id: 'made-up', urgency: 'emergency' }] as unknown as RaisedRedFlag[];
    const start = pageWarnings.messages.length;
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner .raised=${bad}></red-flag-banner>`);
    const warnings = pageWarnings.messages.slice(start);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<red-flag-banner>').and.contain('raised').and.contain('bladder-bowel-change');
    expect(signs(shadow(banner))).to.have.length(signsOnTheirOwn.length);
  });

  it('passes axe with emergency and urgent signs at 320 px and 1280 px', async () => {
    const banner = await fixture<RedFlagBanner>(
      html`<red-flag-banner .raised=${[...emergencyFlags, ...urgentFlags]}></red-flag-banner>`,
    );
    await expectAccessibleAtAllWidths(banner);
  });
});

describe('<red-flag-banner> dark theme', () => {
  it('passes axe (colour contrast included) with the dark defaults', async function () {
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch {
      this.skip(); // Only drivers that can emulate media features run this check.
    }
    try {
      const banner = await fixture<RedFlagBanner>(
        html`<red-flag-banner .raised=${[...emergencyFlags, ...urgentFlags]}></red-flag-banner>`,
      );
      expect(getComputedStyle(banner).backgroundColor).to.not.equal('rgb(255, 255, 255)');
      await expectAccessible(banner);
      banner.raised = undefined;
      await banner.updateComplete;
      await expectAccessible(banner);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('<red-flag-banner> robustness', () => {
  it('never throws and always shows a valid state for random attributes and properties', async () => {
    const ids = redFlagRules.map((rule) => rule.id);
    await fuzzElement({
      tag: 'red-flag-banner',
      attributes: { lang: ['en', 'en-US', 'es', 'xx'] },
      properties: { raised: [] },
      check: (element) => {
        const banner = element as RedFlagBanner;
        const shown = banner.shadowRoot!.querySelectorAll('[part="sign"]').length;
        expect(banner.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        expect(banner.shadowRoot!.querySelector('[role="status"]')).to.exist;
        const raised = banner.raised;
        const validList =
          Array.isArray(raised) && raised.every((flag) => flag && ids.includes(flag.id));
        if (!validList) expect(shown).to.equal(signsOnTheirOwn.length);
      },
    });
  });

  it('logs no Lit dev-mode warnings', () => {
    expect(pageWarnings.litWarnings()).to.deep.equal([]);
  });
});
