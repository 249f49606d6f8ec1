// The host page's own copy of Lit, as a clinic's site built with Lit would ship it. Loading lit-html creates
// the `lit-html` Trusted Types policy, so the widgets' copy must use another name.
import { LitElement, html } from 'lit';

class HostGreeting extends LitElement {
  override render() {
    return html`<p>Rendered by the host's own Lit</p>`;
  }
}

customElements.define('host-greeting', HostGreeting);
