import { test } from 'vitest';
import assert from 'node:assert/strict';
import { calendarDate, fill, sentences, withoutRepeats } from '../../src/triage/text.js';
import { pluralCategory } from '../../src/internal/format.js';

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

test('the summary date is the day in the person\'s own time zone, year-month-day', () => {
  const zone = process.env.TZ;
  try {
    // 23:30 in New York is already the next day in UTC: the date must not jump ahead.
    process.env.TZ = 'America/New_York';
    assert.equal(calendarDate(new Date('2026-03-04T23:30:00-05:00')), '2026-03-04');
    process.env.TZ = 'Pacific/Auckland';
    assert.equal(calendarDate(new Date('2026-01-09T08:00:00+13:00')), '2026-01-09');
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('each Intl formatter is made once per locale, however often it is used', () => {
  const { PluralRules } = Intl;
  let made = 0;
  const counting = <T extends new (...args: never[]) => object>(Real: T) =>
    function (...args: ConstructorParameters<T>) {
      made += 1;
      return new Real(...args);
    } as unknown as T;
  Object.assign(Intl, { PluralRules: counting(PluralRules) });
  try {
    for (let i = 0; i < 3; i += 1) {
      pluralCategory('fr-CA', i);
      pluralCategory('also not a tag!', i);
    }
    // One set of plural rules for fr-CA; one try at the rejected tag.
    assert.equal(made, 2);
  } finally {
    Object.assign(Intl, { PluralRules });
  }
});
