// `import { RedFlagBanner } from 'back-pain-widgets/react/red-flag-banner.js'` defines only the banner.
import * as React from 'react';
import { RedFlagBanner as RedFlagBannerElement } from '../define/red-flag-banner.js';
import { createWrapper } from './create-wrapper.js';

/** `<red-flag-banner>`: prop `raised` (the warning signs to announce). */
export const RedFlagBanner = createWrapper({
  react: React,
  tagName: 'red-flag-banner',
  elementClass: RedFlagBannerElement,
  displayName: 'RedFlagBanner',
});
