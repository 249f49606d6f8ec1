import { expect } from '@open-wc/testing';
import { exercises } from '../../src/content/index.js';

describe('exercise illustrations', () => {
  it('draws a head on every figure', () => {
    for (const { id, illustration } of exercises) {
      expect(illustration.circles.length, id).to.equal(1);
      expect(illustration.circles[0].r, id).to.be.within(10, 12);
    }
  });
});
