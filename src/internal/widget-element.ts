import { isServer, LitElement, type PropertyValues } from 'lit';
import type { ContentStrings, UiKey } from '../content/types.js';
import { ContentController } from './content-controller.js';
import type { EnglishText } from './locale.js';
import { fill } from '../triage/text.js';
import { baseStyles, tokens } from './styles.js';
import { VERSION } from '../version.js';
import { defineElementAs } from './define.js';
import { isPolicyRefused } from './trusted-types.js';
import { warnInvalid } from './warn.js';
import { attachShadowOnServer } from './server.js';
import { nextTask } from './next-task.js';

/** The detail type of a CustomEvent listed in HTMLElementEventMap. */
type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The base of every widget: version, shared styles, locale-aware strings,
 * the emergency number, one warn helper and one event helper.
 *
 * @cssprop [--bpw-font-family=system-ui, sans-serif] - Font family.
 * @cssprop [--bpw-font-size=1rem] - Base text size.
 * @cssprop [--bpw-line-height=1.5] - Line height.
 * @cssprop [--bpw-radius=0.5rem] - Corner radius.
 * @cssprop [--bpw-space=1rem] - Base spacing.
 * @cssprop [--bpw-color-text=#1f2328] - Text colour (dark theme: #e8eaed).
 * @cssprop [--bpw-color-muted=#4f555d] - Secondary text (dark theme: #bcc1c9).
 * @cssprop [--bpw-color-background=#ffffff] - Background (dark theme: #16181d).
 * @cssprop [--bpw-color-surface=#f3f5f8] - Panels (dark theme: #23262d).
 * @cssprop [--bpw-color-border=#6e7781] - Borders (dark theme: #8d949e).
 * @cssprop [--bpw-color-accent=#0b5cad] - Buttons, links, progress (dark theme: #8ab4f8).
 * @cssprop [--bpw-color-on-accent=#ffffff] - Text on the accent (dark theme: #0b1b33).
 * @cssprop [--bpw-color-focus=#0b5cad] - Focus ring (dark theme: #8ab4f8).
 * @cssprop [--bpw-color-emergency=#a4001d] - Emergency accent (dark theme: #ff9c94).
 * @cssprop [--bpw-color-emergency-surface=#fdecee] - Emergency panel (dark theme: #3b1519).
 * @cssprop [--bpw-color-urgent=#7a3e00] - Urgent accent (dark theme: #ffc077).
 * @cssprop [--bpw-color-urgent-surface=#fff3e0] - Urgent panel (dark theme: #3a2610).
 */
export class WidgetElement extends LitElement {
  static version = VERSION;

  static override styles = [tokens, baseStyles];

  /**
   * Registers this element under a tag name of your choice, for a page where another element already
   * uses ours (e.g. `ExerciseCard.define('clinic-exercise-card')`). `<back-pain-triage>` then renders its
   * banner and exercise cards under those names. Never throws; a refused name warns in the console.
   */
  static define(tagName: string): void {
    defineElementAs(tagName, this);
  }

  /** The English sections this element shows; each element lists its own so bundles stay small. */
  static englishText: EnglishText = { locale: 'en', ui: {} };

  readonly #content = new ContentController(this, () => (this.constructor as typeof WidgetElement).englishText);

  constructor() {
    super();
    if (isServer) attachShadowOnServer(this);
  }

  /** The resolved locale (element `lang`, ancestor `lang`, provider, `<html lang>`, English). */
  get locale(): string {
    return this.#content.locale;
  }

  /** The locale's strings with the provider's overrides merged in. */
  get strings(): ContentStrings {
    return this.#content.strings;
  }

  /** The configured or regional emergency number; null means "your local emergency number". */
  get emergencyNumber(): string | null {
    return this.#content.emergencyNumber;
  }

  /** "Call 999 now", or "Call your local emergency number now" when no number is known. */
  protected callEmergencyText(): string {
    const number = this.emergencyNumber;
    return number ? this.ui('call-emergency', { number }) : this.ui('call-emergency-local');
  }

  /** A UI string with `{placeholders}` filled; the key itself when the strings lack it, so the gap shows. */
  protected ui(key: UiKey, values: Readonly<Record<string, string | number>> = {}): string {
    return fill(this.strings.ui[key] ?? key, values);
  }

  /** Warns once per element, field and value, naming the tag, the field and the valid values. */
  protected warnInvalid(field: string, value: unknown, validValues: readonly string[] | string): void {
    warnInvalid(this, field, value, validValues);
  }

  /**
   * Each widget renders for the first time in a task of its own, not in the task that ran the script, upgraded
   * it or rendered the widget holding it (the triage's banner and exercise cards): on a slow phone each task
   * stays short, and the page can paint and respond in between.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (isServer || this.hasUpdated) return super.scheduleUpdate();
    return nextTask().then(() => super.scheduleUpdate());
  }

  /** Done when the widgets this one renders (each in its own task) are done too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const inside = [...this.renderRoot.querySelectorAll('*')].filter((node) => node instanceof WidgetElement);
    const allDone = await Promise.all(inside.map((widget) => widget.updateComplete));
    return done && allDone.every(Boolean);
  }

  /**
   * A page whose Trusted Types rules refuse our policy cannot get any markup from Lit: the bundle already
   * logged one console error that says how to allow it. Instead of throwing, the element shows one plain
   * sentence, made without markup (an element and its text), so the person is not left with a blank space.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!isPolicyRefused(error)) throw error;
      const note = this.ownerDocument.createElement('p');
      note.setAttribute('part', 'cannot-show');
      note.textContent = this.ui('cannot-show');
      this.renderRoot.replaceChildren(note);
    }
  }

  /** Dispatches a typed event that bubbles out of shadow roots. */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: EventDetail<K>): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
