import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { WidgetElement } from '../../src/internal/widget-element.js';
import { enWarningSignUi } from '../../src/content/locales/en-ui.js';
import { collectWarnings } from '../helpers/warnings.js';

class TestWidget extends WidgetElement {
  static override englishText = { locale: 'en', ui: enWarningSignUi };

  report(field: string, value: unknown) {
    this.warnInvalid(field, value, ['a', 'b']);
  }

  fire() {
    return this.emit('exercise-timer-change', {
      exercise: 'bird-dog',
      change: 'pause',
      phase: 'paused',
      round: 1,
      side: 0,
      set: 1,
      secondsLeft: 3,
    });
  }

  protected override render() {
    return html`<p>${this.ui('call-emergency', { number: this.emergencyNumber ?? '?' })}</p>`;
  }
}
defineElement('test-widget', TestWidget);

/** A widget that renders another of ours, as the triage renders its banner. */
class TestHolder extends WidgetElement {
  protected override render() {
    return html`<test-widget></test-widget>`;
  }
}
defineElement('test-holder', TestHolder);

/** Lets every microtask queued so far run, without leaving the current task. */
const microtasks = async (count = 20) => {
  for (let i = 0; i < count; i += 1) await Promise.resolve();
};

describe('WidgetElement', () => {
  it('warns once per element, field and value, naming the tag, the field and the valid values', async () => {
    const first = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const second = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    const warnings = collectWarnings();
    try {
      first.report('mode', 'x');
      first.report('mode', 'x');
      first.report('mode', 'y');
      first.report('size', 'x');
      second.report('mode', 'x');
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      first.report('mode', cyclic);
      first.report('mode', Symbol('s'));
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(6);
    expect(warnings.messages[0]).to.contain('<test-widget>').and.contain('mode').and.contain('"x"');
    expect(warnings.messages[0]).to.contain('"a", "b"');
  });

  it('emits events that bubble out of shadow roots', async () => {
    const outer = fixtureSync<HTMLElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const widget = document.createElement('test-widget') as TestWidget;
    shadow.append(widget);
    const heard = oneEvent(outer, 'exercise-timer-change');
    widget.fire();
    const event = await heard;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail.secondsLeft).to.equal(3);
  });

  it('renders English with no provider and no lang', async () => {
    const widget = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    expect(widget.strings.locale).to.equal('en');
    expect(widget.shadowRoot!.textContent).to.contain('Call');
  });

  it('renders on the host page in a task after the one that added it, so a slow phone can paint in between', async () => {
    const widget = document.createElement('test-widget') as TestWidget;
    document.body.append(widget);
    try {
      await microtasks();
      expect(widget.hasUpdated, 'rendered in the task that added it').to.equal(false);
      await widget.updateComplete;
      expect(widget.shadowRoot!.textContent).to.contain('Call');
    } finally {
      widget.remove();
    }
  });

  it('renders a widget that another of ours renders in a task of its own too, and is complete once it has', async () => {
    const holder = document.createElement('test-holder') as TestHolder;
    document.body.append(holder);
    try {
      // The holder's shadow root is there from connection; its render fills it.
      const inner = await new Promise<TestWidget>((found) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          found(holder.shadowRoot!.querySelector<TestWidget>('test-widget')!);
        });
        observer.observe(holder.shadowRoot!, { childList: true, subtree: true });
      });
      await microtasks();
      expect(inner.hasUpdated, 'rendered in the task of the holder').to.equal(false);
      await holder.updateComplete;
      expect(inner.hasUpdated).to.equal(true);
      expect(inner.shadowRoot!.textContent).to.contain('Call');
    } finally {
      holder.remove();
    }
  });
});
