// Hydration of server-rendered pages (test/ssr/fixtures.ts rendered in Node by @lit-labs/ssr) with
// @lit-labs/ssr-client, as an app would: the support module first, then the elements, then hydrate().
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/es.js';
import { es } from '../../src/content/locales/es.js';
import { en, questions } from '../../src/content/index.js';
import type { WidgetElement } from '../../src/internal/widget-element.js';
import { fixtures, type FixtureName } from './fixtures.js';

const rendered: Record<FixtureName, string> = await (await fetch('/__ssr__/fixtures.json')).json();

/** The first element a widget rendered: hydration must keep it rather than render it again. */
const firstRendered = (widget: Element) => widget.shadowRoot!.querySelector(':not(style)');

interface Hydrated {
  container: HTMLElement;
  problems: string[];
}

/** Parses the server's HTML (declarative shadow roots included), hydrates it and lets every element update. */
async function hydrateFixture(name: FixtureName): Promise<Hydrated & { before: Map<Element, Element> }> {
  const problems: string[] = [];
  const { warn, error } = console;
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    problems.push(String('error' in event ? event.error : event.reason));
  console.warn = (...args: unknown[]) => problems.push(args.join(' '));
  console.error = (...args: unknown[]) => problems.push(args.join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    const container = document.createElement('div');
    container.setHTMLUnsafe(rendered[name]);
    const widgets = [...container.querySelectorAll<WidgetElement>('*')].filter((node) => node.shadowRoot);
    const before = new Map(widgets.map((widget) => [widget, firstRendered(widget)!]));
    hydrate(fixtures[name](), container);
    document.body.append(container);
    for (const widget of widgets) await widget.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    return { container, problems, before };
  } finally {
    console.warn = warn;
    console.error = error;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
}

// Lit's development build warns once that it is in dev mode; that note is not a hydration problem.
const real = (problems: string[]) => problems.filter((problem) => !/Lit is in dev mode/.test(problem));

describe('server-rendered elements hydrate', () => {
  for (const name of Object.keys(fixtures) as FixtureName[]) {
    it(`${name}: keeps the server's shadow DOM, with no warnings or errors`, async () => {
      const { container, problems, before } = await hydrateFixture(name);
      expect(real(problems)).to.deep.equal([]);
      for (const [widget, first] of before) {
        expect(first, `<${widget.localName}> rendered on the server`).to.exist;
        expect(firstRendered(widget), `<${widget.localName}> kept its nodes`).to.equal(first);
        expect(widget.hasAttribute('defer-hydration'), `<${widget.localName}> hydrated`).to.be.false;
      }
      container.remove();
    });
  }

  it('a hydrated exercise card responds: its timer starts', async () => {
    const { container } = await hydrateFixture('exercise-card');
    const card = container.querySelector('exercise-card')!;
    const events: string[] = [];
    card.addEventListener('exercise-timer-change', (event) => events.push(event.detail.change));
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
    await card.updateComplete;
    expect(events).to.deep.equal(['hold-start']);
    container.remove();
  });

  it('a hydrated triage opens on its start page, and "Start now" moves to the first question', async () => {
    const { container } = await hydrateFixture('triage');
    const triage = container.querySelector('back-pain-triage')!;
    const root = triage.shadowRoot!;
    expect(root.querySelector('#step-heading')!.textContent).to.contain(en.ui['start-heading']);
    root.querySelector<HTMLButtonElement>('[part~="start-now"]')!.click();
    await triage.updateComplete;
    expect(root.querySelector('legend')!.textContent).to.contain(en.questions[questions[0].id].text);
    expect(root.activeElement).to.equal(root.querySelector('#step-heading'));
    container.remove();
  });

  it("a hydrated triage inside the Spanish provider stays in Spanish and moves on when answered", async () => {
    const { container } = await hydrateFixture('provider in Spanish with 112');
    const triage = container.querySelector('back-pain-triage')!;
    const root = triage.shadowRoot!;
    expect(root.querySelector('[lang]')!.getAttribute('lang')).to.equal('es');
    const heading = () => root.querySelector('legend')!.textContent!.trim();
    const first = heading();
    root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    root.querySelector<HTMLButtonElement>('[part~="continue"]')!.click();
    await triage.updateComplete;
    expect(heading()).to.not.equal(first);
    expect(container.querySelector('self-care-guide')!.shadowRoot!.textContent).to.contain(es.ui['self-care-heading']);
    container.remove();
  });
});
