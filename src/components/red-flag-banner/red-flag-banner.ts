import { html, nothing, type PropertyValues } from 'lit';
import { URGENCY_LEVELS, type UrgencyId } from '../../content/types.js';
import { WidgetElement } from '../../internal/widget-element.js';
import type { RaisedRedFlag } from '../../triage/types.js';
import { warningSigns } from '../../triage/warning-signs.js';
import { styles } from './red-flag-banner.styles.js';
import { withoutRepeats } from '../../triage/text.js';
import { callEmergency, urgencyBox, urgencyBoxStyles } from '../../internal/urgency-box.js';
import { enRedFlags, enUrgency } from '../../content/locales/en-warning-signs.js';
import { enSharedUi, enWarningSignUi } from '../../content/locales/en-ui.js';

type WarningSign = Pick<RaisedRedFlag, 'id' | 'urgency'>;

/** The ids a list of raised signs may hold. */
const warningSignIds = Object.keys(warningSigns);

/** The signs that call for help on their own: the list shown when no signs are raised. */
const signsOnTheirOwn: readonly WarningSign[] = Object.entries(warningSigns).flatMap(([id, urgency]) =>
  urgency ? [{ id, urgency }] : [],
);

function isRaisedList(value: unknown): value is readonly RaisedRedFlag[] {
  return (
    Array.isArray(value) &&
    value.every(
      (flag: unknown) =>
        typeof flag === 'object' &&
        flag !== null &&
        warningSignIds.includes((flag as RaisedRedFlag).id) &&
        URGENCY_LEVELS.includes((flag as RaisedRedFlag).urgency),
    )
  );
}

/**
 * @summary The warning signs in back pain and what to do about each.
 *
 * On its own it is information only: every warning sign, grouped by how fast
 * to act, with the emergency number. Given `raised` (by `<back-pain-triage>`),
 * it shows only the signs the answers raised and announces them: emergency
 * signs through `role="alert"`, others politely. It never moves focus and
 * never hides itself.
 *
 * @csspart banner - The whole banner.
 * @csspart heading - The banner's heading.
 * @csspart intro - The line under the heading in the standalone list.
 * @csspart group - One urgency group (also `group-emergency`, `group-urgent`, ...).
 * @csspart group-heading - The heading of an urgency group.
 * @csspart signs - The list of signs in a group.
 * @csspart sign - One warning sign with its advice.
 * @csspart emergency-number - The call to the emergency number: a `tel:` link when the number is known.
 * @csspart alert - The assertive live region (emergency signs raised).
 * @csspart status - The polite live region (other signs raised).
 *
 * @cssprop --bpw-color-emergency - Accent for emergency signs.
 * @cssprop --bpw-color-emergency-surface - Background of the emergency group.
 * @cssprop --bpw-color-urgent - Accent for urgent signs.
 * @cssprop --bpw-color-urgent-surface - Background of the urgent group.
 * @cssprop --bpw-color-text - Text colour.
 * @cssprop --bpw-color-background - Background colour.
 * @cssprop --bpw-color-surface - Background of the other groups.
 * @cssprop --bpw-font-family - Font family.
 * @cssprop --bpw-radius - Corner radius.
 */
export class RedFlagBanner extends WidgetElement {
  static override styles = [...WidgetElement.styles, urgencyBoxStyles, styles];

  static override englishText = {
    locale: 'en',
    ui: { ...enWarningSignUi, 'cannot-show': enSharedUi['cannot-show'] },
    redFlags: enRedFlags,
    urgency: enUrgency,
  };

  static override properties = {
    raised: { attribute: false },
    signsOnly: { type: Boolean, attribute: 'signs-only' },
  };

  constructor() {
    super();
    this.signsOnly = false;
  }

  /**
   * With `raised`: list only the signs and what each means, for a host that already says what to do
   * and how soon (as `<back-pain-triage>` does on its result, in the same first load as this banner),
   * so no sentence is said twice.
   */
  declare signsOnly: boolean;

  /**
   * The raised warning signs (`TriageResult.redFlags`). Leave unset for the
   * standalone list. Anything that is not a list of raised signs is reported
   * and the standalone list is shown instead.
   */
  declare raised: readonly RaisedRedFlag[] | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('raised') && this.raised !== undefined && !isRaisedList(this.raised)) {
      this.warnInvalid('raised', this.raised, `undefined or a list of raised signs with ids ${warningSignIds.join(', ')}`);
    }
  }

  private get triggered(): readonly RaisedRedFlag[] | null {
    return isRaisedList(this.raised) ? this.raised : null;
  }

  protected override render() {
    const triggered = this.triggered;
    const signs = triggered ?? signsOnTheirOwn;
    const groups = URGENCY_LEVELS.map(
      (urgency) => [urgency, signs.filter((sign) => sign.urgency === urgency)] as const,
    ).filter(([, inGroup]) => inGroup.length > 0);
    const emergency = groups.filter(([urgency]) => urgency === 'emergency');
    const others = groups.filter(([urgency]) => urgency !== 'emergency');
    return html`<section
      part="banner"
      class=${triggered ? 'triggered' : 'standalone'}
      lang=${this.strings.locale}
      aria-labelledby=${signs.length ? 'heading' : nothing}
    >
      ${signs.length
        ? html`<h2 id="heading" part="heading">
            ${this.ui(triggered ? 'warning-signs-raised-heading' : 'warning-signs-heading')}
          </h2>`
        : nothing}
      ${triggered
        ? nothing
        : html`<p part="intro">${this.ui('warning-signs-intro')}</p>
            ${groups.map(([urgency, inGroup]) => this.renderGroup(urgency, inGroup))}`}
      <div role="alert" part="alert">
        ${triggered ? emergency.map(([urgency, inGroup]) => this.renderGroup(urgency, inGroup)) : nothing}
      </div>
      <div role="status" part="status">
        ${triggered ? others.map(([urgency, inGroup]) => this.renderGroup(urgency, inGroup)) : nothing}
      </div>
    </section>`;
  }

  private renderGroup(urgency: UrgencyId, signs: readonly WarningSign[]) {
    const text = this.strings.urgency[urgency];
    // Advice never repeats the group's "what to do", which is said once for the whole group.
    const list = html`<ul part="signs">
      ${signs.map((sign) => {
        const flag = this.strings.redFlags[sign.id];
        const advice = flag?.advice ? withoutRepeats(flag.advice, [text.whatToDo]) : '';
        return html`<li part="sign">
          <span class="sign">${flag?.sign ?? sign.id}</span>
          ${advice ? html`<span class="advice">${advice}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
    // The host says what to do for the most urgent group; the groups below it keep their own words.
    if (this.signsOnly && this.triggered?.[0]?.urgency === urgency) {
      return html`<div part="group group-${urgency}" class="group plain">${list}</div>`;
    }
    return urgencyBox({
      level: urgency,
      part: `group group-${urgency}`,
      className: 'group',
      headline: text.headline,
      body: [
        list,
        html`<p class="what-to-do">${text.whatToDo}</p>`,
        urgency === 'emergency'
          ? callEmergency(this.emergencyNumber, this.callEmergencyText(), 'emergency-number')
          : nothing,
      ],
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'red-flag-banner': RedFlagBanner;
  }
}
