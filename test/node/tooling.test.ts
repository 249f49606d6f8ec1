import { test } from 'node:test';
import assert from 'node:assert/strict';
import { URGENCY_LEVELS } from '../../src/content/types.js';

test('content types load in Node without a DOM', () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  assert.deepEqual([...URGENCY_LEVELS], ['emergency', 'urgent', 'routine', 'self-care']);
});
