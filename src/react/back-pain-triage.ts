// `import { BackPainTriage } from 'back-pain-widgets/react/back-pain-triage.js'` defines the triage and
// the elements it renders (the warning-sign banner and exercise cards), nothing else.
import * as React from 'react';
import type { EventName } from '@lit/react';
import { BackPainTriage as BackPainTriageElement } from '../define/back-pain-triage.js';
import type {
  TriageCompleteDetail,
  TriageRedFlagDetail,
  TriageStepChangeDetail,
} from '../components/back-pain-triage/back-pain-triage.js';
import { createWrapper } from './create-wrapper.js';

export type { TriageCompleteDetail, TriageRedFlagDetail, TriageStepChangeDetail };

/** `<back-pain-triage>`: props `answers`, `saveAnswers`; one prop per event. */
export const BackPainTriage = createWrapper({
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
