import { describe, expect, it } from 'vitest';

/**
 * Each module of the content and the engine loads without an error. Imported inside the test, so a module
 * that throws while loading fails this test rather than stopping the test file from loading (mutation
 * testing counts a test file that cannot load as no test failing).
 */
const modules = {
  'content/emergency-numbers': () => import('../../src/content/emergency-numbers.js'),
  'content/exercises': () => import('../../src/content/exercises.js'),
  'content/factors': () => import('../../src/content/factors.js'),
  'content/questions': () => import('../../src/content/questions.js'),
  'content/red-flags': () => import('../../src/content/red-flags.js'),
  'content/self-care': () => import('../../src/content/self-care.js'),
  'content/sources': () => import('../../src/content/sources.js'),
  'content/index': () => import('../../src/content/index.js'),
  'triage/index': () => import('../../src/triage/index.js'),
  'triage/plan': () => import('../../src/triage/plan.js'),
  'triage/warning-signs': () => import('../../src/triage/warning-signs.js'),
};

describe('the content and the engine load', () => {
  for (const [name, load] of Object.entries(modules)) {
    it(name, async () => {
      expect(Object.keys(await load())).to.not.be.empty;
    });
  }

  it('and triage with them', async () => {
    const { triage } = await import('../../src/triage/index.js');
    expect(triage({ 'shopping-cart': 'yes' }).factors.map((factor) => factor.id)).to.deep.equal(['spinal-stenosis']);
  });
});
