// The package root: importing it defines every element, at once.
import './define/back-pain-provider.js';
import './define/red-flag-banner.js';
import './define/exercise-card.js';
import './define/self-care-guide.js';
import './define/factor-explainer.js';
import './define/back-pain-triage.js';

export * from './api.js';
