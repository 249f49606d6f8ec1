import { test } from 'vitest';
import assert from 'node:assert/strict';
import { fill, sentences, withoutRepeats } from '../../src/triage/text.js';

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
