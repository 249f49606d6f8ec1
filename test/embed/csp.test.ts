import { expect } from '@open-wc/testing';
import type { TriageStepChangeDetail } from '../../src/components/back-pain-triage/back-pain-triage.js';
import { answer, cardIn, closePages, nextEvent, openPage, part, triageIn, widgetsReady } from './host-page.js';

const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types back-pain-widgets lit-html";

// csp.html enforces POLICY from a <meta> before any script, loads its own Lit (which creates the `lit-html`
// Trusted Types policy), then the widgets' bundle (whose Lit uses the `back-pain-widgets` policy);
// csp-loader.html is the same page with the loader, whose chunks come from the same origin.
for (const [pageName, widgetsScript] of [
  ['csp.html', '/dist/cdn/back-pain-widgets.js'],
  ['csp-loader.html', '/dist/cdn/back-pain-widgets-loader.js'],
] as const) describe(`a host page with a strict Content Security Policy and Trusted Types (${pageName})`, () => {
  afterEach(closePages);

  it('is served as written: the policy comes first and no script is inline', async () => {
    const served = await (await fetch(`/test/embed/pages/${pageName}`)).text();
    const parsed = new DOMParser().parseFromString(served, 'text/html');
    const first = parsed.head.firstElementChild!;
    expect(first.getAttribute('http-equiv')).to.equal('Content-Security-Policy');
    expect(first.getAttribute('content')!.replace(/\s+/g, ' ')).to.equal(POLICY);
    const scripts = [...parsed.querySelectorAll('script')];
    expect(scripts.map((script) => script.getAttribute('src'))).to.deep.equal([
      'probe.js',
      '/test/embed/.fixtures/host-lit.js',
      widgetsScript,
    ]);
    expect(scripts.filter((script) => script.textContent!.trim() !== '')).to.deep.equal([]);
  });

  it('runs the widgets and the host Lit side by side with no policy violation', async () => {
    const page = await openPage(pageName);
    await widgetsReady(page);
    // Nothing was injected into the page after it was served either.
    expect(page.doc.querySelectorAll('script:not([src])').length).to.equal(0);

    expect(page.doc.querySelector('host-greeting')!.shadowRoot!.textContent).to.contain("host's own Lit");
    const triage = triageIn(page);
    const step = nextEvent<TriageStepChangeDetail>(page.doc, 'triage-step-change');
    await answer(triage, 'no');
    expect((await step).questionId).to.equal('saddle-numbness');
    expect(part(cardIn(page), 'name').textContent).to.have.length.greaterThan(0);
    expect(page.doc.querySelector('red-flag-banner')!.shadowRoot!.childElementCount).to.be.greaterThan(0);

    expect(page.probe.violations).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('reports a violation the page commits on purpose, so the count above is live', async () => {
    const page = await openPage(pageName);
    await widgetsReady(page);
    const violation = new Promise<SecurityPolicyViolationEvent>((resolve) =>
      page.win.addEventListener('securitypolicyviolation', resolve, { once: true }),
    );
    const inline = page.doc.createElement('script');
    let blocked = false;
    try {
      // Trusted Types engines refuse the string itself; the others refuse to run the inline script.
      inline.textContent = 'window.inlineRan = true';
    } catch (error) {
      blocked = error instanceof page.win.TypeError;
    }
    page.doc.head.append(inline);
    const event = await violation;
    expect(['trusted-types-sink', 'require-trusted-types-for', 'script-src-elem', 'script-src']).to.include(
      event.violatedDirective,
    );
    expect('inlineRan' in page.win).to.equal(false);
    if ('trustedTypes' in page.win) expect(blocked, 'Trusted Types refused a plain string').to.equal(true);
  });
});
