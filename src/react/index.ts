// React wrappers for every element, via @lit/react. Importing this module defines the elements first
// (the define imports below), so they are upgraded before React renders them.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { BackPainProvider as BackPainProviderElement } from '../components/back-pain-provider/back-pain-provider.js';
import {
  BackPainTriage as BackPainTriageElement,
  type TriageCompleteDetail,
  type TriageRedFlagDetail,
  type TriageStepChangeDetail,
} from '../components/back-pain-triage/back-pain-triage.js';
import {
  ExerciseCard as ExerciseCardElement,
  type ExerciseTimerChangeDetail,
} from '../components/exercise-card/exercise-card.js';
import { FactorExplainer as FactorExplainerElement } from '../components/factor-explainer/factor-explainer.js';
import { RedFlagBanner as RedFlagBannerElement } from '../components/red-flag-banner/red-flag-banner.js';
import { SelfCareGuide as SelfCareGuideElement } from '../components/self-care-guide/self-care-guide.js';
import '../define/back-pain-provider.js';
import '../define/back-pain-triage.js';
import '../define/exercise-card.js';
import '../define/factor-explainer.js';
import '../define/red-flag-banner.js';
import '../define/self-care-guide.js';

export type { TriageCompleteDetail, TriageRedFlagDetail, TriageStepChangeDetail, ExerciseTimerChangeDetail };

/** `<back-pain-provider>`: props `locale`, `emergencyNumber`, `overrides`; its children are the widgets it configures. */
export const BackPainProvider = createComponent({
  react: React,
  tagName: 'back-pain-provider',
  elementClass: BackPainProviderElement,
  displayName: 'BackPainProvider',
});

/** `<back-pain-triage>`: props `answers`, `saveAnswers`; one prop per event. */
export const BackPainTriage = createComponent({
  react: React,
  tagName: 'back-pain-triage',
  elementClass: BackPainTriageElement,
  displayName: 'BackPainTriage',
  events: {
    onTriageStepChange: 'triage-step-change' as EventName<CustomEvent<TriageStepChangeDetail>>,
    onTriageComplete: 'triage-complete' as EventName<CustomEvent<TriageCompleteDetail>>,
    onTriageRedFlag: 'triage-red-flag' as EventName<CustomEvent<TriageRedFlagDetail>>,
    onTriageRestart: 'triage-restart' as EventName<CustomEvent<Record<string, never>>>,
  },
});

/** `<red-flag-banner>`: prop `raised` (the warning signs to announce). */
export const RedFlagBanner = createComponent({
  react: React,
  tagName: 'red-flag-banner',
  elementClass: RedFlagBannerElement,
  displayName: 'RedFlagBanner',
});

/** `<exercise-card>`: props `exercise`, `compact`; `onExerciseTimerChange`. */
export const ExerciseCard = createComponent({
  react: React,
  tagName: 'exercise-card',
  elementClass: ExerciseCardElement,
  displayName: 'ExerciseCard',
  events: {
    onExerciseTimerChange: 'exercise-timer-change' as EventName<CustomEvent<ExerciseTimerChangeDetail>>,
  },
});

/** `<self-care-guide>`. */
export const SelfCareGuide = createComponent({
  react: React,
  tagName: 'self-care-guide',
  elementClass: SelfCareGuideElement,
  displayName: 'SelfCareGuide',
});

/** `<factor-explainer>`: props `factor`, `exerciseHref`. */
export const FactorExplainer = createComponent({
  react: React,
  tagName: 'factor-explainer',
  elementClass: FactorExplainerElement,
  displayName: 'FactorExplainer',
});
