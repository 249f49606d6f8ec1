import { expect } from '@open-wc/testing';

interface FrameState {
  question: string | null;
  urgency: string | null;
  errors: string[];
}

// sandboxed.html in a frame with only allow-scripts: an opaque origin where the browser blocks every form
// submission before its submit event fires. test/embed/pages/sandbox-driver.js acts inside it.
describe('the triage in a frame sandboxed with only allow-scripts', () => {
  let frame: HTMLIFrameElement;
  let sent = 0;

  function send(command: string, args: Record<string, string> = {}): Promise<FrameState> {
    const id = (sent += 1);
    return new Promise((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || event.data?.id !== id) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data as FrameState);
      };
      window.addEventListener('message', onMessage);
      frame.contentWindow!.postMessage({ id, command, ...args }, '*');
    });
  }

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.style.cssText = 'inline-size:800px;block-size:600px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/embed/pages/sandboxed.html';
    document.body.append(frame);
    await loaded;
  });

  afterEach(() => frame.remove());

  it('is really sandboxed: the test cannot reach into the frame', () => {
    expect(frame.contentDocument).to.equal(null);
  });

  it('moves on with Continue, and shows the emergency result after "yes" to an emergency sign', async () => {
    expect((await send('ready')).question).to.equal('bladder-bowel');
    expect((await send('click', { option: 'no' })).question).to.equal('saddle-numbness');
    const state = await send('click', { option: 'yes' });
    expect(state.question).to.equal(null);
    expect(state.urgency).to.equal('emergency');
    expect(state.errors).to.deep.equal([]);
  });

  it('moves on with Enter on a chosen option', async () => {
    await send('ready');
    expect((await send('enter', { option: 'no' })).question).to.equal('saddle-numbness');
  });
});
