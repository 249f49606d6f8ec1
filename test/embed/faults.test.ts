import { expect, waitUntil } from '@open-wc/testing';
import { en, redFlagRules } from '../../src/content/index.js';
import { nextQuestion } from '../../src/triage/index.js';
import { calmOption, choose, closePages, openPage, part, triageIn, type HostPage } from './host-page.js';

// The triage through the loader when what it loads after its first question fails: the test server (see
// failChunks in test/embed/web-test-runner.config.mjs) fails every chunk but those of the triage's first load.

const KINDS = ['404', '500', 'reset', 'hold', 'offline'] as const;
type Fault = (typeof KINDS)[number];

/** Each answer that is an emergency on its own: the question and the option that raises it. */
const emergencyAnswers = redFlagRules.flatMap((rule) =>
  rule.urgencyAlone === 'emergency' && 'question' in rule.when ? [{ question: rule.when.question, option: rule.when.anyOf[0] }] : [],
);

/** Sets the fault, then opens the page with bundles no other page has loaded (so every chunk is fetched). */
async function openFaultyPage(fault: Fault): Promise<HostPage> {
  const preload: Record<string, string[]> = await (await fetch('/dist/cdn/preload.json')).json();
  const firstLoad = preload['back-pain-triage'].filter((file) => file.startsWith('chunks/'));
  await fetch(`/fault?kind=${fault}&${firstLoad.map((file) => `spare=${encodeURIComponent(file)}`).join('&')}`);
  const page = await openPage(`loader-triage.html?copy=${fault}-${Math.random().toString(36).slice(2)}`);
  await waitUntil(() => triageIn(page).shadowRoot?.querySelector('form'), 'the first question shows', { timeout: 5000 });
  return page;
}

/** How often each chunk was asked for since the fault was set. */
const requestCounts = async (): Promise<Record<string, number>> => (await fetch('/fault-counts')).json();

/** A timer of the host page's own: it keeps ticking unless something blocks the page. */
function hostTimer(page: HostPage): () => number {
  let ticks = 0;
  page.win.setInterval(() => (ticks += 1), 50);
  return () => ticks;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shadowText = (page: HostPage) => triageIn(page).shadowRoot!.textContent!.replace(/\s+/g, ' ');

/**
 * Answers as a person would, calm answers until `until` (or the result), then the option given for it. It never
 * waits for the triage's updateComplete, which waits for the result details' code.
 */
async function walk(page: HostPage, until?: { question: string; option: string }): Promise<void> {
  const triage = triageIn(page);
  // A page of signs takes one answer for all of them ("None of these"): what the triage holds says where it is.
  for (let question = nextQuestion(triage.answers); question && !triage.result; question = nextQuestion(triage.answers)) {
    choose(triage, question.id === until?.question ? until.option : calmOption(question));
    await pause(0);
    if (question.id === until?.question) return;
  }
}

describe('the triage when the files it loads after its first question fail', () => {
  afterEach(async () => {
    await fetch('/fault?kind=none');
    closePages();
  });

  for (const fault of KINDS) {
    describe(`(${fault})`, () => {
      it('gives the advice and the call for each emergency answer at once, keeps the page running, and asks for no file more than a few times', async () => {
        const page = await openFaultyPage(fault);
        const ticks = hostTimer(page);
        const triage = triageIn(page);
        for (const emergency of emergencyAnswers) {
          await walk(page, emergency);
          // Within 3 s the emergency result is on screen: what to do, with the call.
          await waitUntil(
            () => triage.result?.urgency === 'emergency' && triage.shadowRoot!.querySelector('[part~="urgency"]')?.textContent?.includes(en.urgency.emergency.whatToDo),
            `${emergency.question}: the emergency result`,
            { timeout: 3000 },
          );
          expect(part<HTMLAnchorElement>(triage, 'call').getAttribute('href'), emergency.question).to.equal('tel:999');
          part(triage, 'start-again').click();
          await triage.updateComplete;
        }
        const before = ticks();
        await pause(500);
        expect(ticks() - before, 'the host timer ticks').to.be.at.least(4);
        const counts = await requestCounts();
        expect(Object.keys(counts), 'the later files were asked for').to.include('chunks/result.js');
        // At most 4 tries; the browsers' own network code repeats a request whose connection was reset (Chromium once,
        // Firefox up to about 5 times), which no page can stop.
        for (const [file, count] of Object.entries(counts)) expect(count, file).to.be.at.most(20);
        expect(page.probe.errors).to.deep.equal([]);
      });

      it('shows a calm result at once and says the rest is loading; once the fault ends, the rest comes', async () => {
        const page = await openFaultyPage(fault);
        await walk(page);
        const triage = triageIn(page);
        const urgency = triage.result!.urgency;
        expect(part(triage, 'urgency').textContent).to.contain(en.urgency[urgency].whatToDo);
        expect(part(triage, 'urgency').textContent).to.contain(en.urgency[urgency].howSoon);
        await waitUntil(() => shadowText(page).includes(en.ui['details-loading']), 'says the rest is loading', { timeout: 2500 });
        expect(triage.shadowRoot!.querySelector('[part~="factors"]')).to.equal(null);
        // A file that answered 404 or 500 stays failed in the page's module map: only a reload fetches it again.
        if (fault === '404' || fault === '500') return;

        await fetch('/fault-end');
        // The next try comes at most 9 s after the last. Firefox keeps a module whose connection failed as failed for
        // the page's life (as every engine does after a 404 or 500): it gets the message and "Try again" instead.
        const settledAfter = () => triage.shadowRoot!.querySelector('[part~="factors"], [part~="try-again"]');
        await waitUntil(settledAfter, 'the details, or the message, once the fault ends', { timeout: 15000 });
        expect(shadowText(page)).to.not.contain(en.ui['details-loading']);
        expect(page.probe.errors).to.deep.equal([]);
      });
    });
  }

  it('after every try has failed, says so with "Try again", which brings the rest once the network is back', async () => {
    const page = await openFaultyPage('offline');
    await walk(page);
    const triage = triageIn(page);
    // Tries at 0, 1, 4 and 13 s after the first question.
    await waitUntil(() => triage.shadowRoot!.querySelector('[part~="try-again"]'), 'Try again', { timeout: 16000, interval: 250 });
    expect(shadowText(page)).to.contain(en.ui['details-not-loaded']);
    expect(part(triage, 'urgency').textContent, 'what to do stays').to.contain(en.urgency[triage.result!.urgency].whatToDo);
    // The first try and three more, each of which the browser's network code may repeat on a reset (see above).
    expect((await requestCounts())['chunks/result.js'], 'tries').to.be.within(1, 20);
    const triesBefore = (await requestCounts())['chunks/result.js'];
    expect(page.probe.warnings.join('\n')).to.contain('<back-pain-triage>: the result details could not be loaded');

    await fetch('/fault-end');
    // Two clicks while it loads count as one.
    part(triage, 'try-again').click();
    part(triage, 'try-again').click();
    await waitUntil(() => !triage.shadowRoot!.querySelector('[part~="try-again"]'), 'loading again');
    // Firefox keeps the failed module for the page's life: it says so again after another round of tries.
    const details = () => triage.shadowRoot!.querySelector('[part~="factors"]');
    await waitUntil(() => details() ?? triage.shadowRoot!.querySelector('[part~="try-again"]'), 'the details', { timeout: 15000 });
    expect((await requestCounts())['chunks/result.js'] - triesBefore, 'one round at most').to.be.at.most(details() ? 2 : 20);
    expect(page.probe.errors).to.deep.equal([]);
  });
});

// The documented fallback (stories/docs/reliability.mdx): text inside the tag, for when the script never runs.
describe('the fallback inside the tag', () => {
  afterEach(closePages);

  it('shows while the script has not run, with the reserve-space CSS, and gives way once the check upgrades', async () => {
    const missing = await openPage('fallback.html');
    await pause(300);
    const fallback = missing.doc.querySelector<HTMLElement>('#fallback')!;
    expect(missing.win.customElements.get('back-pain-triage')).to.equal(undefined);
    expect(missing.win.getComputedStyle(fallback).visibility).to.equal('visible');
    expect(fallback.getBoundingClientRect().height, 'the fallback takes room on the page').to.be.greaterThan(0);
    expect(missing.doc.querySelector('back-pain-triage')!.getBoundingClientRect().height, 'within the reserved space').to.be.at.least(28.5 * 16);

    const loaded = await openPage(`fallback.html?script=${encodeURIComponent('/dist/cdn/back-pain-widgets-loader.js')}`);
    await loaded.win.customElements.whenDefined('back-pain-triage');
    const triage = triageIn(loaded);
    await triage.updateComplete;
    expect(loaded.doc.querySelector('#fallback')!.getBoundingClientRect().height, 'hidden by the check').to.equal(0);
    expect(triage.shadowRoot!.querySelector('form')).to.not.equal(null);
    expect(loaded.probe.errors).to.deep.equal([]);
  });
});
