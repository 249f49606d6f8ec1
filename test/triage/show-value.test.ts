import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/content/deep-freeze.js';
import { showValue } from '../../src/triage/show-value.js';

const x = (count: number) => 'x'.repeat(count);

describe('a value shown in a message', () => {
  it('shows a text of up to 80 characters whole, and cuts a longer one, giving its length', () => {
    expect(showValue(x(80))).to.equal(`"${x(80)}"`);
    expect(showValue(x(81))).to.equal(`"${x(80)}"… (81 characters)`);
  });

  it('shows an object as JSON when it is 80 characters or fewer, and cuts it after 80', () => {
    expect(showValue([x(76)])).to.equal(`["${x(76)}"]`);
    expect(showValue([x(77)])).to.equal(`["${x(77)}"… (81 characters)`);
  });

  it('cuts a long text inside an object before writing it out, so the length given is of the cut text', () => {
    // '{"note":"' + 80 x + '"}' is 91 characters; the first 80 are shown.
    expect(showValue({ note: x(10_000) })).to.equal(`{"note":"${x(71)}… (91 characters)`);
  });

  it('writes out an object of up to 50 parts, and names a bigger one by its type', () => {
    // The array itself is one part: 49 items make 50.
    expect(showValue(Array(49).fill(1))).to.equal(`[${'1,'.repeat(39)}1… (99 characters)`);
    expect(showValue(Array(50).fill(1))).to.equal('[object Array]');
  });

  it('shows what a getter or trap threw by its name and message', () => {
    expect(showValue(new TypeError('get trap'))).to.equal('TypeError: get trap');
    expect(showValue(new Error(x(100)))).to.equal(`Error: ${x(73)}… (107 characters)`);
  });

  it('shows values JSON cannot write, and never throws', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(showValue(undefined)).to.equal('undefined');
    expect(showValue(Symbol('fever'))).to.equal('Symbol(fever)');
    expect(showValue(Symbol(x(100)))).to.equal(`Symbol(${x(73)}… (108 characters)`);
    expect(showValue(10n)).to.equal('[object BigInt]');
    expect(showValue(loop)).to.equal('[object Object]');
    // Even Object.prototype.toString throws for a revoked Proxy.
    expect(showValue(revoked)).to.equal('[object]');
  });
});

describe('deep freezing', () => {
  it('freezes every object and array in a tree and returns the tree', () => {
    const tree = { rules: [{ when: { anyOf: ['yes'] } }], note: 'text', count: 1, none: null };
    expect(deepFreeze(tree)).to.equal(tree);
    for (const part of [tree, tree.rules, tree.rules[0], tree.rules[0].when, tree.rules[0].when.anyOf]) {
      expect(Object.isFrozen(part)).to.equal(true);
    }
  });

  it('returns text, numbers and null as they are', () => {
    expect(deepFreeze('text')).to.equal('text');
    expect(deepFreeze(1)).to.equal(1);
    expect(deepFreeze(null)).to.equal(null);
  });

  it('freezes a tree that refers back to itself', () => {
    const loop: Record<string, unknown> = { inner: {} };
    loop.self = loop;
    deepFreeze(loop);
    expect(Object.isFrozen(loop.inner)).to.equal(true);
  });
});
