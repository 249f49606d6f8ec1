import { expect } from '@open-wc/testing';
import { LazyCode } from '../../src/internal/lazy-code.js';
import { collectWarnings } from '../helpers/warnings.js';

describe('LazyCode', () => {
  it('loads the code once for every caller, and keeps it', async () => {
    let imports = 0;
    const lazy = new LazyCode('<test-widget>: its result page', async () => {
      imports += 1;
      return { page: 'result' };
    });
    expect(lazy.code).to.equal(undefined);
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).to.deep.equal({ page: 'result' });
    expect(second).to.equal(first);
    expect(lazy.code).to.equal(first);
    expect(await lazy.load()).to.equal(first);
    expect(imports).to.equal(1);
  });

  it('warns naming the code when a load fails, and tries again on the next load', async () => {
    const warnings = collectWarnings();
    try {
      let imports = 0;
      const lazy = new LazyCode('<test-widget>: its result page', async () => {
        imports += 1;
        if (imports === 1) throw new Error('the network is down');
        return { page: 'result' };
      });
      expect(await lazy.load()).to.equal(undefined);
      expect(lazy.code).to.equal(undefined);
      expect(warnings.messages).to.deep.equal(['<test-widget>: its result page could not be loaded: Error: the network is down']);
      expect(await lazy.load()).to.deep.equal({ page: 'result' });
      expect(imports).to.equal(2);
    } finally {
      warnings.restore();
    }
  });
});
