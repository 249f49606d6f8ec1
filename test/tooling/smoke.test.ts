import { expect } from '@open-wc/testing';
import { URGENCY_LEVELS } from '../../src/content/types.js';

describe('test tooling', () => {
  it('loads TypeScript sources in the browser', () => {
    expect(URGENCY_LEVELS[0]).to.equal('emergency');
  });
});
