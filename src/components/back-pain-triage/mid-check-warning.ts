import { html, nothing } from 'lit';
import type { UrgencyId } from '../../content/types.js';
import { urgencyBox } from '../../internal/urgency-box.js';
import type { PageText } from './page-text.js';

export interface WarningView {
  /** Never emergency: an emergency answer ends the questions at once. */
  urgency: UrgencyId;
  /** No answer still to come can make it more urgent. */
  settled: boolean;
  onGetHelp(): void;
  onCarryOn(): void;
}

/**
 * Shown at the top of the page after an answer that needs help soon, and focused so it is in view and
 * read out: the person may stop and get help now, or carry on for the full result.
 */
export function midCheckWarning(text: PageText, view: WarningView) {
  const urgency = text.strings.urgency[view.urgency];
  return urgencyBox({
    level: view.urgency,
    part: 'warning',
    headline: urgency.headline,
    headingId: 'warning-heading',
    body: [
      html`<p>${text.ui('warning-in-answers')} ${view.settled ? text.ui('urgency-settled') : nothing}</p>`,
      html`<p class="what-to-do">${urgency.whatToDo}</p>`,
      html`<div class="buttons">
        <button type="button" part="get-help-now" @click=${view.onGetHelp}>${text.ui('get-help-now')}</button>
        <button type="button" class="secondary" part="carry-on" @click=${view.onCarryOn}>${text.ui('carry-on')}</button>
      </div>`,
    ],
  });
}
