/** The language of the elements' own text, and its name for console warnings; the Spanish bundle's is Spanish (see es-built-in.ts). */
export const builtInLocale = 'en';
export const builtInLanguage = 'English';
