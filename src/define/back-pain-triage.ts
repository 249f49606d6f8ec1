import { defineElement } from '../internal/define.js';
import { BackPainTriage } from '../components/back-pain-triage/back-pain-triage.js';
// The triage renders these, so its own bundle defines them too: the banner at once (its live regions must be
// on the page before a sign is raised), the exercise cards of the result once the first question is shown.
import './red-flag-banner.js';

defineElement('back-pain-triage', BackPainTriage);
void import('./exercise-card.js');

export { BackPainTriage };
