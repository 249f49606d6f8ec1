import { expect, fixture, html } from '@open-wc/testing';
import { en, factorRules } from '../../../src/content/index.js';
import '../../../src/define/factor-explainer.js';
import type { FactorExplainer } from '../../../src/components/factor-explainer/factor-explainer.js';
import { fuzzElement } from '../../helpers/fuzz.js';
import { expectAccessibleAtAllWidths } from '../../helpers/layout.js';
import { collectWarnings } from '../../helpers/warnings.js';

const pageWarnings = collectWarnings();
const ids = factorRules.map((factor) => factor.id);

describe('<factor-explainer>', () => {
  for (const factor of factorRules) {
    it(`explains ${factor.id}: what it is, how it feels, what helps, when to see a clinician`, async () => {
      const explainer = await fixture<FactorExplainer>(html`<factor-explainer factor=${factor.id}></factor-explainer>`);
      const text = en.factors[factor.id];
      const root = explainer.shadowRoot!;
      expect(root.querySelector('[part="name"]')!.textContent).to.equal(text.name);
      const content = root.textContent!;
      for (const part of [text.whatItIs, text.howItFeels, text.whenToSeeClinician, en.ui['not-a-diagnosis']]) {
        expect(content).to.contain(part);
      }
      factor.exercises.forEach((id) => expect(content).to.contain(en.exercises[id].name));
      factor.selfCare.forEach((id) => expect(content).to.contain(en.selfCare[id].title));
      expect(root.querySelector('[part="sources"]')).to.exist;
    });
  }

  it('links exercise names only to safe addresses built from exercise-href', async () => {
    const explainer = await fixture<FactorExplainer>(
      html`<factor-explainer factor="spinal-stenosis" exercise-href="#exercise-{id}"></factor-explainer>`,
    );
    const links = [...explainer.shadowRoot!.querySelectorAll('a[part="exercise-link"]')];
    const spinalStenosis = factorRules.find((factor) => factor.id === 'spinal-stenosis')!;
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
      spinalStenosis.exercises.map((id) => `#exercise-${id}`),
    );
    explainer.exerciseHref = 'javascript:alert("{id}")';
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelectorAll('a[part="exercise-link"]')).to.have.length(0);
    explainer.exerciseHref = undefined;
    await explainer.updateComplete;
    expect(explainer.shadowRoot!.querySelectorAll('a[part="exercise-link"]')).to.have.length(0);
  });

  it('warns with the id and the valid ids, and says it found nothing, for an unknown factor', async () => {
    const start = pageWarnings.messages.length;
    const explainer = await fixture<FactorExplainer>(html`<factor-explainer factor="gout"></factor-explainer>`);
    const warnings = pageWarnings.messages.slice(start);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<factor-explainer>').and.contain('"gout"').and.contain('spinal-stenosis');
    expect(explainer.shadowRoot!.querySelector('[part="not-found"]')!.textContent!.trim()).to.equal(
      en.ui['factor-not-found'],
    );
  });

  it('passes axe explained, with sources open, at 320 px and 1280 px, without sideways scrolling', async () => {
    const explainer = await fixture<FactorExplainer>(
      html`<factor-explainer factor="spinal-stenosis" exercise-href="#ex-{id}"></factor-explainer>`,
    );
    await expectAccessibleAtAllWidths(explainer);
    explainer.shadowRoot!.querySelector('details')!.open = true;
    await expectAccessibleAtAllWidths(explainer);
  });

  it('passes axe not found at 320 px and 1280 px', async () => {
    const missing = await fixture<FactorExplainer>(html`<factor-explainer factor="nope"></factor-explainer>`);
    await expectAccessibleAtAllWidths(missing);
  });

  it('never throws and always explains or says not found for random attributes and properties', async () => {
    await fuzzElement({
      tag: 'factor-explainer',
      attributes: { factor: ids, 'exercise-href': ['#x-{id}', '/e/{id}'], lang: ['en', 'xx'] },
      properties: { factor: ids, exerciseHref: ['#{id}'] },
      check: (element) => {
        const explainer = element as FactorExplainer;
        const known = ids.includes(explainer.factor as string);
        expect(Boolean(explainer.shadowRoot!.querySelector('[part="explainer"]'))).to.equal(known);
        expect(Boolean(explainer.shadowRoot!.querySelector('[part="not-found"]'))).to.equal(!known);
        for (const link of explainer.shadowRoot!.querySelectorAll('a')) {
          expect(link.getAttribute('href')!.toLowerCase()).to.not.match(/^\s*javascript:/);
        }
      },
    });
  });

  it('logs no Lit dev-mode warnings', () => {
    expect(pageWarnings.litWarnings()).to.deep.equal([]);
  });
});
