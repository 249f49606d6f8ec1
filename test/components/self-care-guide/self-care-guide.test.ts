import { expect, fixture, html } from '@open-wc/testing';
import { en, selfCareSteps } from '../../../src/content/index.js';
import '../../../src/define/self-care-guide.js';
import type { SelfCareGuide } from '../../../src/components/self-care-guide/self-care-guide.js';
import { fuzzElement } from '../../helpers/fuzz.js';
import { expectAccessibleAtAllWidths } from '../../helpers/layout.js';
import { collectWarnings } from '../../helpers/warnings.js';

const pageWarnings = collectWarnings();

describe('<self-care-guide>', () => {
  it('shows every self-care step with its evidence note', async () => {
    const guide = await fixture<SelfCareGuide>(html`<self-care-guide></self-care-guide>`);
    const titles = [...guide.shadowRoot!.querySelectorAll('[part="step-title"]')].map((t) => t.textContent);
    expect(titles).to.deep.equal(selfCareSteps.map((step) => en.selfCare[step.id].title));
    const notes = [...guide.shadowRoot!.querySelectorAll('[part="note"]')].map((n) => n.textContent);
    expect(notes).to.deep.equal(selfCareSteps.map((step) => en.selfCare[step.id].note).filter(Boolean));
    const text = guide.shadowRoot!.textContent!;
    // Heat and cold, rest and movement, posture and footwear.
    for (const id of ['cold-then-heat', 'short-rest-keep-moving', 'posture-tips', 'footwear-tips']) {
      expect(text).to.contain(en.selfCare[id].body);
    }
  });

  it('lists the sources of each step in a disclosure', async () => {
    const guide = await fixture<SelfCareGuide>(html`<self-care-guide></self-care-guide>`);
    const sources = guide.shadowRoot!.querySelectorAll('details[part="sources"]');
    expect(sources).to.have.length(selfCareSteps.length);
    expect(sources[0].querySelector('summary')!.textContent).to.equal(en.ui['sources-heading']);
  });

  it('passes axe at 320 px and 1280 px without sideways scrolling, sources open or closed', async () => {
    const guide = await fixture<SelfCareGuide>(html`<self-care-guide></self-care-guide>`);
    await expectAccessibleAtAllWidths(guide);
    guide.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
    await expectAccessibleAtAllWidths(guide);
  });

  it('never throws and always renders every step for random attributes and properties', async () => {
    await fuzzElement({
      tag: 'self-care-guide',
      attributes: { lang: ['en', 'es', 'xx'], dir: ['rtl', 'ltr'] },
      properties: { hidden: [] },
      check: (element) => {
        expect(element.shadowRoot!.querySelectorAll('[part="step"]')).to.have.length(selfCareSteps.length);
      },
    });
  });

  it('logs no Lit dev-mode warnings', () => {
    expect(pageWarnings.litWarnings()).to.deep.equal([]);
  });
});
