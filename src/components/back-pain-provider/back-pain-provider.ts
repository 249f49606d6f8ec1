import { ContextProvider } from '@lit/context';
import { isServer, LitElement, html, type PropertyValues } from 'lit';
import type { StringOverrides } from '../../content/types.js';
import { widgetContext, type WidgetSettings } from '../../context/widget-context.js';
import { mergeStrings, oneDialableNumber, warnOverride } from '../../internal/locale.js';
import { VERSION } from '../../version.js';
import { warnInvalid } from '../../internal/warn.js';
import { askProviderOnServer, attachShadowOnServer } from '../../internal/server.js';
import { SettingsConsumer } from '../../internal/content-controller.js';
import { styles } from './back-pain-provider.styles.js';

/** What `emergency-number` accepts (see oneDialableNumber), in the words of its warning. */
const EMERGENCY_NUMBER_RULE = 'one number to dial: 2 to 15 digits, a "+" first if need be, no spaces, e.g. "112" or "999"';

function validLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * @summary Shares a locale, an emergency number and string overrides with every widget inside it.
 *
 * Widgets read it through Lit context (`@lit/context`). A nested provider changes only the
 * widgets inside it, and inherits whatever it does not set from the provider
 * around it. Without a provider, each widget uses its `lang` and English content.
 *
 * @slot - The widgets (and any other content) this provider configures.
 */
export class BackPainProvider extends LitElement {
  static version = VERSION;

  static override styles = styles;

  static override properties = {
    locale: { type: String },
    emergencyNumber: { type: String, attribute: 'emergency-number' },
    overrides: { attribute: false },
  };

  /** A BCP 47 locale such as `es` or `en-GB`; a widget's own or nearer `lang` still wins. */
  declare locale: string | undefined;

  /** The number to call in an emergency, e.g. `112`; replaces the one guessed from the locale. */
  declare emergencyNumber: string | undefined;

  /** Any of the content strings to replace, e.g. `{ ui: { 'timer-start': 'Go' } }`; nested objects merge. */
  declare overrides: StringOverrides | undefined;

  private readonly provider = new ContextProvider(this, { context: widgetContext, initialValue: {} });

  // The settings of an enclosing provider, so a nested one only changes what it sets.
  private readonly parent = new SettingsConsumer(this);

  constructor() {
    super();
    if (isServer) attachShadowOnServer(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) askProviderOnServer(this.parent);
    const inherited = this.parent.value ?? {};
    const own: WidgetSettings = {};
    if (this.locale != null && this.locale !== '') {
      if (typeof this.locale === 'string' && validLocale(this.locale)) own.locale = this.locale;
      else warnInvalid(this, 'locale', this.locale, 'a BCP 47 language tag such as "en-GB" or "es"');
    }
    if (this.emergencyNumber != null && this.emergencyNumber !== '') {
      const number = oneDialableNumber(this.emergencyNumber);
      if (number) own.emergencyNumber = number;
      // The widgets then give the number for their region, or "your local emergency number".
      else warnInvalid(this, 'emergency-number', this.emergencyNumber, EMERGENCY_NUMBER_RULE);
    }
    if (this.overrides != null) {
      if (typeof this.overrides === 'object' && !Array.isArray(this.overrides)) own.overrides = this.overrides;
      else warnInvalid(this, 'overrides', this.overrides, 'an object shaped like the content strings');
    }
    const overrides =
      inherited.overrides && own.overrides
        ? mergeStrings(inherited.overrides, own.overrides, warnOverride(this))
        : (own.overrides ?? inherited.overrides);
    this.provider.setValue({ ...inherited, ...own, overrides });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-provider': BackPainProvider;
  }
}
