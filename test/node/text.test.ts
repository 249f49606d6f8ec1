import { test } from 'vitest';
import assert from 'node:assert/strict';
import { fill, sentences, withoutRepeats } from '../../src/triage/text.js';
import { longDate, pluralCategory } from '../../src/internal/format.js';

test('fill puts values into placeholders and leaves unknown ones visible', () => {
  assert.equal(fill('Call {number} now {later}', { number: 999 }), 'Call 999 now {later}');
});

test('each sentence once: a sentence already said is left out, whole sentences only', () => {
  const said = ['Call your emergency number now. Do not wait.'];
  assert.equal(withoutRepeats('The nerves may be pressed. Call your emergency number now.', said), 'The nerves may be pressed.');
  assert.equal(withoutRepeats('Call your emergency number now.', said), '');
  assert.equal(withoutRepeats('Call your emergency number now, or sooner.', said), 'Call your emergency number now, or sooner.');
  assert.deepEqual(sentences('¿Tiene fiebre? Llame ahora.'), ['¿Tiene fiebre?', 'Llame ahora.']);
});

test('marks around a text stay when its first sentence goes (the pseudo-locale frame)', () => {
  const said = ['[!! Book now. lorem !!]'];
  assert.equal(withoutRepeats('[!! Book now. See a doctor. lorem !!]', said), '[!! See a doctor. lorem !!]');
});

test('a sentence ends at a full stop, question or exclamation mark after a word, a number, a bracket or a quote', () => {
  assert.deepEqual(sentences('Call 999. Rest (not in bed). He said “walk”. Wait?!  Then walk. '), [
    'Call 999.',
    'Rest (not in bed).',
    'He said “walk”.',
    'Wait?!',
    'Then walk.',
  ]);
  assert.deepEqual(sentences(''), []);
});

test('a sentence already said goes even inside several marks, and the marks that close the text stay', () => {
  assert.equal(withoutRepeats('[!! Call now. Rest a little. !!]', ['Call now.']), '[!! Rest a little. !!]');
  assert.equal(withoutRepeats('("Rest. Call now.")', ['Call now.']), '("Rest.")');
  assert.equal(withoutRepeats('Rest. Call now!!', ['Call now!!']), 'Rest.');
});

test('a phrase without a closing mark is not a sentence, so it stays even when said before', () => {
  assert.equal(withoutRepeats('Walk for 2.5 minutes', ['Walk for 2.5 minutes']), 'Walk for 2.5 minutes');
});

test('counted text: the locale\'s plural category, "other" for a tag Intl rejects', () => {
  assert.equal(pluralCategory('en', 1), 'one');
  assert.equal(pluralCategory('en', 2), 'other');
  assert.equal(pluralCategory('pl', 3), 'few');
  assert.equal(pluralCategory('not a tag!', 1), 'other');
});

test('a date in full in the first locale Intl accepts, the ISO date when none does', () => {
  const day = new Date(Date.UTC(2026, 2, 4, 12));
  assert.equal(longDate(day, 'en-GB'), '4 March 2026');
  assert.equal(longDate(day, 'not a tag!', 'es'), '4 de marzo de 2026');
  assert.equal(longDate(day, 'not a tag!'), '2026-03-04');
});

test('each Intl formatter is made once per locale, however often it is used', () => {
  const { DateTimeFormat, PluralRules } = Intl;
  let made = 0;
  const counting = <T extends new (...args: never[]) => object>(Real: T) =>
    function (...args: ConstructorParameters<T>) {
      made += 1;
      return new Real(...args);
    } as unknown as T;
  Object.assign(Intl, { DateTimeFormat: counting(DateTimeFormat), PluralRules: counting(PluralRules) });
  try {
    for (let i = 0; i < 3; i += 1) {
      longDate(new Date(), 'fr-CA');
      pluralCategory('fr-CA', i);
      longDate(new Date(), 'also not a tag!', 'fr-CA');
    }
    // One date format and one set of plural rules for fr-CA; one try at the rejected tag.
    assert.equal(made, 3);
  } finally {
    Object.assign(Intl, { DateTimeFormat, PluralRules });
  }
});
