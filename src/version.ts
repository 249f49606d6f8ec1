/**
 * The package version; `defineElement` compares it to tell two copies of the widgets apart. Written from
 * package.json by `npm run version-packages` (after `changeset version`); test/node/version.test.ts fails when
 * the two differ.
 */
export const VERSION = '0.1.0';
