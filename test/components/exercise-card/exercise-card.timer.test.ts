import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en, es, exercises } from '../../../src/content/index.js';
import '../../../src/define/exercise-card.js';
import '../../../src/locales/es.js';
import { PSEUDO_LOCALE, pseudoLocalize } from '../../../src/locales/pseudo.js';
import { registerLocale } from '../../../src/internal/locale.js';
import { fill } from '../../../src/triage/text.js';
import type { ExerciseCard } from '../../../src/components/exercise-card/exercise-card.js';
import type { HoldTimer } from '../../../src/components/exercise-card/hold-timer.js';
import { expectAccessibleAtAllWidths } from '../../helpers/layout.js';

const pseudo = pseudoLocalize(en);
const root = (card: ExerciseCard) => card.shadowRoot!;
const startButton = (card: ExerciseCard) => root(card).querySelector<HTMLButtonElement>('[part~="start-button"]')!;
const resetButton = (card: ExerciseCard) => root(card).querySelector<HTMLButtonElement>('[part~="reset-button"]')!;
const status = (card: ExerciseCard) => root(card).querySelector('[part="timer-status"]')!.textContent!.trim();
const count = (card: ExerciseCard) => root(card).querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim();
const dose = (card: ExerciseCard) => [...root(card).querySelectorAll('[part="dose"] li')].map((li) => li.textContent!.trim());
/** The checkbox a person can see with this label (a choice the browser cannot do is hidden). */
const checkbox = (card: ExerciseCard, label: string) =>
  [...root(card).querySelectorAll('label')]
    .find((item) => item.checkVisibility() && item.textContent!.includes(label))
    ?.querySelector('input');
/** The card's timer, stepped by hand: the tests assert what is said, not how long it takes. */
const timerOf = (card: ExerciseCard) => (card as unknown as { holdTimer: HoldTimer }).holdTimer;
const doseOf = (id: string) => exercises.find((exercise) => exercise.id === id)!.dose;

async function cardFor(exercise: string, lang = 'en') {
  return fixture<ExerciseCard>(html`<exercise-card exercise=${exercise} lang=${lang}></exercise-card>`);
}

/** Ticks until the phase changes, then lets the card render. */
async function nextPhase(card: ExerciseCard) {
  const { phase } = card.timer;
  while (card.timer.phase === phase) timerOf(card).tick();
  await card.updateComplete;
}

/** Ticks until one second is left in the current hold. */
async function toLastSecond(card: ExerciseCard) {
  while (card.timer.secondsLeft > 1) timerOf(card).tick();
  await card.updateComplete;
}

describe('<exercise-card> timer: plurals from Intl.PluralRules', () => {
  const cases = [
    { lang: 'en', ui: en.ui },
    { lang: 'es', ui: es.ui },
    { lang: PSEUDO_LOCALE, ui: pseudo.ui },
  ];
  for (const { lang, ui } of cases) {
    it(`says "1 second" and "1 set", but "5 seconds" and "2 sets", in ${lang}`, async () => {
      const one = await cardFor('pelvic-tilt', lang);
      expect(dose(one)).to.include(fill(ui['dose-sets-one'], { count: 1 }));
      expect(dose(one)).to.include(fill(ui['dose-repetitions-other'], { count: 10 }));
      startButton(one).click();
      await one.updateComplete;
      expect(count(one)).to.contain(fill(ui['timer-seconds-left-other'], { count: doseOf('pelvic-tilt').holdSeconds }));
      await toLastSecond(one);
      expect(count(one)).to.contain(fill(ui['timer-seconds-left-one'], { count: 1 }));
      resetButton(one).click();

      const many = await cardFor('bird-dog', lang);
      expect(dose(many)).to.include(fill(ui['dose-sets-other'], { count: 2 }));
      expect(dose(many)).to.include(fill(ui['dose-hold-other'], { count: 5 }));
    });
  }

  it('differ where the words differ: "1 second left" and "Queda 1 segundo"', () => {
    expect(fill(en.ui['timer-seconds-left-one'], { count: 1 })).to.equal('1 second left');
    expect(fill(es.ui['timer-seconds-left-one'], { count: 1 })).to.equal('Queda 1 segundo');
    expect(fill(es.ui['timer-seconds-left-other'], { count: 2 })).to.equal('Quedan 2 segundos');
  });

  it("uses a locale's own categories, such as Polish \"few\", and falls back to \"other\"", async () => {
    registerLocale({
      ...en,
      locale: 'pl',
      ui: { ...en.ui, 'dose-sets-few': '{count} serie', 'dose-sets-many': '{count} serii', 'dose-sets-other': '{count} serii?' },
    });
    const card = await cardFor('bird-dog', 'pl');
    expect(dose(card)).to.include('2 serie');
    expect(dose(card), '6 is "many" in Polish: no such string, so "other"').to.include('Repeat: 6 times on each side');
  });
});

describe('<exercise-card> timer: rounds and sides', () => {
  it('says "Repeat 1 of 10" during the first hold and counts each round once', async () => {
    const card = await cardFor('pelvic-tilt');
    const { repetitions } = doseOf('pelvic-tilt');
    const progress = () => root(card).querySelector('.progress')!.textContent!.trim();
    expect(progress()).to.equal(`Repeat 1 of ${repetitions}, set 1 of 1`);
    startButton(card).click();
    await card.updateComplete;
    expect(progress()).to.equal(`Repeat 1 of ${repetitions}, set 1 of 1`);
    expect(status(card)).to.equal(`Repeat 1 of ${repetitions}. Hold for 5 seconds.`);
    await nextPhase(card);
    expect(status(card)).to.equal(`Relax. Repeat 1 of ${repetitions} done.`);
    await nextPhase(card);
    expect(progress()).to.equal(`Repeat 2 of ${repetitions}, set 1 of 1`);
    expect(status(card)).to.equal(`Repeat 2 of ${repetitions}. Hold for 5 seconds.`);
    expect(root(card).querySelector('[part="timer-side"]')).to.equal(null);
    resetButton(card).click();
  });

  it('says "on each side" and alternates the sides: right arm and left leg, then left arm and right leg', async () => {
    const card = await cardFor('bird-dog');
    const [first, second] = en.exercises['bird-dog'].sides!;
    const side = () => root(card).querySelector('[part="timer-side"]')!.textContent!.trim();
    expect(dose(card)).to.include('Repeat: 6 times on each side');
    expect(side()).to.equal('Right arm and left leg');
    startButton(card).click();
    await card.updateComplete;
    const heard = [status(card)];
    expect(side()).to.equal(first);
    for (let change = 0; change < 4; change += 1) {
      await nextPhase(card);
      heard.push(status(card));
    }
    expect(heard).to.deep.equal([
      'Repeat 1 of 6: Right arm and left leg. Hold for 5 seconds.',
      'Relax. Next: Left arm and right leg.',
      'Repeat 1 of 6: Left arm and right leg. Hold for 5 seconds.',
      'Relax. Repeat 1 of 6 done.',
      'Repeat 2 of 6: Right arm and left leg. Hold for 5 seconds.',
    ]);
    expect(second).to.equal('Left arm and right leg');
    resetButton(card).click();
  });

  it('names the sides in Spanish', async () => {
    const card = await cardFor('bird-dog', 'es');
    expect(dose(card)).to.include('Repita: 6 veces de cada lado');
    startButton(card).click();
    await card.updateComplete;
    expect(status(card)).to.equal('Repetición 1 de 6: Brazo derecho y pierna izquierda. Quédese así 5 segundos.');
    resetButton(card).click();
  });

  it('announces phase changes only, not every second', async () => {
    const card = await cardFor('plank');
    startButton(card).click();
    await card.updateComplete;
    const region = root(card).querySelector('[part="timer-status"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.not.equal('assertive');
    let changes = 0;
    const observer = new MutationObserver(() => (changes += 1));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    const shown = count(card);
    timerOf(card).tick();
    timerOf(card).tick();
    await card.updateComplete;
    await Promise.resolve();
    expect(count(card), 'the visible count goes on').to.not.equal(shown);
    expect(observer.takeRecords().length + changes, 'ticks announce nothing').to.equal(0);
    await nextPhase(card);
    expect(observer.takeRecords().length + changes).to.be.above(0);
    observer.disconnect();
    resetButton(card).click();
  });
});

describe('<exercise-card> timer: sound and vibration', () => {
  const played: number[] = [];
  const vibrations: unknown[] = [];
  let contexts = 0;
  let realAudio: typeof AudioContext | undefined;
  let realVibrate: PropertyDescriptor | undefined;

  /** Enough of AudioContext to record which tones start. */
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    constructor() {
      contexts += 1;
    }
    resume = () => Promise.resolve();
    close = () => Promise.resolve();
    createGain = () => ({ gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect() {} });
    createOscillator() {
      const tone = { frequency: { value: 0 }, connect() {}, start: () => played.push(tone.frequency.value), stop() {} };
      return tone;
    }
  }

  beforeEach(() => {
    played.length = 0;
    vibrations.length = 0;
    contexts = 0;
    realAudio = window.AudioContext;
    realVibrate = Object.getOwnPropertyDescriptor(navigator, 'vibrate');
    window.AudioContext = FakeAudioContext as unknown as typeof AudioContext;
    Object.defineProperty(navigator, 'vibrate', {
      configurable: true,
      value: (pattern: unknown) => (vibrations.push(pattern), true),
    });
  });

  afterEach(() => {
    window.AudioContext = realAudio!;
    if (realVibrate) Object.defineProperty(navigator, 'vibrate', realVibrate);
    else delete (navigator as { vibrate?: unknown }).vibrate;
  });

  it('stays silent and still through holds until the person turns them on', async () => {
    const card = await cardFor('bird-dog');
    const sound = checkbox(card, en.ui['timer-sound'])!;
    const vibrate = checkbox(card, en.ui['timer-vibrate'])!;
    expect(sound.checked).to.equal(false);
    expect(vibrate.checked).to.equal(false);
    startButton(card).click();
    await nextPhase(card);
    await nextPhase(card);
    expect({ contexts, played, vibrations }).to.deep.equal({ contexts: 0, played: [], vibrations: [] });
    resetButton(card).click();
  });

  it('beeps and vibrates when a hold starts and ends once turned on, and keeps the choice for the page without storing it', async () => {
    const stored = [localStorage.length, sessionStorage.length, document.cookie];
    const card = await cardFor('plank');
    checkbox(card, en.ui['timer-sound'])!.click();
    checkbox(card, en.ui['timer-vibrate'])!.click();
    await card.updateComplete;
    expect(contexts).to.equal(1);
    startButton(card).click();
    expect(played).to.deep.equal([880]);
    expect(vibrations).to.deep.equal([200]);
    await nextPhase(card);
    expect(played).to.deep.equal([880, 660, 660]);
    expect(vibrations).to.deep.equal([200, [100, 100, 100]]);
    resetButton(card).click();

    const another = await cardFor('bird-dog');
    expect(checkbox(another, en.ui['timer-sound'])!.checked).to.equal(true);
    expect(checkbox(another, en.ui['timer-vibrate'])!.checked).to.equal(true);
    await expectAccessibleAtAllWidths(another);
    checkbox(another, en.ui['timer-sound'])!.click();
    checkbox(another, en.ui['timer-vibrate'])!.click();
    await card.updateComplete;
    expect(checkbox(card, en.ui['timer-sound'])!.checked, 'turned off everywhere on the page').to.equal(false);
    played.length = 0;
    startButton(another).click();
    expect(played).to.deep.equal([]);
    resetButton(another).click();
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(stored);
  });

  it('offers no vibration choice where the browser cannot vibrate', async () => {
    Object.defineProperty(navigator, 'vibrate', { configurable: true, value: undefined });
    const card = await cardFor('plank');
    expect(checkbox(card, en.ui['timer-vibrate'])).to.equal(undefined);
    expect(checkbox(card, en.ui['timer-sound'])).to.exist;
  });
});

describe('<exercise-card> timer: keyboard and axe', () => {
  it('starts, pauses and resets from the keyboard', async () => {
    const card = await cardFor('plank');
    startButton(card).focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(card.timer.phase).to.equal('holding');
    await sendKeys({ press: ' ' });
    await card.updateComplete;
    expect(card.timer.phase).to.equal('paused');
    await sendKeys({ press: 'Tab' });
    expect(root(card).activeElement).to.equal(resetButton(card));
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(card.timer.phase).to.equal('ready');
  });

  it('passes axe while resting between sides, after a set and when done', async () => {
    const card = await cardFor('bird-dog');
    startButton(card).click();
    await nextPhase(card);
    expect(card.timer.phase).to.equal('resting');
    await expectAccessibleAtAllWidths(card);
    const phase = () => card.timer.phase;
    while (phase() !== 'set-done') timerOf(card).tick();
    await card.updateComplete;
    await expectAccessibleAtAllWidths(card);
    startButton(card).click();
    while (phase() !== 'done') timerOf(card).tick();
    await card.updateComplete;
    await expectAccessibleAtAllWidths(card);
  });

  it('passes axe in Spanish and the pseudo-locale with the timer running', async () => {
    for (const lang of ['es', PSEUDO_LOCALE]) {
      const card = await cardFor('hip-flexor-stretch', lang);
      startButton(card).click();
      await card.updateComplete;
      await expectAccessibleAtAllWidths(card);
      resetButton(card).click();
    }
  });
});
