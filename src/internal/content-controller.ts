import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ContentStrings } from '../content/types.js';
import { widgetContext, type WidgetSettings } from '../context/widget-context.js';
import { askProviderOnServer } from './server.js';
import { emergencyNumberFor, oneDialableNumber, resolveLocale, resolveStrings, type EnglishText } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

const NO_SETTINGS: WidgetSettings = {};

const PROVIDER_TAG = 'back-pain-provider';

/** True when a `<back-pain-provider>` around the element, crossing shadow roots, is not defined yet. */
function providerAboveIsUndefined(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    if (node.closest(`${PROVIDER_TAG}:not(:defined)`)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/**
 * The settings of the provider around an element, let go when the element leaves the page. @lit/context keeps
 * the last value it was given, so a widget moved out of its provider would go on using that provider's number.
 */
export class SettingsConsumer extends ContextConsumer<typeof widgetContext, Host> {
  constructor(host: Host) {
    super(host, { context: widgetContext, subscribe: true });
  }

  override hostConnected(): void {
    super.hostConnected();
    // Nothing above may answer now (moved out of its provider): render with no settings.
    this.host.requestUpdate();
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.value = undefined;
  }
}

interface Resolved {
  settings: WidgetSettings;
  english: EnglishText;
  locale: string;
  strings: ContentStrings;
  emergencyNumber: string | null;
}

/**
 * Gives an element its locale, strings and emergency number from the provider
 * (via @lit/context) and the `lang` attributes around it, and re-renders the
 * element when any of them changes.
 */
export class ContentController implements ReactiveController {
  private readonly host: Host;
  private readonly settings: SettingsConsumer;
  private observer?: MutationObserver;
  private resolved?: Resolved;
  private readonly english: () => EnglishText;

  /**
   * `english` gives the text the host shows when no translation for its locale is registered. It is asked each
   * time, since an element's English may grow when more of its code arrives (the triage's result text).
   */
  constructor(host: Host, english: () => EnglishText) {
    this.host = host;
    this.english = english;
    host.addController(this);
    this.settings = new SettingsConsumer(host);
  }

  get locale(): string {
    return this.resolve().locale;
  }

  get strings(): ContentStrings {
    return this.resolve().strings;
  }

  /** Null when no number is configured and the region has no known number. */
  get emergencyNumber(): string | null {
    return this.resolve().emergencyNumber;
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observe();
    if (providerAboveIsUndefined(this.host)) {
      // The provider's code came after ours (the loader fetches each tag's code on its own), so nobody
      // answered our request: ask again once it is defined.
      void customElements.whenDefined(PROVIDER_TAG).then(() => {
        if (!this.host.isConnected) return;
        this.settings.hostDisconnected();
        this.settings.hostConnected();
      });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * Watches `lang` anywhere above the element: in the document and in every
   * shadow root it sits in. Language changes are rare, so a broad watch is cheap.
   */
  private observe(): void {
    const observer = this.observer;
    if (!observer) return;
    observer.disconnect();
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    let root = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      observer.observe(root, options);
      root = root.host.getRootNode();
    }
    observer.observe(this.host.ownerDocument.documentElement, options);
  }

  /** Reads the tree and the provider each time; re-uses the last answer while both say the same. */
  private resolve(): Resolved {
    if (isServer) askProviderOnServer(this.settings);
    const settings = this.settings.value ?? NO_SETTINGS;
    const locale = resolveLocale(this.host, settings.locale);
    const english = this.english();
    const last = this.resolved;
    if (last && last.settings === settings && last.locale === locale && last.english === english) return last;
    // A configured number wins over the guess from the locale: language is not location. It is checked
    // again here, since the settings may come from another copy of the library's provider.
    const emergencyNumber = oneDialableNumber(settings.emergencyNumber) ?? emergencyNumberFor(locale);
    const strings = resolveStrings(locale, english, settings.overrides, this.host);
    this.resolved = { settings, locale, english, strings, emergencyNumber };
    return this.resolved;
  }
}
