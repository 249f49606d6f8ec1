import { html, nothing } from 'lit';
import { selfCareSteps } from '../../content/index.js';
import { renderSources } from '../../internal/sources.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { styles } from './self-care-guide.styles.js';
import { enSelfCare } from '../../content/locales/en-self-care.js';
import { enSharedUi, enSelfCareUi } from '../../content/locales/en-ui.js';

/**
 * @summary Looking after your back: heat and cold, rest and movement, posture and footwear.
 *
 * Shows every self-care step with its evidence note and sources, for comfort
 * and prevention. It gives no diagnosis and no urgency; pair it with
 * `<red-flag-banner>` on pages where people may have warning signs.
 *
 * @csspart guide - The whole guide.
 * @csspart heading - The guide's heading.
 * @csspart step - One self-care step.
 * @csspart step-title - The title of a step.
 * @csspart note - A step's evidence note.
 * @csspart sources - The sources of a step (a disclosure).
 *
 * @cssprop --bpw-color-text - Text colour.
 * @cssprop --bpw-color-muted - Note text.
 * @cssprop --bpw-color-background - Background.
 * @cssprop --bpw-color-surface - Step background.
 * @cssprop --bpw-color-accent - Links and disclosures.
 * @cssprop --bpw-font-family - Font family.
 * @cssprop --bpw-radius - Corner radius.
 * @cssprop --bpw-space - Spacing unit.
 */
export class SelfCareGuide extends WidgetElement {
  static override styles = [...WidgetElement.styles, styles];

  static override englishText = {
    locale: 'en',
    ui: { ...enSharedUi, ...enSelfCareUi },
    selfCare: enSelfCare,
  };

  protected override render() {
    return html`<section part="guide" lang=${this.strings.locale} aria-labelledby="heading">
      <h2 id="heading" part="heading">${this.ui('self-care-heading')}</h2>
      ${selfCareSteps.map((step) => {
        const text = this.strings.selfCare[step.id];
        if (!text) return nothing;
        return html`<div part="step" class="step">
          <h3 part="step-title">${text.title}</h3>
          <p>${text.body}</p>
          ${text.note
            ? html`<p part="note" class="note">${text.note}</p>`
            : nothing}
          ${renderSources(step.sources, this.ui('sources-heading'))}
        </div>`;
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'self-care-guide': SelfCareGuide;
  }
}
