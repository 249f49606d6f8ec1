import { test } from 'vitest';
import assert from 'node:assert/strict';
import { firstSession } from '../../src/triage/first-page.js';
import { triageSession } from '../../src/triage/index.js';

test('the session worked out ahead is the one with no answers: bladder and bowels first, page 1, nothing raised', () => {
  assert.deepEqual(firstSession, triageSession({}));
  assert.deepEqual(firstSession, triageSession({}, 'bladder-bowel'));
  assert.equal(firstSession.current?.id, 'bladder-bowel');
  assert.equal(firstSession.progress.index, 1);
  assert.deepEqual(firstSession.result.redFlags, []);
});
