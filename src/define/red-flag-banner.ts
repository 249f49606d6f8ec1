import { defineElement } from '../internal/define.js';
import { RedFlagBanner } from '../components/red-flag-banner/red-flag-banner.js';

defineElement('red-flag-banner', RedFlagBanner);

export { RedFlagBanner };
