import { defineElement } from '../internal/define.js';
import { BackPainTriage } from '../components/back-pain-triage/back-pain-triage.js';

defineElement('back-pain-triage', BackPainTriage);
// The triage renders these, so its own bundle defines them too, after its first question: the banner (its code
// comes with the engine, before any answer can raise a sign) and the result's exercise cards.
void import('./red-flag-banner.js');
void import('./exercise-card.js');

export { BackPainTriage };
