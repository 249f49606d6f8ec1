import { defineElement } from '../internal/define.js';
import { BackPainProvider } from '../components/back-pain-provider/back-pain-provider.js';

defineElement('back-pain-provider', BackPainProvider);

export { BackPainProvider };
