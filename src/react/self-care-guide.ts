// `import { SelfCareGuide } from 'back-pain-widgets/react/self-care-guide.js'` defines only the guide.
import * as React from 'react';
import { SelfCareGuide as SelfCareGuideElement } from '../define/self-care-guide.js';
import { createWrapper } from './create-wrapper.js';

/** `<self-care-guide>`. */
export const SelfCareGuide = createWrapper({
  react: React,
  tagName: 'self-care-guide',
  elementClass: SelfCareGuideElement,
  displayName: 'SelfCareGuide',
});
