import { html, nothing } from 'lit';
import type { UrgencyId } from '../../content/types.js';
import { urgencyBox } from '../../internal/urgency-box.js';
import type { PageText } from './page-text.js';
import type { JourneyState } from '../../triage/journey.js';

export interface WarningView {
  /** Never emergency: an emergency answer ends the questions at once. */
  urgency: UrgencyId;
  /** The warning signs the last answer raised (ids). */
  signs: readonly string[];
  /** No answer still to come can make it more urgent. */
  settled: boolean;
  onGetHelp(): void;
  onCarryOn(): void;
}

const signList = (text: PageText, signs: readonly string[]) =>
  html`<ul class="signs">
    ${signs.map((id) => html`<li>${text.strings.redFlags[id]?.sign ?? id}</li>`)}
  </ul>`;

/**
 * Shown once, at the top of the page after an answer that raised a warning sign, and focused so it is
 * read out (the banner stays hidden until the result, so nothing says it twice). Short, so the question
 * still starts in the first screen: how soon, the sign, and a choice to get help now or carry on.
 */
export function midCheckWarning(text: PageText, view: WarningView) {
  return urgencyBox({
    level: view.urgency,
    part: 'warning',
    headline: text.strings.urgency[view.urgency].headline,
    headingId: 'warning-heading',
    body: [
      // One sign is said in its own words; several are counted, and listed under a fold.
      view.signs.length === 1
        ? html`<p>${text.strings.redFlags[view.signs[0]]?.sign ?? view.signs[0]}</p>`
        : html`<p>${text.plural('warning-new', view.signs.length)}</p>
            <details>
              <summary>${text.ui('warning-notice-details')}</summary>
              ${signList(text, view.signs)}
            </details>`,
      view.settled ? html`<p>${text.ui('urgency-settled')}</p>` : nothing,
      html`<div class="buttons">
        <button type="button" part="get-help-now" @click=${view.onGetHelp}>${text.ui('get-help-now')}</button>
        <button type="button" class="secondary" part="carry-on" @click=${view.onCarryOn}>${text.ui('carry-on')}</button>
      </div>`,
    ],
  });
}

/**
 * On the pages after a warning: one line that the warning is kept for the end, and the signs folded
 * under it. Plain text, not a live region: the warning itself was announced where it arose.
 */
export function warningNotice(text: PageText, signs: readonly string[]) {
  return html`<div class="warning-notice" part="warning-notice">
    <p>${text.plural('warning-notice', signs.length)}</p>
    <details>
      <summary>${text.ui('warning-notice-details')}</summary>
      ${signList(text, signs)}
    </details>
  </div>`;
}

/** Above a question: the warning the last answer raised, else the notice of the signs kept for the end, if any. */
export function questionWarnings(text: PageText, { warning, session }: JourneyState, on: Pick<WarningView, 'onGetHelp' | 'onCarryOn'>) {
  const { urgency, redFlags } = session.result;
  if (warning.length) return midCheckWarning(text, { urgency, signs: warning, settled: session.settled, ...on });
  return redFlags.length ? warningNotice(text, redFlags.map((flag) => flag.id)) : nothing;
}
