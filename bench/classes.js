// The bench's bundle (esbuild, at bench time): the element classes from dist/ without defining them, so the
// pages can time `customElements.define`.
export { BackPainProvider } from '../dist/components/back-pain-provider/back-pain-provider.js';
export { RedFlagBanner } from '../dist/components/red-flag-banner/red-flag-banner.js';
export { ExerciseCard } from '../dist/components/exercise-card/exercise-card.js';
export { SelfCareGuide } from '../dist/components/self-care-guide/self-care-guide.js';
export { FactorExplainer } from '../dist/components/factor-explainer/factor-explainer.js';
export { BackPainTriage } from '../dist/components/back-pain-triage/back-pain-triage.js';
