// The package's classes, types and helpers; importing this module defines no element.
export { BackPainProvider } from './components/back-pain-provider/back-pain-provider.js';
export { RedFlagBanner } from './components/red-flag-banner/red-flag-banner.js';
export { ExerciseCard } from './components/exercise-card/exercise-card.js';
export { SelfCareGuide } from './components/self-care-guide/self-care-guide.js';
export { FactorExplainer } from './components/factor-explainer/factor-explainer.js';
export { BackPainTriage } from './components/back-pain-triage/back-pain-triage.js';
export type {
  TriageCompleteDetail,
  TriageRedFlagDetail,
  TriageStepChangeDetail,
} from './components/back-pain-triage/back-pain-triage.js';
export type { ExerciseTimerChangeDetail } from './components/exercise-card/exercise-card.js';
export type { TimerState } from './components/exercise-card/hold-timer.js';
// The base class of every widget except the provider; the generated framework types name it.
export type { WidgetElement } from './internal/widget-element.js';
export { VERSION } from './version.js';
export { registerLocale } from './internal/locale.js';
