import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstQuestionId } from '../../src/triage/first-page.js';
import { triageSession } from '../../src/triage/index.js';

test('the first question worked out ahead is the one a session with no answers shows: bladder and bowels', () => {
  assert.equal(firstQuestionId, triageSession({}).current?.id);
  assert.equal(firstQuestionId, 'bladder-bowel');
});
