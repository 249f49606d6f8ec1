import { expect } from '@open-wc/testing';
import { en } from '../../src/content/index.js';
import { cardIn, closePages, openPage, triageIn } from './host-page.js';

// trusted-types-refused.html enforces Trusted Types and allows no policy at all, so ours is refused.
describe('a host page whose Trusted Types rules leave out our policy', () => {
  afterEach(closePages);

  it('logs one clear console error naming the policy and the line to allow it, and throws nothing into the page', async () => {
    const page = await openPage('trusted-types-refused.html');
    await page.win.customElements.whenDefined('back-pain-triage');
    await triageIn(page).updateComplete.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(page.probe.errors, 'nothing thrown into the host page').to.deep.equal([]);
    const ours = page.probe.consoleErrors.filter((message) => message.includes('back-pain-widgets'));
    if ('trustedTypes' in page.win) {
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('"back-pain-widgets"').and.contain('trusted-types back-pain-widgets lit-html');
      // Instead of a blank space, each widget says in one plain sentence that it cannot be shown.
      for (const widget of [triageIn(page), cardIn(page)]) {
        const note = widget.shadowRoot!.querySelector<HTMLElement>('[part="cannot-show"]');
        expect(note?.textContent, `<${widget.localName}>`).to.equal(en.ui['cannot-show']);
        expect(note!.checkVisibility(), `<${widget.localName}>`).to.equal(true);
      }
    } else {
      // An engine without Trusted Types renders as usual.
      expect(ours).to.deep.equal([]);
      expect(triageIn(page).shadowRoot!.querySelector('input[type="radio"]')).to.exist;
    }
  });
});
