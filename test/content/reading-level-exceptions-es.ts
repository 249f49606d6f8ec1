/**
 * Spanish strings allowed below Fernández-Huerta 60, each with the reason.
 * Fix the words first; list a string only when a medical name must stay.
 */
export const readingLevelExceptionsEs: readonly { path: string; reason: string }[] = [];

/** Strings that are rightly the same in Spanish and English. */
export const sameAsEnglish: ReadonlySet<string> = new Set([
  'No', // the same word in both languages
  'Error:', // the same word in both languages
]);
