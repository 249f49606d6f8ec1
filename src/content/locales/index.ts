import type { ContentStrings } from '../types.js';
import { en } from './en.js';
import { es } from './es.js';

/** Complete locales by code. A new locale is one file here and one line below. */
export const locales: Readonly<Record<string, ContentStrings>> = { en, es };
