import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { RenderedOnce } from '../../src/internal/rendered-once.js';

const english = { name: 'Bird-dog' };
const spanish = { name: 'Perro de caza' };
let renderings = 0;

/** Shows `owner.name` rendered once per owner and key; `tick` changes on every render. */
class OnceWidget extends LitElement {
  static override properties = { owner: { attribute: false }, key: {}, tick: { type: Number } };
  declare owner: { name: string };
  declare key: string;
  declare tick: number;
  readonly once = new RenderedOnce(this);

  constructor() {
    super();
    this.owner = english;
    this.key = 'a';
    this.tick = 0;
  }

  protected override render() {
    const shown = this.once.show('name', this.owner, this.key, () => {
      renderings += 1;
      return html`<h2>${this.owner.name}</h2>`;
    });
    return html`${shown}<p>${this.tick}</p>`;
  }
}
customElements.define('once-widget', OnceWidget);

describe('RenderedOnce', () => {
  it('renders once per owner and key for every element, and keeps the DOM of an element across its updates', async () => {
    renderings = 0;
    const first = await fixture<OnceWidget>(html`<once-widget></once-widget>`);
    const second = await fixture<OnceWidget>(html`<once-widget></once-widget>`);
    const heading = first.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('Bird-dog');
    expect(second.shadowRoot!.querySelector('h2')!.textContent).to.equal('Bird-dog');
    expect(second.shadowRoot!.querySelector('h2')).to.not.equal(heading);
    first.tick = 1;
    await first.updateComplete;
    expect(first.shadowRoot!.querySelector('h2')).to.equal(heading);
    expect(renderings).to.equal(1);
  });

  it('shows the new content when the owner or the key changes', async () => {
    const widget = await fixture<OnceWidget>(html`<once-widget></once-widget>`);
    widget.owner = spanish;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelectorAll('h2')).to.have.length(1);
    expect(widget.shadowRoot!.querySelector('h2')!.textContent).to.equal('Perro de caza');
    widget.key = 'b';
    widget.owner = english;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('h2')!.textContent).to.equal('Bird-dog');
  });

  it('renders the template itself into a shadow root that already has content (server-rendered, to hydrate)', async () => {
    renderings = 0;
    const host = document.createElement('div');
    host.setHTMLUnsafe('<once-widget><template shadowrootmode="open"><h2>Bird-dog</h2></template></once-widget>');
    document.body.append(host);
    const widget = host.querySelector<OnceWidget>('once-widget')!;
    await widget.updateComplete;
    widget.tick = 1;
    await widget.updateComplete;
    expect(renderings).to.equal(2);
    host.remove();
  });
});
