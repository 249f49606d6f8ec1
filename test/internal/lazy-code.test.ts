import { expect } from '@open-wc/testing';
import { LazyCode, RETRY_AFTER_MS, SLOW_AFTER_MS } from '../../src/internal/lazy-code.js';
import { collectWarnings } from '../helpers/warnings.js';

/** The page's timers, held: a test runs each one when it chooses, so no test waits seconds. */
function holdTimers() {
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  window.setTimeout = ((run: () => void, ms = 0) => {
    pending.set(next, { run, ms });
    return next++;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number) => pending.delete(id)) as typeof window.clearTimeout;
  return {
    /** The delays of the timers not run yet, in the order they were set. */
    delays: () => [...pending.values()].map((timer) => timer.ms),
    /** Runs the timers set for `ms`, then lets the promises they start settle. */
    async run(ms: number) {
      const due = [...pending].filter(([, timer]) => timer.ms === ms);
      if (!due.length) throw new Error(`no timer for ${ms} ms; pending: ${[...pending.values()].map((timer) => timer.ms).join(', ')}`);
      for (const [id, timer] of due) {
        pending.delete(id);
        timer.run();
      }
      await settle();
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

const settle = async () => {
  for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
};

describe('LazyCode', () => {
  it('loads the code once for every caller, and keeps it', async () => {
    let imports = 0;
    const lazy = new LazyCode('<test-widget>: its result page', async () => {
      imports += 1;
      return { page: 'result' };
    });
    expect(lazy.code).to.equal(undefined);
    expect(lazy.state).to.equal('idle');
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).to.deep.equal({ page: 'result' });
    expect(second).to.equal(first);
    expect(lazy.code).to.equal(first);
    expect(lazy.state).to.equal('loaded');
    expect(await lazy.load()).to.equal(first);
    expect(await lazy.retry()).to.equal(first);
    expect(imports).to.equal(1);
  });

  it('tries a failed load again after 1, 3 and 9 seconds, then warns once and stays failed until retry()', async () => {
    const warnings = collectWarnings();
    const timers = holdTimers();
    try {
      let imports = 0;
      let online = false;
      const lazy = new LazyCode('<test-widget>: its result page', async () => {
        imports += 1;
        if (!online) throw new Error('the network is down');
        return { page: 'result' };
      });
      const states: string[] = [];
      const loading = lazy.load(() => states.push(lazy.state));
      await settle();
      expect(imports).to.equal(1);
      for (const [index, ms] of RETRY_AFTER_MS.entries()) {
        expect(timers.delays(), `waiting ${ms} ms before try ${index + 2}`).to.include(ms);
        await timers.run(ms);
        expect(imports).to.equal(index + 2);
      }
      expect(await loading).to.equal(undefined);
      expect(lazy.state).to.equal('failed');
      expect(states, 'slow a second in, failed after the last try').to.deep.equal(['slow', 'failed']);
      expect(warnings.messages).to.deep.equal(['<test-widget>: its result page could not be loaded: Error: the network is down']);
      expect(timers.delays(), 'no timer left running').to.deep.equal([]);

      // Failed stays failed: more loads ask for nothing.
      expect(await lazy.load()).to.equal(undefined);
      expect(imports).to.equal(4);

      // "Try again": a new round, which the changed callback follows to the end.
      online = true;
      const again = await lazy.retry(() => states.push(lazy.state));
      expect(again).to.deep.equal({ page: 'result' });
      expect(lazy.state).to.equal('loaded');
      expect(states).to.deep.equal(['slow', 'failed', 'loading', 'loaded']);
      expect(imports).to.equal(5);
    } finally {
      timers.restore();
      warnings.restore();
    }
  });

  it('is slow after a second still loading, and tells each waiter once per change', async () => {
    const timers = holdTimers();
    try {
      let arrive!: (code: string) => void;
      const lazy = new LazyCode('<test-widget>: its cards', () => new Promise<string>((resolve) => (arrive = resolve)));
      let told = 0;
      const changed = () => (told += 1);
      const loading = lazy.load(changed);
      void lazy.load(changed);
      expect(lazy.state).to.equal('loading');
      await timers.run(SLOW_AFTER_MS);
      expect(lazy.state).to.equal('slow');
      expect(told, 'one waiter, told once').to.equal(1);
      arrive('cards');
      expect(await loading).to.equal('cards');
      expect(lazy.state).to.equal('loaded');
      expect(told).to.equal(2);
    } finally {
      timers.restore();
    }
  });
});
