// `import { BackPainProvider } from 'back-pain-widgets/react/back-pain-provider.js'` defines only the provider.
import * as React from 'react';
import { BackPainProvider as BackPainProviderElement } from '../define/back-pain-provider.js';
import { createWrapper } from './create-wrapper.js';

/** `<back-pain-provider>`: props `locale`, `emergencyNumber`, `overrides`; its children are the widgets it configures. */
export const BackPainProvider = createWrapper({
  react: React,
  tagName: 'back-pain-provider',
  elementClass: BackPainProviderElement,
  displayName: 'BackPainProvider',
});
