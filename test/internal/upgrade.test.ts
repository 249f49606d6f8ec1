import { expect, fixtureSync, html } from '@open-wc/testing';
import { BackPainProvider } from '../../src/components/back-pain-provider/back-pain-provider.js';
import { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { FactorExplainer } from '../../src/components/factor-explainer/factor-explainer.js';
import { RedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { SelfCareGuide } from '../../src/components/self-care-guide/self-care-guide.js';
import { en } from '../../src/content/index.js';
import { defineElement } from '../../src/internal/define.js';
import { triage } from '../../src/triage/index.js';

// No define module is imported here: the elements below are in the page before their definitions.
describe('elements parsed before their definition', () => {
  it('upgrade and keep the attributes and properties they were given', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <back-pain-provider emergency-number="000">
        <red-flag-banner></red-flag-banner>
        <exercise-card exercise="plank"></exercise-card>
        <factor-explainer></factor-explainer>
        <self-care-guide></self-care-guide>
      </back-pain-provider>
    </div>`);
    const provider = page.querySelector('back-pain-provider')! as BackPainProvider;
    const banner = page.querySelector('red-flag-banner')! as RedFlagBanner;
    const card = page.querySelector('exercise-card')! as ExerciseCard;
    const explainer = page.querySelector('factor-explainer')! as FactorExplainer;
    const flags = triage({ 'bladder-bowel': 'yes' }).redFlags;
    expect(customElements.get('exercise-card')).to.equal(undefined);
    provider.overrides = { ui: { 'timer-start': 'Begin' } };
    banner.raised = flags;
    card.exercise = 'bird-dog';
    card.compact = true;
    explainer.factor = 'sciatica';

    defineElement('back-pain-provider', BackPainProvider);
    defineElement('red-flag-banner', RedFlagBanner);
    defineElement('exercise-card', ExerciseCard);
    defineElement('factor-explainer', FactorExplainer);
    defineElement('self-care-guide', SelfCareGuide);
    for (const element of page.querySelectorAll<RedFlagBanner>('*')) await element.updateComplete;

    expect(card).to.be.instanceOf(ExerciseCard);
    expect(card.exercise).to.equal('bird-dog');
    expect(card.compact).to.equal(true);
    expect(card.hasAttribute('compact')).to.equal(true);
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal(en.exercises['bird-dog'].name);
    expect(card.shadowRoot!.querySelector('[part~="start-button"]')!.textContent!.trim()).to.equal('Begin');
    expect(banner.raised).to.equal(flags);
    expect(banner.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('000');
    expect(explainer.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal(en.factors.sciatica.name);
    expect(page.querySelector('self-care-guide')!.shadowRoot!.querySelector('[part="step"]')).to.exist;
  });
});
