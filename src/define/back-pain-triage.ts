import { defineElement } from '../internal/define.js';
import { BackPainTriage } from '../components/back-pain-triage/back-pain-triage.js';
// The triage renders these inside its result, so its own bundle defines them too.
import './red-flag-banner.js';
import './exercise-card.js';

defineElement('back-pain-triage', BackPainTriage);

export { BackPainTriage };
