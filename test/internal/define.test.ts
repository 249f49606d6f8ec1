import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/version.js';
import { WidgetElement } from '../../src/internal/widget-element.js';
import { collectWarnings } from '../helpers/warnings.js';

class FirstCopy extends WidgetElement {}
class SameVersionCopy extends WidgetElement {}
class OtherVersionCopy extends WidgetElement {
  static override version = '99.0.0';
}

describe('defineElement', () => {
  it('registers an element that is not defined yet', () => {
    defineElement('test-define-fresh', FirstCopy);
    expect(customElements.get('test-define-fresh')).to.equal(FirstCopy);
    expect(FirstCopy.version).to.equal(VERSION);
  });

  it('stays silent when the same version is already defined, and keeps the first class', () => {
    const warnings = collectWarnings();
    try {
      defineElement('test-define-fresh', FirstCopy);
      defineElement('test-define-fresh', SameVersionCopy);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(customElements.get('test-define-fresh')).to.equal(FirstCopy);
  });

  it('warns once, naming both versions, when another version is defined, and never throws', () => {
    const warnings = collectWarnings();
    try {
      defineElement('test-define-fresh', OtherVersionCopy);
      defineElement('test-define-fresh', OtherVersionCopy);
      defineElement('test-define-other-tag', class extends WidgetElement {});
      defineElement('test-define-other-tag', OtherVersionCopy);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(VERSION).and.contain('99.0.0');
    expect(customElements.get('test-define-fresh')).to.equal(FirstCopy);
  });

  it('warns instead of throwing for a tag the browser refuses', () => {
    const warnings = collectWarnings();
    try {
      expect(() => defineElement('NotAValidTag', class extends WidgetElement {})).not.to.throw();
      // One class cannot be registered under two tags, and this one was registered without us.
      class RegisteredElsewhere extends WidgetElement {}
      customElements.define('test-define-elsewhere', RegisteredElsewhere);
      expect(() => defineElement('test-define-second-name', RegisteredElsewhere)).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('<NotAValidTag>');
  });

  it('registers a class of ours that already has another name (the host renamed it first) under the tag too, as a subclass', () => {
    class Renamed extends WidgetElement {}
    const warnings = collectWarnings();
    try {
      Renamed.define('test-define-host-name');
      expect(defineElement('test-define-usual-name', Renamed)).to.equal(true);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
    expect(customElements.get('test-define-host-name')).to.equal(Renamed);
    expect(customElements.get('test-define-usual-name')!.prototype).to.be.instanceOf(Renamed);
  });
});
