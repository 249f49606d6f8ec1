import { expect } from '@open-wc/testing';
import type { TriageStepChangeDetail } from '../../src/components/back-pain-triage/back-pain-triage.js';
import { TAGS, answer, closePages, nextEvent, openPage, triageIn, widgetsReady, type HostPage } from './host-page.js';

const SIZE = { width: 800, height: 900 };
const WIDGETS = TAGS.filter((tag) => tag !== 'back-pain-provider');

interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The widget's own box, and every part and control it shows, relative to the widget's corner. What it does
 * not show (a choice the browser cannot do, a closed disclosure's content) has no box to compare.
 */
function boxes(host: Element): Box[] {
  const origin = host.getBoundingClientRect();
  const inside = [...host.shadowRoot!.querySelectorAll('[part], button, input, label, h2, h3, p, li, svg')].filter(
    (element) => element.checkVisibility(),
  );
  return [
    { what: `<${host.localName}>`, x: 0, y: 0, width: origin.width, height: origin.height },
    ...inside.map((element, index) => {
      const rect = element.getBoundingClientRect();
      const name = element.getAttribute('part') ?? element.localName;
      return {
        what: `<${host.localName}> ${name} #${index}`,
        x: rect.x - origin.x,
        y: rect.y - origin.y,
        width: rect.width,
        height: rect.height,
      };
    }),
  ];
}

function expectSameLayout(actual: Box[], expected: Box[]) {
  expect(actual.map((box) => box.what)).to.deep.equal(expected.map((box) => box.what));
  actual.forEach((box, index) => {
    const want = expected[index];
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(box[key] - want[key]), `${box.what} ${key}: ${box[key]} vs ${want[key]}`).to.be.at.most(1);
    }
  });
}

/** A button is visible and a click at its centre reaches it, not something on top of it. */
function expectClickable(page: HostPage, host: Element, button: HTMLElement) {
  button.scrollIntoView({ block: 'center' });
  const rect = button.getBoundingClientRect();
  expect(page.win.getComputedStyle(button).display, 'display').to.not.equal('none');
  expect(rect.width, 'width').to.be.at.least(44);
  expect(rect.height, 'height').to.be.at.least(44);
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  expect(page.doc.elementFromPoint(x, y)).to.equal(host);
  const hit = host.shadowRoot!.elementFromPoint(x, y);
  expect(hit === button || button.contains(hit), `${button.textContent!.trim()} is on top`).to.equal(true);
}

// layout-hostile.html is layout-plain.html plus pages/hostile.css; both give each widget the same width.
describe('a host page with hostile CSS', () => {
  afterEach(closePages);

  it('leaves the layout of every widget unchanged', async () => {
    const plain = await openPage('layout-plain.html', SIZE);
    const hostile = await openPage('layout-hostile.html', SIZE);
    await widgetsReady(plain);
    await widgetsReady(hostile);
    // The hostile styles did apply to the page around the widgets.
    expect(hostile.win.getComputedStyle(hostile.doc.body).fontSize).to.equal('48px');

    for (const tag of WIDGETS) {
      expectSameLayout(boxes(hostile.doc.querySelector(tag)!), boxes(plain.doc.querySelector(tag)!));
    }
  });

  it('keeps the buttons visible and working', async () => {
    const page = await openPage('layout-hostile.html', SIZE);
    await widgetsReady(page);
    const triage = triageIn(page);
    const card = page.doc.querySelector('exercise-card')!;
    for (const host of [triage, card]) {
      for (const button of host.shadowRoot!.querySelectorAll('button')) expectClickable(page, host, button);
    }

    const step = nextEvent<TriageStepChangeDetail>(page.doc, 'triage-step-change');
    await answer(triage, 'no');
    expect((await step).questionId).to.equal('saddle-numbness');
    expect(page.probe.errors).to.deep.equal([]);
  });
});
