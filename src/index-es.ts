// The script-tag bundle with Spanish: every element, English and Spanish.
import './script-tag.js';
import './locales/es.js';

export * from './script-tag.js';
