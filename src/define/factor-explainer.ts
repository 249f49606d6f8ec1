import { defineElement } from '../internal/define.js';
import { FactorExplainer } from '../components/factor-explainer/factor-explainer.js';

defineElement('factor-explainer', FactorExplainer);

export { FactorExplainer };
