/**
 * Type-level tests, checked by `tsc --noEmit` (not run in a browser): a locale
 * missing any string must fail the type checker. Each `@ts-expect-error` fails
 * the typecheck if the line below it ever stops being an error. The removed
 * entries are exported only so the file has no unused names.
 */
import type { ContentStrings, StringOverrides } from '../../src/content/types.js';
import { en } from '../../src/content/locales/en.js';

/** A complete copy type-checks. */
export const complete: ContentStrings = { ...en, locale: 'xx' };

export const { fever, ...questionsWithoutFever } = en.questions;
// @ts-expect-error a locale missing a question's text fails
export const missingQuestion: ContentStrings = { ...en, questions: questionsWithoutFever };

export const missingOption: ContentStrings = {
  ...en,
  questions: {
    ...en.questions,
    // @ts-expect-error a question missing one option's text fails
    age: { text: 'Age?', why: 'Why', options: { 'under-20': 'a', '20-to-49': 'b', '50-to-59': 'c' } },
  },
};

export const { continue: continueLabel, ...uiWithoutContinue } = en.ui;
// @ts-expect-error a locale missing a ui string fails
export const missingUi: ContentStrings = { ...en, ui: uiWithoutContinue };

export const { plank, ...exercisesWithoutPlank } = en.exercises;
// @ts-expect-error a locale missing an exercise fails
export const missingExercise: ContentStrings = { ...en, exercises: exercisesWithoutPlank };

export const { 'age-over-50': ageOver50, ...redFlagsWithoutAge } = en.redFlags;
// @ts-expect-error a locale missing a red flag fails
export const missingRedFlag: ContentStrings = { ...en, redFlags: redFlagsWithoutAge };

export const { 'leg-circulation': legCirculation, ...factorsWithoutCirculation } = en.factors;
// @ts-expect-error a locale missing a factor fails
export const missingFactor: ContentStrings = { ...en, factors: factorsWithoutCirculation };

/** A host may override any single string, deep inside. */
export const override: StringOverrides = {
  ui: { continue: 'Next' },
  questions: { age: { options: { '60-or-over': '60+' } } },
};
