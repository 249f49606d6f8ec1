import { html, isServer, type PropertyValues } from 'lit';
import { factorRules } from '../../content/index.js';
import { renderSources } from '../../internal/sources.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { styles } from './factor-explainer.styles.js';
import { enFactors } from '../../content/locales/en-factors.js';
import { enExercises } from '../../content/locales/en-exercises.js';
import { enSelfCare } from '../../content/locales/en-self-care.js';
import { enSharedUi, enFactorUi } from '../../content/locales/en-ui.js';

const FACTOR_IDS: readonly string[] = factorRules.map((factor) => factor.id);

const findFactor = (id: unknown) => factorRules.find((factor) => factor.id === id);

/** Only same-page, relative and http(s) links: a template can never become a `javascript:` URL. */
function safeHref(template: string, id: string): string | null {
  const href = template.replaceAll('{id}', encodeURIComponent(id));
  try {
    // On the server there is no document: a relative link resolves against any http(s) base the same way.
    const { protocol } = new URL(href, isServer ? 'https://server.invalid/' : document.baseURI);
    return protocol === 'https:' || protocol === 'http:' ? href : null;
  } catch {
    return null;
  }
}

/**
 * @summary One possible contributing factor explained, e.g. spinal stenosis.
 *
 * What it is, how it can feel when walking, what helps (exercises and
 * self-care), when to see a clinician, and the sources. It explains; it does
 * not diagnose. An unknown `factor` id is reported in the console with the
 * valid ids, and the element says the information was not found.
 *
 * @csspart explainer - The whole explainer.
 * @csspart label - The line that says this is not a diagnosis.
 * @csspart name - The factor's name (heading).
 * @csspart section - Each section (what it is, how it feels, what helps, when to see a clinician).
 * @csspart exercise-link - A link to an exercise (when `exercise-href` is set).
 * @csspart sources - The sources (a disclosure).
 * @csspart not-found - The message shown for an unknown factor id.
 *
 * @cssprop --bpw-color-text - Text colour.
 * @cssprop --bpw-color-muted - The "possible contributing factor" label.
 * @cssprop --bpw-color-background - Background.
 * @cssprop --bpw-color-border - Border.
 * @cssprop --bpw-color-accent - Links and disclosures.
 * @cssprop --bpw-color-urgent - Accent of "when to see a clinician".
 * @cssprop --bpw-font-family - Font family.
 * @cssprop --bpw-radius - Corner radius.
 * @cssprop --bpw-space - Spacing unit.
 */
export class FactorExplainer extends WidgetElement {
  static override styles = [...WidgetElement.styles, styles];

  static override englishText = {
    locale: 'en',
    ui: { ...enSharedUi, ...enFactorUi },
    factors: enFactors,
    exercises: enExercises,
    selfCare: enSelfCare,
  };

  static override properties = {
    factor: { type: String },
    exerciseHref: { type: String, attribute: 'exercise-href' },
  };

  /** The factor id, e.g. `spinal-stenosis`. */
  declare factor: string | undefined;

  /**
   * Turns exercise names into links: `{id}` is replaced by the exercise id,
   * e.g. `#exercise-{id}` or `/exercises/{id}`. Without it, names are plain text.
   */
  declare exerciseHref: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('factor') && !findFactor(this.factor)) {
      this.warnInvalid('factor', this.factor, FACTOR_IDS);
    }
  }

  protected override render() {
    const factor = findFactor(this.factor);
    const text = factor && this.strings.factors[factor.id];
    if (!factor || !text) {
      return html`<section part="not-found" class="box" lang=${this.strings.locale}>
        <p>${this.ui('factor-not-found')}</p>
      </section>`;
    }
    const template = typeof this.exerciseHref === 'string' ? this.exerciseHref : null;
    return html`<article part="explainer" class="box" lang=${this.strings.locale} aria-labelledby="name">
      <h2 id="name" part="name">${text.name}</h2>
      <p part="label" class="label">${this.ui('not-a-diagnosis')}</p>
      <section part="section">
        <h3>${this.ui('what-it-is')}</h3>
        <p>${text.whatItIs}</p>
      </section>
      <section part="section">
        <h3>${this.ui('how-it-feels')}</h3>
        <p>${text.howItFeels}</p>
      </section>
      <section part="section">
        <h3>${this.ui('what-helps')}</h3>
        <ul>
          ${factor.exercises.map((id) => {
            const name = this.strings.exercises[id]?.name ?? id;
            const href = template && safeHref(template, id);
            return html`<li>${href ? html`<a part="exercise-link" href=${href}>${name}</a>` : name}</li>`;
          })}
          ${factor.selfCare.map((id) => html`<li>${this.strings.selfCare[id]?.title ?? id}</li>`)}
        </ul>
      </section>
      <section part="section" class="see">
        <h3>${this.ui('when-to-see-clinician')}</h3>
        <p>${text.whenToSeeClinician}</p>
      </section>
      ${renderSources(factor.sources, this.ui('sources-heading'))}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'factor-explainer': FactorExplainer;
  }
}
