import { expect } from '@open-wc/testing';
import { HostBanner, HostCard, warningsFromLoad } from './host-takes-tags.js';
import { BackPainTriage, ExerciseCard, RedFlagBanner } from '../../src/index.js';
import { answer, completeTriage, shadowOf, tapFold, triageFixture } from '../components/back-pain-triage/helpers.js';

describe('a page whose own elements took our tag names', () => {
  it('says plainly that another element uses the tag, and how to register ours under another name', () => {
    const ours = warningsFromLoad.filter((message) => message.startsWith('back-pain-widgets'));
    expect(ours).to.have.length(2);
    expect(ours[0]).to.contain('another element on this page already uses the tag <red-flag-banner>');
    expect(ours[1]).to.contain('<exercise-card>').and.contain("ExerciseCard.define('clinic-exercise-card')");
    expect(ours.join('\n')).not.to.contain('version unknown');
    expect(customElements.get('exercise-card')).to.equal(HostCard);
    expect(customElements.get('back-pain-triage')).to.equal(BackPainTriage);
  });

  it('renders the triage result with our banner and cards under the names the host gave them', async () => {
    RedFlagBanner.define('clinic-red-flag-banner');
    ExerciseCard.define('clinic-exercise-card');
    expect(customElements.get('clinic-exercise-card')).to.equal(ExerciseCard);

    const el = await triageFixture();
    await completeTriage(el, {});
    const root = shadowOf(el);
    await tapFold(el, root.querySelector<HTMLDetailsElement>('details[part~="exercises"]')!);
    await tapFold(el, root.querySelector<HTMLDetailsElement>('details[part~="more-exercises"]')!);
    expect(root.querySelectorAll('exercise-card, red-flag-banner')).to.have.length(0);
    const cards = [...root.querySelectorAll<ExerciseCard>('clinic-exercise-card')];
    expect(cards.length).to.be.greaterThan(2);
    for (const card of cards) {
      expect(card).to.be.instanceOf(ExerciseCard);
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.not.equal('');
    }
    const banner = root.querySelector('[part="banner"]')!;
    expect(banner.localName).to.equal('clinic-red-flag-banner');
    expect(banner).to.be.instanceOf(RedFlagBanner);
    expect(banner).not.to.be.instanceOf(HostBanner);
  });

  it('registers a class already defined under its usual name again, as a subclass', async () => {
    BackPainTriage.define('clinic-triage');
    const Renamed = customElements.get('clinic-triage')!;
    expect(Renamed).to.not.equal(BackPainTriage);
    expect(Renamed.prototype).to.be.instanceOf(BackPainTriage);
    const el = document.createElement('clinic-triage') as BackPainTriage;
    el.skipStart = true;
    document.body.append(el);
    try {
      await el.updateComplete;
      await answer(el, 'no');
      expect(el.answers).to.deep.equal({ 'bladder-bowel': 'no' });
    } finally {
      el.remove();
    }
  });
});
