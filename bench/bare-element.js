// The baseline: a bare Lit element with one style and one binding, bundled with the same Lit as the widgets.
import { LitElement, css, html } from 'lit';

export class BareElement extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;

  static properties = { label: {} };

  constructor() {
    super();
    this.label = 'Hello';
  }

  render() {
    return html`<p>${this.label}</p>`;
  }
}
