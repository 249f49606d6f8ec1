/** The package version; `defineElement` compares it to tell two copies of the widgets apart. */
export const VERSION = '0.1.0';
