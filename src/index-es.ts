// The script-tag bundle with Spanish: every element, English and Spanish.
import './index.js';
import './locales/es.js';

export * from './index.js';
