// Issue 21, findings 6-10: a host's mistakes (a translation with gaps, empty override text, a wrong emergency
// number, a triage moved out of its provider, two triages on one page or in two frames, blocked storage)
// never hide the emergency result, and each one gets a warning that says what happened.
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { en, es } from '../../../src/content/index.js';
import type { ContentStrings } from '../../../src/content/types.js';
import '../../../src/define/back-pain-provider.js';
import type { BackPainProvider } from '../../../src/components/back-pain-provider/back-pain-provider.js';
import type { BackPainTriage } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import { STORAGE_PREFIX } from '../../../src/components/back-pain-triage/saved-answers-controller.js';
import { registerLocale } from '../../../src/internal/locale.js';
import { expectAccessible } from '../../helpers/axe.js';
import { withWarnings } from '../../helpers/warnings.js';
import { answer, calmOption, completeTriage, shadowOf, shownQuestion, stepHeading } from './helpers.js';

/** The emergency result's call: its `tel:` address (null when it is plain text) and its words. */
function call(el: BackPainTriage): { href: string | null; label: string } {
  const found = shadowOf(el).querySelector('[part~="call"]');
  if (!found) throw new Error('no call on the page');
  return { href: found.getAttribute('href'), label: found.textContent!.trim() };
}

const whatToDo = (el: BackPainTriage) => shadowOf(el).querySelector('.what-to-do')!.textContent!.trim();

/** Records errors that reach the page (a TypeError in a render surfaces here, not in the test). */
function collectErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

async function settled(...elements: HTMLElement[]): Promise<void> {
  for (const element of elements) await (element as BackPainTriage).updateComplete;
}

/** A copy of a translation with the keys at these dotted paths taken out. */
function without(strings: ContentStrings, locale: string, ...paths: string[]): ContentStrings {
  const copy = structuredClone(strings) as unknown as Record<string, Record<string, unknown>>;
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let node: Record<string, unknown> = copy;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    delete node[last];
  }
  return { ...(copy as unknown as ContentStrings), locale };
}

describe('<back-pain-triage> with a translation that has gaps', () => {
  it('shows the emergency result in English where the locale lacks it, with one warning per missing key', async () => {
    registerLocale(without(es, 'fr', 'urgency.emergency', 'questions.bladder-bowel.text', 'ui.call-emergency'));
    const errors = collectErrors();
    await withWarnings(async (warnings) => {
      const el = await fixture<BackPainTriage>(html`<back-pain-triage skip-start lang="fr-FR"></back-pain-triage>`);
      expect(stepHeading(el).textContent).to.contain(en.questions['bladder-bowel'].text);
      // The rest of the question is the translation's own.
      expect(shadowOf(el).textContent).to.contain(es.questions['bladder-bowel'].options.yes);
      await answer(el, 'yes');
      expect(shownQuestion(el)).to.equal(null);
      expect(stepHeading(el).textContent!.trim()).to.equal(en.urgency.emergency.headline);
      expect(whatToDo(el)).to.equal(en.urgency.emergency.whatToDo);
      expect(call(el)).to.deep.equal({ href: 'tel:112', label: 'Call 112 now' });
      // Other text stays in the translation.
      expect(shadowOf(el).textContent).to.contain(es.ui['how-soon']);
      await expectAccessible(el);

      const gaps = warnings.messages.filter((message) => message.includes('locale "fr"'));
      expect(gaps).to.have.length(3);
      for (const key of ['urgency.emergency', 'questions.bladder-bowel.text', 'ui.call-emergency']) {
        expect(gaps.filter((message) => message.includes(`no text for ${key};`)), key).to.have.length(1);
      }
      // Each names the element that met the gap first: the triage, or the banner inside it.
      for (const message of gaps) expect(message).to.match(/^<(back-pain-triage|red-flag-banner)>: locale "fr" has no text for /);

      // A second triage in the same locale adds no warning.
      const again = await fixture<BackPainTriage>(html`<back-pain-triage skip-start lang="fr"></back-pain-triage>`);
      await answer(again, 'yes');
      expect(warnings.messages.filter((message) => message.includes('locale "fr"'))).to.have.length(3);
    });
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
  });

  it('never throws for a translation with whole sections missing, empty or of the wrong type', async () => {
    const broken = {
      ...without(es, 'de', 'urgency', 'pages'),
      questions: null,
      redFlags: 'none',
      ui: { ...es.ui, 'call-emergency': '', 'how-soon': 42 },
    } as unknown as ContentStrings;
    registerLocale(broken);
    const errors = collectErrors();
    await withWarnings(async (warnings) => {
      const el = await fixture<BackPainTriage>(html`<back-pain-triage skip-start lang="de-DE"></back-pain-triage>`);
      await answer(el, 'yes');
      expect(stepHeading(el).textContent!.trim()).to.equal(en.urgency.emergency.headline);
      expect(call(el)).to.deep.equal({ href: 'tel:112', label: 'Call 112 now' });
      await expectAccessible(el);
      const gaps = warnings.messages.filter((message) => message.includes('locale "de"'));
      for (const key of ['urgency', 'questions', 'redFlags', 'ui.call-emergency', 'ui.how-soon']) {
        expect(gaps.filter((message) => message.includes(`no text for ${key};`)), key).to.have.length(1);
      }
    });
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
  });

  it('warns instead of throwing when registerLocale is given something that is not a translation', async () => {
    await withWarnings((warnings) => {
      for (const value of [undefined, null, 'es', { locale: 5 }, { locale: 'not a tag!' }]) {
        expect(() => registerLocale(value as unknown as ContentStrings)).not.to.throw();
      }
      expect(warnings.messages.filter((message) => message.includes('registerLocale'))).to.have.length(5);
    });
  });
});

describe('<back-pain-triage> with host overrides', () => {
  it('never shows a call without words: an empty override keeps the English label, with a warning', async () => {
    const errors = collectErrors();
    await withWarnings(async (warnings) => {
      const provider = fixtureSync<BackPainProvider>(html`<back-pain-provider
        locale="en-GB"
        .overrides=${{ ui: { 'call-emergency': '', 'how-soon': '   ' }, urgency: { emergency: null } }}
      >
        <back-pain-triage skip-start></back-pain-triage>
      </back-pain-provider>`);
      const el = provider.querySelector('back-pain-triage')!;
      await settled(provider, el);
      await answer(el, 'yes');
      expect(call(el)).to.deep.equal({ href: 'tel:999', label: 'Call 999 now' });
      expect(stepHeading(el).textContent!.trim()).to.equal(en.urgency.emergency.headline);
      expect(shadowOf(el).textContent).to.contain(`${en.ui['how-soon']}:`);
      await expectAccessible(el);
      const ours = warnings.messages.filter((message) => message.startsWith('<back-pain-triage>: overrides'));
      expect(ours).to.have.length(3);
      expect(ours.join('\n')).to.contain('overrides ui.call-emergency ""').and.contain('overrides ui.how-soon').and.contain('overrides urgency.emergency null');
      expect(ours[0]).to.contain('text that is not empty');
    });
    errors.stop();
    expect(errors.errors).to.deep.equal([]);
  });

  it('keeps a nested provider\'s empty text out too, naming that provider', async () => {
    await withWarnings(async (warnings) => {
      const outer = fixtureSync<BackPainProvider>(html`<back-pain-provider locale="en-GB" .overrides=${{ ui: { 'call-emergency': 'Ring {number}' } }}>
        <back-pain-provider .overrides=${{ ui: { 'call-emergency': '' } }}><back-pain-triage skip-start></back-pain-triage></back-pain-provider>
      </back-pain-provider>`);
      const el = outer.querySelector('back-pain-triage')!;
      await settled(outer, outer.querySelector('back-pain-provider')!, el);
      await answer(el, 'yes');
      expect(call(el).label).to.equal('Ring 999');
      expect(warnings.messages.filter((message) => message.startsWith('<back-pain-provider>: overrides ui.call-emergency ""'))).to.have.length(1);
    });
  });
});

describe('<back-pain-triage> action-label of spaces', () => {
  it('renders no link without words: it warns and offers the copy button instead', async () => {
    await withWarnings(async (warnings) => {
      const el = await fixture<BackPainTriage>(html`<back-pain-triage skip-start action-href="https://clinic.example/book" action-label="   "></back-pain-triage>`);
      await completeTriage(el, {}, undefined, true);
      expect(el.result?.urgency).to.be.oneOf(['routine', 'self-care']);
      expect(shadowOf(el).querySelector('a[part~="action"]')).to.equal(null);
      expect(shadowOf(el).querySelector('[part~="copy"]')!.textContent!.trim()).to.equal(en.ui['copy-summary']);
      expect(warnings.messages.filter((message) => message.startsWith('<back-pain-triage>: action-label'))).to.have.length(1);
    });
  });
});

describe('<back-pain-triage> emergency number', () => {
  const wrong = ['999 112', '112 - 999', '999/112', '999,112', '112 or 999', '1-1-2', 'call 999', '9', '+', '1234567890123456', '   '];
  for (const number of wrong) {
    it(`refuses emergency-number="${number}", names the attribute and what is valid, and dials the regional number`, async () => {
      await withWarnings(async (warnings) => {
        const provider = fixtureSync<BackPainProvider>(html`<back-pain-provider locale="en-GB" emergency-number=${number}>
          <back-pain-triage skip-start></back-pain-triage>
        </back-pain-provider>`);
        const el = provider.querySelector('back-pain-triage')!;
        await settled(provider, el);
        await answer(el, 'yes');
        expect(call(el)).to.deep.equal({ href: 'tel:999', label: 'Call 999 now' });
        const ours = warnings.messages.filter((message) => message.startsWith('<back-pain-provider>: emergency-number'));
        expect(ours).to.have.length(1);
        expect(ours[0]).to.contain(JSON.stringify(number)).and.contain('one number to dial').and.contain('"112"');
      });
    });
  }

  for (const [number, dialled] of [['112', 'tel:112'], [' 999 ', 'tel:999'], ['+441632960000', 'tel:+441632960000'], ['000', 'tel:000']]) {
    it(`dials emergency-number="${number}" as ${dialled}`, async () => {
      const provider = fixtureSync<BackPainProvider>(html`<back-pain-provider locale="en-US" emergency-number=${number}>
        <back-pain-triage skip-start></back-pain-triage>
      </back-pain-provider>`);
      const el = provider.querySelector('back-pain-triage')!;
      await settled(provider, el);
      await answer(el, 'yes');
      expect(call(el).href).to.equal(dialled);
      expect(call(el).label).to.equal(`Call ${number.trim()} now`);
    });
  }

  it('passes axe on the emergency result that falls back to "your local emergency number"', async () => {
    const provider = fixtureSync<BackPainProvider>(html`<back-pain-provider locale="en" emergency-number="999 112">
      <back-pain-triage skip-start></back-pain-triage>
    </back-pain-provider>`);
    const el = provider.querySelector('back-pain-triage')!;
    await withWarnings(async () => {
      await settled(provider, el);
      await answer(el, 'yes');
    });
    expect(call(el)).to.deep.equal({ href: null, label: en.ui['call-emergency-local'] });
    await expectAccessible(el);
  });
});

describe('<back-pain-triage> moved out of its provider', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it("lets go of the provider's number and locale: outside it, en-US gives 911; back inside, the provider's again", async () => {
    document.documentElement.setAttribute('lang', 'en-US');
    const page = await fixture<HTMLDivElement>(html`<div>
      <back-pain-provider locale="en-GB" emergency-number="112"><back-pain-triage skip-start></back-pain-triage></back-pain-provider>
      <section></section>
    </div>`);
    const provider = page.querySelector('back-pain-provider')!;
    const el = page.querySelector('back-pain-triage')!;
    await settled(provider, el);
    await answer(el, 'yes');
    expect(call(el).href).to.equal('tel:112');
    expect(el.locale).to.equal('en-GB');

    page.querySelector('section')!.append(el);
    await el.updateComplete;
    expect(el.locale).to.equal('en-US');
    expect(call(el)).to.deep.equal({ href: 'tel:911', label: 'Call 911 now' });
    await expectAccessible(el);

    provider.append(el);
    await el.updateComplete;
    expect(call(el).href).to.equal('tel:112');
  });

  it("a provider moved out of another lets go of what it inherited", async () => {
    document.documentElement.setAttribute('lang', 'en-US');
    const page = await fixture<HTMLDivElement>(html`<div>
      <back-pain-provider emergency-number="112"><back-pain-provider><back-pain-triage skip-start></back-pain-triage></back-pain-provider></back-pain-provider>
    </div>`);
    const [outer, inner] = page.querySelectorAll('back-pain-provider');
    const el = page.querySelector('back-pain-triage')!;
    await settled(outer, inner, el);
    await answer(el, 'yes');
    expect(call(el).href).to.equal('tel:112');
    page.append(inner);
    await settled(inner, el);
    await el.updateComplete;
    expect(call(el).href).to.equal('tel:911');
  });
});

/**
 * Replays Back and Forward as the popstate events the browser fires for them, from the entries the
 * elements pushed (the test tab's real history is shared with other test files; see the journey tests).
 */
function recordEntries(): { entries: unknown[]; stop(): void } {
  const { pushState, replaceState } = window.history;
  const entries: unknown[] = [window.history.state];
  window.history.pushState = function (...args: Parameters<History['pushState']>) {
    entries.push(args[0]);
    return pushState.apply(this, args);
  };
  window.history.replaceState = function (...args: Parameters<History['replaceState']>) {
    entries[entries.length - 1] = args[0];
    return replaceState.apply(this, args);
  };
  return {
    entries,
    stop: () => {
      window.history.pushState = pushState;
      window.history.replaceState = replaceState;
    },
  };
}

describe('two <back-pain-triage history> on one page', () => {
  it('Back and Forward move only the triage whose step made the entry, with no ids needed', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <back-pain-triage skip-start history></back-pain-triage><back-pain-triage skip-start history></back-pain-triage>
    </div>`);
    const [first, second] = page.querySelectorAll('back-pain-triage');
    await settled(first, second);
    const steps: string[] = [];
    page.addEventListener('triage-step-change', (event) => steps.push((event.target as Element) === first ? 'first' : 'second'));
    const history = recordEntries();
    const start = shownQuestion(first)!;
    await answer(first, calmOption(start));
    const firstNext = shownQuestion(first)!;
    await answer(second, calmOption(start));
    const secondNext = shownQuestion(second)!;
    history.stop();
    // The entry each started from, then one entry per step.
    expect(history.entries).to.have.length(3);
    const goTo = async (state: unknown) => {
      window.dispatchEvent(new PopStateEvent('popstate', { state }));
      await settled(first, second);
    };
    steps.length = 0;

    await goTo(history.entries[1]); // Back: the second triage's step is undone
    expect([shownQuestion(first), shownQuestion(second)]).to.deep.equal([firstNext, start]);
    expect(steps).to.deep.equal(['second']);
    await goTo(history.entries[0]); // Back: now the first one's
    expect([shownQuestion(first), shownQuestion(second)]).to.deep.equal([start, start]);
    expect(steps).to.deep.equal(['second', 'first']);
    await goTo(history.entries[1]); // Forward
    expect([shownQuestion(first), shownQuestion(second)]).to.deep.equal([firstNext, start]);
    await goTo(history.entries[2]); // Forward
    expect([shownQuestion(first), shownQuestion(second)]).to.deep.equal([firstNext, secondNext]);
    expect(steps).to.deep.equal(['second', 'first', 'first', 'second']);
  });
});

describe('<back-pain-triage save-answers> sharing storage', () => {
  afterEach(() => sessionStorage.clear());

  /** A same-origin frame holding a triage with save-answers, loaded from the source the tests use. */
  async function frameWithTriage(id: string): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body>
      <back-pain-triage skip-start id="${id}" save-answers></back-pain-triage>
      <script type="module" src="/src/define/back-pain-triage.ts"></script></body></html>`;
    document.body.append(frame);
    await triageIn(frame);
    return frame;
  }

  /** The frame's triage once rendered; after a reload, a new one (not `before`). */
  async function triageIn(frame: HTMLIFrameElement, before?: Element): Promise<BackPainTriage> {
    let el: BackPainTriage | null = null;
    await waitUntil(
      () => {
        el = frame.contentDocument?.querySelector<BackPainTriage>('back-pain-triage:defined') ?? null;
        return el !== before && el?.hasUpdated;
      },
      'the triage in the frame renders',
      { timeout: 20000 },
    );
    await el!.updateComplete;
    return el!;
  }

  it('keeps the answers of two same-origin frames with the same id apart, and each resumes its own', async () => {
    const frames = [await frameWithTriage('clinic'), await frameWithTriage('clinic')];
    try {
      const [one, two] = [await triageIn(frames[0]), await triageIn(frames[1])];
      await answer(one, 'no');
      await answer(two, 'not-sure');
      const keys = Object.keys(sessionStorage).filter((key) => key.startsWith(`${STORAGE_PREFIX}:clinic`));
      expect(keys).to.have.length(2);
      expect(keys.map((key) => sessionStorage.getItem(key)).sort()).to.deep.equal(
        [JSON.stringify({ 'bladder-bowel': 'no' }), JSON.stringify({ 'bladder-bowel': 'not-sure' })].sort(),
      );
      // Reloaded, each frame resumes from its own answers.
      for (const frame of frames) frame.contentWindow!.location.reload();
      const [oneAgain, twoAgain] = [await triageIn(frames[0], one), await triageIn(frames[1], two)];
      expect(oneAgain.answers).to.deep.equal({ 'bladder-bowel': 'no' });
      expect(twoAgain.answers).to.deep.equal({ 'bladder-bowel': 'not-sure' });
    } finally {
      for (const frame of frames) frame.remove();
    }
  });

  it('warns when two live triages on one page would share a key, naming the id', async () => {
    await withWarnings(async (warnings) => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <back-pain-triage skip-start id="clinic" save-answers></back-pain-triage><back-pain-triage skip-start id="clinic" save-answers></back-pain-triage>
      </div>`);
      const [first, second] = page.querySelectorAll('back-pain-triage');
      await settled(first, second);
      const shared = warnings.messages.filter((message) => message.includes('overwrite each other'));
      expect(shared).to.have.length(1);
      expect(shared[0]).to.match(/^<back-pain-triage>: another <back-pain-triage> .*id "clinic"/).and.contain('its own id');
    });
  });

  it('says that sessionStorage is blocked, not that save-answers is invalid, and the check carries on', async () => {
    // Storage that refuses every use, as a browser blocking storage for the page does. (WebKit does not always
    // go through a getter put over window.sessionStorage, so the methods are what is replaced.)
    const methods = ['getItem', 'setItem', 'removeItem'] as const;
    const originals = methods.map((name) => Storage.prototype[name]);
    let tries = 0;
    for (const name of methods) {
      Storage.prototype[name] = () => {
        tries += 1;
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    }
    try {
      await withWarnings(async (warnings) => {
        const el = await fixture<BackPainTriage>(html`<back-pain-triage skip-start save-answers></back-pain-triage>`);
        await answer(el, 'yes');
        expect(call(el).label).to.match(/^Call/);
        expect(tries).to.be.greaterThan(0);
        const ours = warnings.messages.filter((message) => message.startsWith('<back-pain-triage>'));
        expect(ours).to.have.length(1);
        expect(ours[0]).to.contain('sessionStorage is blocked').and.contain('SecurityError').and.not.contain('is not valid');
        await expectAccessible(el);
      });
    } finally {
      methods.forEach((name, index) => (Storage.prototype[name] = originals[index] as never));
    }
  });
});
