import { defineElement } from '../internal/define.js';
import { SelfCareGuide } from '../components/self-care-guide/self-care-guide.js';

defineElement('self-care-guide', SelfCareGuide);

export { SelfCareGuide };
