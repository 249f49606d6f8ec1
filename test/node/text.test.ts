import { test } from 'node:test';
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
