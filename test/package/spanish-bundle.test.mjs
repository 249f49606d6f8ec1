// Needs `npm run build` first (`npm run test:package`).
// dist/cdn/back-pain-widgets-es.js carries the Spanish text and none of the English (see rollup.config.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'vitest';

/** The text of every question, warning sign and urgency, and the call, in one locale. */
const texts = (strings) => [
  ...Object.values(strings.questions).map((question) => question.text),
  ...Object.values(strings.redFlags).map((flag) => flag.sign),
  ...Object.values(strings.urgency).flatMap((urgency) => [urgency.headline, urgency.whatToDo]),
  strings.ui['call-emergency-local'],
  strings.ui['call-emergency'],
];

/** The sentences of `text`: text built from a shared phrase may be joined at run time, so each is looked for alone. */
const sentences = (text) => text.split(/(?<=[.?!]) /);

it('the Spanish bundle carries every question, warning sign, urgency and call in Spanish, and no English', async () => {
  const { en, es } = await import('back-pain-widgets/content');
  const spanishBundle = readFileSync('dist/cdn/back-pain-widgets-es.js', 'utf8');
  const englishBundle = readFileSync('dist/cdn/back-pain-widgets.js', 'utf8');
  const missingFrom = (bundle, strings) => texts(strings).filter((text) => !sentences(text).every((sentence) => bundle.includes(sentence)));
  assert.deepEqual(missingFrom(spanishBundle, es), []);
  // The same check finds the English in the English bundle, so it can find it; in the Spanish one, no sentence of it.
  assert.deepEqual(missingFrom(englishBundle, en), []);
  const english = texts(en).flatMap(sentences).filter((sentence) => sentence.length > 12);
  assert.deepEqual(english.filter((sentence) => spanishBundle.includes(sentence)), []);
});
