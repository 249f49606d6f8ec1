import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { en, exercises, factorRules, questions, sources, URGENCY_LEVELS } from '../../src/content/index.js';
import '../../src/define/back-pain-triage.js';
import '../../src/define/exercise-card.js';
import '../../src/define/factor-explainer.js';
import '../../src/define/red-flag-banner.js';
import '../../src/define/self-care-guide.js';
import type { BackPainTriage } from '../../src/components/back-pain-triage/back-pain-triage.js';
import type { RedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { PSEUDO_END, PSEUDO_LOCALE, PSEUDO_START, pseudoLocalize } from '../../src/locales/pseudo.js';
import { triage } from '../../src/triage/index.js';
import { textsOf } from '../content/text-walk.js';
import { answersRaising, button, completeTriage, openingAnswers } from '../components/back-pain-triage/helpers.js';
import { expectNoHorizontalOverflow, useWidth } from '../helpers/layout.js';
import { withWarnings } from '../helpers/warnings.js';
import { rendered, shadowRoots } from './widget-tree.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; locale: string };

const PLACEHOLDERS = /\{\w+\}/g;
const LETTER = /\p{L}/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The innermost marked string; removed again and again, it clears nested ones ("Call [!! your number !!] now"). */
const INNERMOST = new RegExp(`${escape(PSEUDO_START)}(?:(?!${escape(PSEUDO_START)})[\\s\\S])*?${escape(PSEUDO_END)}`, 'g');
/** Citation titles name published works: they stay in their own language in every locale. */
const SOURCE_TITLES = new Set(sources.map((source) => source.title));
/** Attributes whose text people hear or see. */
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];

function withoutMarkedText(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(INNERMOST, '');
  }
  return rest;
}

/**
 * Every text of the element's shadow tree (nested widgets included, closed
 * disclosures and screen-reader-only text too) with letters outside a
 * pseudo-localized string: text that is hard-coded or not from the locale.
 */
function unlocalizedText(element: Element): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    const trimmed = text.trim();
    if (SOURCE_TITLES.has(trimmed)) return;
    if (LETTER.test(withoutMarkedText(trimmed))) found.push(`${where}: "${trimmed}"`);
  };
  for (const root of shadowRoots(element)) {
    const host = (root.host as Element).localName;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement?.localName;
        if (parent !== 'style' && parent !== 'script') check(node.data, `<${host}> ${parent}`);
      } else if (node instanceof Element) {
        for (const name of TEXT_ATTRIBUTES) {
          const value = node.getAttribute(name);
          if (value !== null) check(value, `<${host}> ${node.localName}[${name}]`);
        }
      }
    }
  }
  return found;
}

/** Every widget in the tree speaks the pseudo-locale, shows only its text, and fits 320 px. */
async function expectPseudoOnlyAndFits(element: Widget, state: string): Promise<void> {
  await rendered(element);
  expect(element.locale, state).to.equal(PSEUDO_LOCALE);
  expect(element.shadowRoot!.textContent, `${state}: shows pseudo-localized text`).to.include(PSEUDO_START);
  expect(unlocalizedText(element), `${state}: text not from the pseudo-locale`).to.deep.equal([]);
  // The outer check covers nested widgets' boxes; each nested widget then checks its own parts.
  for (const widget of [element, ...shadowRoots(element).map((root) => root.host as HTMLElement)]) {
    expectNoHorizontalOverflow(widget);
  }
}

/** A widget in a frame at 320 px, with `lang="en-XA"` on the widget. */
async function at320<T extends Widget>(template: TemplateResult): Promise<T> {
  const frame = fixtureSync<HTMLDivElement>(html`<div>${template}</div>`);
  const element = frame.firstElementChild as T;
  await useWidth(element, 320);
  await rendered(element);
  return element;
}

describe('pseudoLocalize', () => {
  const pseudo = pseudoLocalize(en);
  const english = new Map(textsOf(en).map(({ path, text }) => [path, text]));

  it('keeps every key of the English strings and names the locale en-XA', () => {
    expect(pseudo.locale).to.equal('en-XA');
    expect(textsOf(pseudo).map(({ path }) => path)).to.deep.equal([...english.keys()]);
  });

  it('marks, accents and lengthens every string by at least 40%, keeping its placeholders', () => {
    for (const { path, text } of textsOf(pseudo)) {
      const source = english.get(path)!;
      expect(text.startsWith(`${PSEUDO_START} `) && text.endsWith(` ${PSEUDO_END}`), path).to.equal(true);
      expect(text.length, path).to.be.at.least(Math.ceil(source.length * 1.4));
      expect(text.match(PLACEHOLDERS) ?? [], path).to.deep.equal(source.match(PLACEHOLDERS) ?? []);
      // No plain ASCII letter is left outside the placeholders.
      expect(text.replace(PLACEHOLDERS, ''), path).not.to.match(/[A-Za-z]/);
    }
  });

  it('is pure: the input is unchanged and the same input gives the same strings', () => {
    const before = structuredClone(en);
    const again = pseudoLocalize(en);
    expect(en).to.deep.equal(before);
    expect(again).to.deep.equal(pseudo);
    expect(again).not.to.equal(pseudo);
  });
});

describe(`${PSEUDO_LOCALE}: every element shows only pseudo-localized text and fits 320 px`, () => {
  it('<back-pain-triage>: the missing-answer error and every question step', async () => {
    const el = await at320<BackPainTriage & Widget>(html`<back-pain-triage skip-start lang="en-XA"></back-pain-triage>`);
    button(el, 'continue').click();
    await rendered(el);
    expect(el.shadowRoot!.querySelector('#error-summary')).to.exist;
    await expectPseudoOnlyAndFits(el, 'error');
    const asked = await completeTriage(el, openingAnswers, (question) => expectPseudoOnlyAndFits(el, question));
    expect([...asked].sort()).to.deep.equal(questions.map((question) => question.id).sort());
  });

  for (const urgency of URGENCY_LEVELS) {
    it(`<back-pain-triage>: the ${urgency} result (with its banner and exercise cards)`, async () => {
      const el = await at320<BackPainTriage & Widget>(html`<back-pain-triage skip-start lang="en-XA"></back-pain-triage>`);
      await completeTriage(el, answersRaising(urgency));
      expect(el.result?.urgency).to.equal(urgency);
      await expectPseudoOnlyAndFits(el, `${urgency} result`);
    });
  }

  it('<red-flag-banner>: standalone', async () => {
    const el = await at320<RedFlagBanner & Widget>(html`<red-flag-banner lang="en-XA"></red-flag-banner>`);
    await expectPseudoOnlyAndFits(el, 'standalone');
  });

  it('<red-flag-banner>: triggered by emergency, urgent and routine signs', async () => {
    // Each sign as the engine raises it alone (together they would all escalate), so every group shows.
    const raised = (['emergency', 'urgent', 'routine'] as const).flatMap((urgency) => triage(answersRaising(urgency)).redFlags);
    expect(raised.map((flag) => flag.urgency)).to.have.members(['emergency', 'urgent', 'routine']);
    const el = await at320<RedFlagBanner & Widget>(
      html`<red-flag-banner lang="en-XA" .raised=${raised}></red-flag-banner>`,
    );
    await expectPseudoOnlyAndFits(el, 'triggered');
  });

  for (const { id } of exercises) {
    for (const compact of [false, true]) {
      it(`<exercise-card exercise="${id}"${compact ? ' compact' : ''}>, before and while the timer runs`, async () => {
        const el = await at320<Widget>(
          html`<exercise-card lang="en-XA" exercise=${id} ?compact=${compact}></exercise-card>`,
        );
        await expectPseudoOnlyAndFits(el, id);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
        await expectPseudoOnlyAndFits(el, `${id} timer running`);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
        await expectPseudoOnlyAndFits(el, `${id} timer paused`);
      });
    }
  }

  it('<self-care-guide>', async () => {
    const el = await at320<Widget>(html`<self-care-guide lang="en-XA"></self-care-guide>`);
    await expectPseudoOnlyAndFits(el, 'guide');
  });

  for (const { id } of factorRules) {
    it(`<factor-explainer factor="${id}"> with exercise links`, async () => {
      const el = await at320<Widget>(
        html`<factor-explainer lang="en-XA" factor=${id} exercise-href="#exercise-{id}"></factor-explainer>`,
      );
      await expectPseudoOnlyAndFits(el, id);
    });
  }

  it('the not-found messages of the card and the explainer', async () => {
    await withWarnings(async () => {
      const card = await at320<Widget>(html`<exercise-card lang="en-XA" exercise="toe-touch"></exercise-card>`);
      await expectPseudoOnlyAndFits(card, 'unknown exercise');
      const explainer = await at320<Widget>(html`<factor-explainer lang="en-XA" factor="gout"></factor-explainer>`);
      await expectPseudoOnlyAndFits(explainer, 'unknown factor');
    });
  });

  it('is a real check: English text is reported', async () => {
    const el = await at320<Widget>(html`<self-care-guide lang="en"></self-care-guide>`);
    expect(unlocalizedText(el)).to.include(`<self-care-guide> h2: "${en.ui['self-care-heading']}"`);
  });
});
