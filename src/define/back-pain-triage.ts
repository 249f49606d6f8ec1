import { defineElement } from '../internal/define.js';
import { BackPainTriage } from '../components/back-pain-triage/back-pain-triage.js';
import { LazyCode } from '../internal/lazy-code.js';
// The triage renders these, so its own bundle defines them too: the banner with it, the result's exercise cards
// once their code has come (after the first question).
import './red-flag-banner.js';

defineElement('back-pain-triage', BackPainTriage);
void new LazyCode('back-pain-widgets: <exercise-card> for the triage', () => import('./exercise-card.js')).load();

export { BackPainTriage };
