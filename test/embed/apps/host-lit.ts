// The host page's own copy of Lit, as a clinic's site built with Lit would ship it. Loading lit-html creates
// the `lit-html` Trusted Types policy, so the widgets' copy must use another name.
import { LitElement, html } from 'lit';

class HostGreeting extends LitElement {
  override render() {
    return html`<p>Rendered by the host's own Lit</p>`;
  }
}

customElements.define('host-greeting', HostGreeting);

/** A host element that renders widgets in its own open shadow root: one at once, one when asked. */
class HostPanel extends LitElement {
  static override properties = { showGuide: { type: Boolean } };
  declare showGuide: boolean;

  constructor() {
    super();
    this.showGuide = false;
  }

  override render() {
    return html`<exercise-card exercise="plank"></exercise-card>${this.showGuide ? html`<self-care-guide></self-care-guide>` : null}`;
  }
}

customElements.define('host-panel', HostPanel);
