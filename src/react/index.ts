// React wrappers for every element, via @lit/react. Each also has its own entry
// (`back-pain-widgets/react/exercise-card.js`) that defines only that element and what it renders.
export { BackPainProvider } from './back-pain-provider.js';
export { BackPainTriage, type TriageCompleteDetail, type TriageRedFlagDetail, type TriageStepChangeDetail } from './back-pain-triage.js';
export { ExerciseCard, type ExerciseTimerChangeDetail } from './exercise-card.js';
export { FactorExplainer } from './factor-explainer.js';
export { RedFlagBanner } from './red-flag-banner.js';
export { SelfCareGuide } from './self-care-guide.js';
