// `import { FactorExplainer } from 'back-pain-widgets/react/factor-explainer.js'` defines only the explainer.
import * as React from 'react';
import { FactorExplainer as FactorExplainerElement } from '../define/factor-explainer.js';
import { createWrapper } from './create-wrapper.js';

/** `<factor-explainer>`: props `factor`, `exerciseHref`. */
export const FactorExplainer = createWrapper({
  react: React,
  tagName: 'factor-explainer',
  elementClass: FactorExplainerElement,
  displayName: 'FactorExplainer',
});
