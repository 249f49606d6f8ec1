// The review's defects at the element boundary: results a host cannot rewrite, saved answers that survive
// the order a framework sets properties in, one storage key per element, bounded warnings.
import { expect, fixture, html } from '@open-wc/testing';
import { redFlagRules, URGENCY_LEVELS } from '../../../src/content/index.js';
import type { BackPainTriage, TriageCompleteDetail, TriageRedFlagDetail } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import type { ExerciseCard } from '../../../src/components/exercise-card/exercise-card.js';
import type { RedFlagBanner } from '../../../src/components/red-flag-banner/red-flag-banner.js';
import { withWarnings } from '../../helpers/warnings.js';
import { answer, shadowOf, shownQuestion, triageFixture } from './helpers.js';

const STORAGE_KEY = 'back-pain-widgets:back-pain-triage';

/** A write a frozen object refuses (it throws in strict code); either way nothing may change. */
function attempt(change: () => void): void {
  try {
    change();
  } catch {
    // Refused.
  }
}

function urgencyShown(el: BackPainTriage): string | undefined {
  return [...shadowOf(el).querySelector('[part="urgency"]')!.classList].find((name) => (URGENCY_LEVELS as readonly string[]).includes(name));
}

function bannerSigns(el: BackPainTriage): number {
  return (shadowOf(el).querySelector('[part="banner"]') as RedFlagBanner).raised?.length ?? 0;
}

describe('<back-pain-triage> hardening', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the emergency result whatever a host does to the event details, the result getter and the content', async () => {
    const el = await triageFixture();
    el.addEventListener('triage-red-flag', (event: CustomEvent<TriageRedFlagDetail>) => {
      attempt(() => (event.detail.flags as unknown[]).splice(0));
      attempt(() => ((event.detail.flags[0] as { urgency: string }).urgency = 'self-care'));
    });
    el.addEventListener('triage-complete', (event: CustomEvent<TriageCompleteDetail>) => {
      attempt(() => ((event.detail.result as { urgency: string }).urgency = 'self-care'));
      attempt(() => (event.detail.result.redFlags as unknown[]).splice(0));
      attempt(() => ((event.detail.result.plan.exercises as string[]).push('bird-dog')));
    });
    await answer(el, 'yes');
    expect(shownQuestion(el)).to.equal(null);

    const result = el.result!;
    attempt(() => ((result as { urgency: string }).urgency = 'self-care'));
    attempt(() => ((result.redFlags as unknown[]).length = 0));
    attempt(() => ((redFlagRules[0] as { urgencyAlone: string }).urgencyAlone = 'self-care'));
    el.requestUpdate();
    await el.updateComplete;

    expect(urgencyShown(el)).to.equal('emergency');
    expect(bannerSigns(el)).to.equal(1);
    expect(el.result!.urgency).to.equal('emergency');
    expect(shadowOf(el).querySelectorAll('[part="exercises"]')).to.have.length(0);
  });

  it('restores the saved answers when save-answers is set as a property after the element is connected', async () => {
    const saved = { 'bladder-bowel': 'no', 'saddle-numbness': 'no' };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    const el = document.createElement('back-pain-triage');
    document.body.append(el);
    try {
      await el.updateComplete;
      el.saveAnswers = true;
      await el.updateComplete;
      expect(el.answers).to.deep.equal(saved);
      expect(shownQuestion(el)).to.not.equal('bladder-bowel');
      expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).to.deep.equal(saved);
    } finally {
      el.remove();
    }
  });

  it('gives two save-answers elements without an id their own storage keys, and says to give each an id', async () => {
    await withWarnings(async (warnings) => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <back-pain-triage skip-start save-answers></back-pain-triage><back-pain-triage skip-start save-answers></back-pain-triage>
      </div>`);
      const [first, second] = page.querySelectorAll('back-pain-triage');
      await Promise.all([first.updateComplete, second.updateComplete]);
      await answer(first, 'no');
      await answer(second, 'yes');
      expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ 'bladder-bowel': 'no' });
      expect(JSON.parse(sessionStorage.getItem(`${STORAGE_KEY}:2`)!)).to.deep.equal({ 'bladder-bowel': 'yes' });
      const shared = warnings.messages.filter((message) => message.includes('save-answers'));
      expect(shared).to.have.length(1);
      expect(shared[0]).to.contain('<back-pain-triage>').and.contain('its own id');
    });
  });

  it('gives one summary warning for 150,000 bad saved entries, and keeps the good ones', async () => {
    const saved: Record<string, string> = { 'bladder-bowel': 'no' };
    for (let i = 0; i < 150_000; i += 1) saved[`stale-${i}`] = 'x';
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    await withWarnings(async (warnings) => {
      const el = await fixture<BackPainTriage>(html`<back-pain-triage skip-start save-answers></back-pain-triage>`);
      expect(el.answers).to.deep.equal({ 'bladder-bowel': 'no' });
      const ours = warnings.messages.filter((message) => message.startsWith('<back-pain-triage>'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('150000 invalid entries');
      expect(ours[0].length).to.be.below(20_000);
    });
  });

  it('never throws for answers behind a throwing Proxy, and warns about them', async () => {
    const el = await triageFixture();
    const hostile = new Proxy(
      { 'bladder-bowel': 'no' },
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );
    await withWarnings(async (warnings) => {
      expect(() => (el.answers = hostile)).not.to.throw();
      await el.updateComplete;
      expect(warnings.messages.join('\n')).to.contain('no keys for you');
    });
    expect(shownQuestion(el)).to.equal('bladder-bowel');
  });

  it('shows at most a short piece of a 1 MB attribute value in its warning', async () => {
    const huge = 'z'.repeat(1_000_000);
    await withWarnings(async (warnings) => {
      const card = await fixture<ExerciseCard>(html`<exercise-card exercise=${huge}></exercise-card>`);
      await card.updateComplete;
      const ours = warnings.messages.filter((message) => message.startsWith('<exercise-card>'));
      expect(ours).to.have.length(1);
      expect(ours[0].length).to.be.below(2000);
      expect(ours[0]).to.contain('(1000000 characters)');
    });
  });
});
