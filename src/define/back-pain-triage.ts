import { defineElement } from '../internal/define.js';
import { BackPainTriage } from '../components/back-pain-triage/back-pain-triage.js';
// The triage renders these, so its own bundle defines them too: the banner with it, the result's exercise cards
// once their code has come (after the first question).
import './red-flag-banner.js';

defineElement('back-pain-triage', BackPainTriage);
void import('./exercise-card.js');

export { BackPainTriage };
