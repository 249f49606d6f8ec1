import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define/back-pain-triage.js';
import '../../src/define/exercise-card.js';
import '../../src/define/factor-explainer.js';
import '../../src/define/red-flag-banner.js';
import '../../src/define/self-care-guide.js';
import { triage } from '../../src/triage/index.js';
import { answersRaising } from '../components/back-pain-triage/helpers.js';
import { answersBefore, finishedAnswers, rendered, shadowRoots } from './widget-tree.js';

/**
 * Each element is laid out twice, side by side: in a left-to-right wrapper and
 * in a right-to-left one (an Arabic host page). Its parts (`[part]` in its shadow
 * tree, nested widgets included) must stay inside it, siblings must not overlap,
 * and the right-to-left layout must be the left-to-right one mirrored.
 * The element keeps `lang="en"` in both, so both show the same text with the same
 * fonts and line breaks: only the direction differs.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Case {
  name: string;
  template: () => TemplateResult;
  /** Brings the rendered element into the state to compare. */
  prepare?: (element: Widget) => Promise<void> | void;
}

/** How far two edges may differ (sub-pixel rounding of text). */
const TOLERANCE = 2;
const WIDTHS = [320, 800] as const;

const raisedAlone = (['emergency', 'urgent', 'routine'] as const).flatMap(
  (urgency) => triage(answersRaising(urgency)).redFlags,
);

const cases: Case[] = [
  {
    name: '<back-pain-triage> question step with hint, options and Back',
    template: () =>
      html`<back-pain-triage skip-start
        lang="en"
        .answers=${answersBefore('leg-location', { 'legs-involved': 'one-leg' })}
      ></back-pain-triage>`,
  },
  {
    name: '<back-pain-triage> missing-answer error',
    template: () => html`<back-pain-triage skip-start lang="en"></back-pain-triage>`,
    prepare: (element) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="continue"]')!.click(),
  },
  {
    name: '<back-pain-triage> emergency result with the triggered banner',
    template: () => html`<back-pain-triage skip-start lang="en" .answers=${finishedAnswers(answersRaising('emergency'))}></back-pain-triage>`,
  },
  {
    name: '<back-pain-triage> urgent result with cautions and exercise cards',
    template: () => html`<back-pain-triage skip-start lang="en" .answers=${finishedAnswers(answersRaising('urgent'))}></back-pain-triage>`,
  },
  {
    name: '<back-pain-triage> routine result with factors',
    template: () =>
      html`<back-pain-triage skip-start
        lang="en"
        .answers=${finishedAnswers({ 'legs-involved': 'one-leg', 'leg-location': 'below-knee', 'leg-feeling': 'sharp-burning-tingling' })}
      ></back-pain-triage>`,
  },
  { name: '<red-flag-banner> standalone', template: () => html`<red-flag-banner lang="en"></red-flag-banner>` },
  {
    name: '<red-flag-banner> triggered',
    template: () => html`<red-flag-banner lang="en" .raised=${raisedAlone}></red-flag-banner>`,
  },
  {
    name: '<exercise-card> full',
    template: () => html`<exercise-card lang="en" exercise="bird-dog"></exercise-card>`,
  },
  {
    name: '<exercise-card> compact, opened, timer paused',
    template: () => html`<exercise-card lang="en" exercise="hip-flexor-stretch" compact></exercise-card>`,
    // Paused, not running: a tick between the two measurements would change the text.
    prepare: async (element) => {
      element.shadowRoot!.querySelector('details')!.open = true;
      const start = () => element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!;
      start().click();
      await element.updateComplete;
      start().click();
      await element.updateComplete;
      expect((element as Widget & { timer: { phase: string } }).timer.phase).to.equal('paused');
    },
  },
  { name: '<self-care-guide>', template: () => html`<self-care-guide lang="en"></self-care-guide>` },
  {
    name: '<factor-explainer> with links and open sources',
    template: () =>
      html`<factor-explainer lang="en" factor="spinal-stenosis" exercise-href="#exercise-{id}"></factor-explainer>`,
    prepare: (element) => element.shadowRoot!.querySelector('details')!.setAttribute('open', ''),
  },
];

interface PartBox {
  name: string;
  element: Element;
  /** Edges relative to the host's left and top. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A part is laid out when it has a box; screen-reader-only parts (clipped to 1 px) are left out. */
function laidOut(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return (box.width > 0 || box.height > 0) && !element.classList.contains('visually-hidden');
}

/** Block-level boxes: an inline box that wraps spans lines, so its rectangle says little. */
const isBlockLevel = (element: Element) => getComputedStyle(element).display !== 'inline';

/**
 * The boxes of every part in the element's shadow tree (nested widgets
 * included) and of each part's block-level children (a radio and its label, say).
 */
function partBoxes(host: Element): PartBox[] {
  const origin = host.getBoundingClientRect();
  const boxOf = (element: Element, name: string): PartBox => {
    const box = element.getBoundingClientRect();
    return {
      name,
      element,
      left: box.left - origin.left,
      right: box.right - origin.left,
      top: box.top - origin.top,
      bottom: box.bottom - origin.top,
    };
  };
  return shadowRoots(host).flatMap((root) =>
    [...root.querySelectorAll('[part]')].filter(laidOut).flatMap((part) => {
      const name = `<${(root.host as Element).localName}> ${part.getAttribute('part')}`;
      const children = [...part.children].filter((child) => laidOut(child) && isBlockLevel(child));
      return [boxOf(part, name), ...children.map((child) => boxOf(child, `${name} > ${child.localName}`))];
    }),
  );
}

function expectInside(host: Element, boxes: readonly PartBox[], label: string): void {
  const width = host.getBoundingClientRect().width;
  const outside = boxes
    .filter((box) => box.left < -1 || box.right > width + 1)
    .map((box) => `${box.name} ${Math.round(box.left)}..${Math.round(box.right)} of ${Math.round(width)}`);
  if (outside.length) throw new Error(`${label}: parts outside the element:\n${outside.join('\n')}`);
  expect(host.scrollWidth, `${label}: the element scrolls sideways`).to.be.at.most(host.clientWidth + 1);
}

/** Sibling boxes that overlap, among the children of a part or siblings of which one is a part. */
function overlaps(host: Element): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(host)) {
    const parents = [...root.querySelectorAll('*')].filter(
      (parent) => parent.hasAttribute('part') || [...parent.children].some((child) => child.hasAttribute('part')),
    );
    for (const parent of parents) {
      // Inline boxes share lines by design, and positioned ones are out of the flow.
      const children = [...parent.children].filter((child) => {
        const style = getComputedStyle(child);
        return laidOut(child) && isBlockLevel(child) && style.position !== 'absolute' && style.position !== 'fixed';
      });
      for (const [index, first] of children.entries()) {
        for (const second of children.slice(index + 1)) {
          const a = first.getBoundingClientRect();
          const b = second.getBoundingClientRect();
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (across > 1 && down > 1) {
            const name = (element: Element) => `${element.localName}[${element.getAttribute('part') ?? element.className}]`;
            found.push(`in ${name(parent)}: ${name(first)} and ${name(second)} overlap by ${Math.round(across)}x${Math.round(down)}`);
          }
        }
      }
    }
  }
  return found;
}

/** Parts whose right-to-left box is not the left-to-right one mirrored across the element. */
function notMirrored(ltr: readonly PartBox[], rtl: readonly PartBox[], width: number): string[] {
  return ltr.flatMap((box, index) => {
    const mirror = rtl[index];
    const expected = { left: width - box.right, right: width - box.left, top: box.top, bottom: box.bottom };
    const off = (['left', 'right', 'top', 'bottom'] as const).filter(
      (edge) => Math.abs(mirror[edge] - expected[edge]) > TOLERANCE,
    );
    return off.length
      ? [
          `${box.name}: ${off.map((edge) => `${edge} ${Math.round(mirror[edge])} instead of ${Math.round(expected[edge])}`).join(', ')}`,
        ]
      : [];
  });
}

/** Characters that point one way: in a right-to-left layout they would point backwards. */
const DIRECTIONAL_GLYPHS = /[←→⇐⇒⇦⇨⟵⟶‹›«»◀▶◂▸◄►➔➜➝➞❮❯]/u;

function directionalGlyphs(host: Element): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(host)) {
    if (DIRECTIONAL_GLYPHS.test(root.textContent ?? '')) found.push(`text in <${(root.host as Element).localName}>`);
    for (const element of root.querySelectorAll('*')) {
      for (const pseudo of ['::before', '::after', '::marker'] as const) {
        const content = getComputedStyle(element, pseudo).content;
        if (DIRECTIONAL_GLYPHS.test(content)) found.push(`${element.localName}${pseudo} ${content}`);
      }
    }
  }
  return found;
}

async function renderPair(testCase: Case, width: number): Promise<{ ltr: Widget; rtl: Widget }> {
  const frame = fixtureSync<HTMLDivElement>(html`<div>
    <div dir="ltr" style="inline-size: ${width}px">${testCase.template()}</div>
    <div dir="rtl" lang="ar" style="inline-size: ${width}px">${testCase.template()}</div>
  </div>`);
  const [ltr, rtl] = [...frame.children].map((wrapper) => wrapper.firstElementChild as Widget);
  for (const element of [ltr, rtl]) {
    await rendered(element);
    await testCase.prepare?.(element);
    await rendered(element);
  }
  return { ltr, rtl };
}

for (const width of WIDTHS) {
  describe(`right-to-left layout at ${width} px`, () => {
    for (const testCase of cases) {
      it(`${testCase.name}: inside, no overlap, mirrored`, async () => {
        const { ltr, rtl } = await renderPair(testCase, width);
        expect(getComputedStyle(rtl).direction).to.equal('rtl');
        const ltrBoxes = partBoxes(ltr);
        const rtlBoxes = partBoxes(rtl);
        expect(ltrBoxes.length, 'parts laid out').to.be.greaterThan(2);
        expect(rtlBoxes.map((box) => box.name)).to.deep.equal(ltrBoxes.map((box) => box.name));
        expectInside(ltr, ltrBoxes, 'ltr');
        expectInside(rtl, rtlBoxes, 'rtl');
        expect(overlaps(ltr), 'ltr').to.deep.equal([]);
        expect(overlaps(rtl), 'rtl').to.deep.equal([]);
        expect(rtl.getBoundingClientRect().width).to.be.closeTo(ltr.getBoundingClientRect().width, 0.5);
        expect(notMirrored(ltrBoxes, rtlBoxes, ltr.getBoundingClientRect().width)).to.deep.equal([]);
      });
    }
  });
}

describe('right-to-left: nothing points the wrong way', () => {
  it('no element shows an arrow or directional glyph, and the only drawings are the exercise illustrations', async () => {
    for (const testCase of cases) {
      const { rtl } = await renderPair(testCase, 800);
      expect(directionalGlyphs(rtl), testCase.name).to.deep.equal([]);
      // The illustrations draw a body, which has no reading direction, so they are not mirrored.
      // A progress bar or an arrow icon added later would be listed here and need a mirroring check.
      const drawings = shadowRoots(rtl).flatMap((root) => [
        ...root.querySelectorAll('svg:not([part="illustration"]), img, progress, [role="progressbar"]'),
      ]);
      expect(drawings.map((element) => element.localName), testCase.name).to.deep.equal([]);
    }
  });

  it('is a real check: an arrow in the text is found', async () => {
    const { rtl } = await renderPair(cases[0], 320);
    rtl.shadowRoot!.querySelector('[part="back"]')!.append(' ←');
    expect(directionalGlyphs(rtl)).to.have.length(1);
  });
});

describe('right-to-left: the checks catch real bugs', () => {
  /** Adds a style to both elements' shadow roots, as a bug in a component's styles would. */
  async function withBuggyStyle(css: string) {
    const { ltr, rtl } = await renderPair(cases[0], 320);
    for (const element of [ltr, rtl]) {
      const style = document.createElement('style');
      style.textContent = css;
      element.shadowRoot!.append(style);
    }
    return { ltr, rtl };
  }

  it('a physical padding-left is not mirrored', async () => {
    const { ltr, rtl } = await withBuggyStyle('.options { padding-left: 3rem; }');
    expect(notMirrored(partBoxes(ltr), partBoxes(rtl), ltr.getBoundingClientRect().width)).not.to.deep.equal([]);
  });

  it('buttons pulled over each other overlap', async () => {
    const { rtl } = await withBuggyStyle('[part="back"] { margin-inline-start: -4rem; }');
    expect(overlaps(rtl).some((line) => line.includes('[continue]') && line.includes('[back]'))).to.equal(true);
  });

  it('a part wider than the element sticks out', async () => {
    const { rtl } = await withBuggyStyle('[part="buttons"] { inline-size: 400px; }');
    expect(() => expectInside(rtl, partBoxes(rtl), 'rtl')).to.throw(/buttons/);
  });
});
