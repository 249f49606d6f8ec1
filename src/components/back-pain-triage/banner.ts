import { html } from 'lit';
import type { OwnElements } from '../../internal/own-elements.js';
import type { RaisedRedFlag } from '../../triage/types.js';
import { RedFlagBanner } from '../red-flag-banner/red-flag-banner.js';

/**
 * Our banner under the name the host registered it as (see WidgetElement.define), listing the signs raised;
 * shown on the result only (`signsOnly`). Under its usual name it is a template, so it renders on the server
 * too; under another name, a node.
 */
export function banner(own: OwnElements, raised: readonly RaisedRedFlag[], signsOnly: boolean): unknown {
  if (!own.renamed(RedFlagBanner, 'red-flag-banner')) {
    return html`<red-flag-banner part="banner" .raised=${raised} .signsOnly=${signsOnly} ?hidden=${!signsOnly}></red-flag-banner>`;
  }
  const node = own.get<RedFlagBanner>(RedFlagBanner, 'red-flag-banner', 'banner', (made) => made.setAttribute('part', 'banner'));
  node.raised = raised;
  node.signsOnly = signsOnly;
  node.hidden = !signsOnly;
  return node;
}
