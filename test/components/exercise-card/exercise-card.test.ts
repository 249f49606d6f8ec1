import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { en, exercises } from '../../../src/content/index.js';
import '../../../src/define/exercise-card.js';
import type { ExerciseCard } from '../../../src/components/exercise-card/exercise-card.js';
import { fill } from '../../../src/triage/text.js';
import { fuzzElement } from '../../helpers/fuzz.js';
import { expectAccessibleAtAllWidths } from '../../helpers/layout.js';
import { collectWarnings } from '../../helpers/warnings.js';

const pageWarnings = collectWarnings();

const root = (card: ExerciseCard) => card.shadowRoot!;
const startButton = (card: ExerciseCard) => root(card).querySelector<HTMLButtonElement>('[part~="start-button"]')!;
const resetButton = (card: ExerciseCard) => root(card).querySelector<HTMLButtonElement>('[part~="reset-button"]')!;
const status = (card: ExerciseCard) => root(card).querySelector('[part="timer-status"]')!;
const ids = exercises.map((exercise) => exercise.id);

describe('<exercise-card>', () => {
  for (const exercise of exercises) {
    it(`shows ${exercise.id}: name, what it helps, illustration, steps, dose, versions, cautions and stop rules`, async () => {
      const card = await fixture<ExerciseCard>(html`<exercise-card exercise=${exercise.id}></exercise-card>`);
      const text = en.exercises[exercise.id];
      const shadow = root(card);
      expect(shadow.querySelector('[part="name"]')!.textContent).to.equal(text.name);
      expect(shadow.querySelector('[part="helps"]')!.textContent).to.equal(text.helps);
      const drawing = shadow.querySelector('.illustration')!;
      expect(drawing.getAttribute('role')).to.equal('img');
      expect(drawing.getAttribute('aria-label')).to.equal(text.illustrationAlt);
      expect(drawing.querySelector('title'), 'no <title>: a binding there breaks server rendering').to.equal(null);
      // One body drawn twice at one scale, start and end, with the same parts highlighted in both.
      const [start, end] = [...drawing.querySelectorAll('svg[part="illustration"]')];
      expect(start.getAttribute('viewBox')).to.equal(end.getAttribute('viewBox'));
      for (const svg of [start, end]) {
        const pose = svg.querySelector('g.pose')!;
        expect(pose.querySelectorAll('path.limb, path.torso')).to.have.length(7);
        expect(pose.querySelectorAll('circle')).to.have.length(1);
        expect(pose.querySelectorAll('path.moving')).to.have.length(exercise.illustration.moving.length);
        // The near arm is drawn last, over a leg its hand holds: its line runs shoulder, elbow, hand.
        const last = [...pose.querySelectorAll('path.limb, path.torso')].at(-1)!;
        expect(last.classList.contains('near') && last.getAttribute('d')!.split('L').length, exercise.id).to.equal(3);
      }
      expect(start.querySelector('g.pose')!.innerHTML).to.not.equal(end.querySelector('g.pose')!.innerHTML);
      // Only the end shows where a moving pelvis or trunk started.
      expect(start.querySelector('g.trace')).to.equal(null);
      const traced = exercise.illustration.moving.filter((part) => part === 'pelvis' || part === 'trunk');
      expect(end.querySelectorAll('g.trace path'), exercise.id).to.have.length(traced.length);
      expect(shadow.querySelector('[part="start-position"]')!.textContent).to.equal(text.startPosition);
      // The steps say the dose's hold, the one number the timer counts.
      const hold = fill(en.ui['timer-hold-for-other'], { count: exercise.dose.holdSeconds });
      const steps = [...shadow.querySelectorAll('ol[part="steps"] > li')].map((li) => li.textContent);
      expect(steps).to.deep.equal(text.steps.map((step) => fill(step, { hold })));
      expect(steps.filter((step) => step!.startsWith(`Hold for ${exercise.dose.holdSeconds} seconds.`))).to.have.length(1);
      const dose = shadow.querySelector('[part="dose"]')!.textContent!;
      expect(dose).to.contain(String(exercise.dose.repetitions)).and.contain(String(exercise.dose.holdSeconds));
      expect(dose.includes('on each side'), 'each side').to.equal(exercise.dose.eachSide === true);
      expect(dose).to.contain(en.ui[`frequency-${exercise.dose.frequency}`]);
      const variations = shadow.querySelector('[part="variations"]')!.textContent!;
      expect(variations).to.contain(text.easier).and.contain(text.harder);
      const stop = shadow.querySelector('[part="stop-rules"]')!.textContent!;
      text.stopRules.forEach((rule) => expect(stop).to.contain(rule));
      text.cautions.forEach((caution) => expect(shadow.textContent).to.contain(caution));
    });
  }

  it('compact keeps the name, dose, timer and stop rules visible and puts the how-to in a disclosure', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="bird-dog" compact></exercise-card>`);
    const details = root(card).querySelector<HTMLDetailsElement>('details[part="details"]')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('[part="steps"]')).to.exist;
    expect(root(card).querySelector('[part="stop-rules"]')!.closest('details')).to.equal(null);
    expect(root(card).querySelector('[part="timer-panel"]')).to.exist;
    card.compact = false;
    await card.updateComplete;
    expect(root(card).querySelector('details[part="details"]')).to.equal(null);
  });

  it('says "exercise not found" and warns with the id and the valid ids for an unknown id; never blank', async () => {
    const start = pageWarnings.messages.length;
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="back-flip"></exercise-card>`);
    const warnings = pageWarnings.messages.slice(start);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<exercise-card>').and.contain('"back-flip"');
    ids.forEach((id) => expect(warnings[0]).to.contain(id));
    expect(root(card).querySelector('[part="not-found"]')!.textContent!.trim()).to.equal(en.ui['exercise-not-found']);
    card.exercise = 'plank';
    await card.updateComplete;
    expect(root(card).querySelector('[part="name"]')!.textContent).to.equal(en.exercises.plank.name);
  });

  describe('passes axe at 320 px and 1280 px without sideways scrolling', () => {
    it('normal', async () => {
      const card = await fixture<ExerciseCard>(html`<exercise-card exercise="hip-flexor-stretch"></exercise-card>`);
      await expectAccessibleAtAllWidths(card);
    });

    it('compact, closed and open', async () => {
      const card = await fixture<ExerciseCard>(html`<exercise-card exercise="bird-dog" compact></exercise-card>`);
      await expectAccessibleAtAllWidths(card);
      root(card).querySelector('details')!.open = true;
      await expectAccessibleAtAllWidths(card);
    });

    it('timer running', async () => {
      const card = await fixture<ExerciseCard>(html`<exercise-card exercise="plank"></exercise-card>`);
      startButton(card).click();
      await card.updateComplete;
      await expectAccessibleAtAllWidths(card);
      card.remove();
    });

    it('dark theme, where the driver can emulate it', async function () {
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch {
        this.skip();
      }
      try {
        const card = await fixture<ExerciseCard>(html`<exercise-card exercise="bird-dog"></exercise-card>`);
        await expectAccessibleAtAllWidths(card);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('not found', async () => {
      const card = await fixture<ExerciseCard>(html`<exercise-card exercise="nope"></exercise-card>`);
      await expectAccessibleAtAllWidths(card);
    });
  });
});

describe('<exercise-card> hold timer', () => {
  it('starts, pauses, resumes and resets from its buttons, firing exercise-timer-change', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="bird-dog"></exercise-card>`);
    expect(card.timer.phase).to.equal('ready');
    expect(startButton(card).textContent!.trim()).to.equal(en.ui['timer-start']);

    let heard = oneEvent(card, 'exercise-timer-change');
    startButton(card).click();
    let event = await heard;
    expect(event.detail).to.include({ exercise: 'bird-dog', change: 'hold-start', phase: 'holding', set: 1 });
    expect(event.bubbles && event.composed).to.equal(true);
    await card.updateComplete;
    expect(startButton(card).textContent!.trim()).to.equal(en.ui['timer-pause']);
    expect(status(card).textContent).to.contain('Repeat 1 of 6: Right arm and left leg.').and.contain('Hold for 5 seconds.');

    heard = oneEvent(card, 'exercise-timer-change');
    startButton(card).click();
    event = await heard;
    expect(event.detail).to.include({ change: 'pause', phase: 'paused' });
    await card.updateComplete;
    expect(startButton(card).textContent!.trim()).to.equal(en.ui['timer-resume']);

    startButton(card).click();
    await card.updateComplete;
    expect(card.timer.phase).to.equal('holding');

    heard = oneEvent(card, 'exercise-timer-change');
    resetButton(card).click();
    event = await heard;
    expect(event.detail).to.include({ change: 'reset', phase: 'ready', round: 1, side: 0, set: 1 });
    await card.updateComplete;
    expect(startButton(card).textContent!.trim()).to.equal(en.ui['timer-start']);
  });

  it('announces a finished hold, a finished set and the end politely', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="pelvic-tilt"></exercise-card>`);
    const { repetitions, holdSeconds } = exercises.find((e) => e.id === 'pelvic-tilt')!.dose;
    expect(status(card).getAttribute('role')).to.equal('status');
    startButton(card).click();
    // Step the timer by hand: the test asserts what is said, not how long it takes.
    const timer = (card as unknown as { holdTimer: { tick(): void } }).holdTimer;
    for (let i = 0; i < holdSeconds; i += 1) timer.tick();
    await card.updateComplete;
    expect(status(card).textContent).to.contain(`1 of ${repetitions}`);
    expect(status(card).textContent).to.contain(en.ui['timer-relax']);
    while (card.timer.phase !== 'done') timer.tick();
    await card.updateComplete;
    expect(status(card).textContent!.trim()).to.equal(en.ui['timer-all-done']);
    expect(startButton(card).textContent!.trim()).to.equal(en.ui['timer-start']);
  });

  it('keeps focus on the button the person pressed', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="plank"></exercise-card>`);
    startButton(card).focus();
    startButton(card).click();
    await card.updateComplete;
    expect(root(card).activeElement).to.equal(startButton(card));
    card.remove();
  });

  it('stops counting while disconnected and waits, paused, after it comes back', async () => {
    const card = await fixture<ExerciseCard>(html`<exercise-card exercise="plank"></exercise-card>`);
    startButton(card).click();
    const parent = card.parentElement!;
    card.remove();
    expect(card.timer.phase).to.equal('paused');
    const left = card.timer.secondsLeft;
    parent.append(card);
    await card.updateComplete;
    expect(card.timer).to.include({ phase: 'paused', secondsLeft: left });
    expect(startButton(card).textContent!.trim()).to.equal(en.ui['timer-resume']);
  });

  it('leaves no interval running after 50 mounts and unmounts', async () => {
    const live = new Set<number>();
    const realSet = window.setInterval;
    const realClear = window.clearInterval;
    window.setInterval = ((handler: TimerHandler, timeout?: number) => {
      const id = realSet(handler, timeout);
      live.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) live.delete(id);
      realClear(id);
    }) as typeof window.clearInterval;
    try {
      let started = 0;
      for (let i = 0; i < 50; i += 1) {
        const card = document.createElement('exercise-card');
        card.exercise = ids[i % ids.length];
        document.body.append(card);
        await card.updateComplete;
        startButton(card).click();
        if (live.size > 0) started += 1;
        card.remove();
      }
      expect(started).to.equal(50);
      expect([...live]).to.deep.equal([]);
    } finally {
      window.setInterval = realSet;
      window.clearInterval = realClear;
    }
  });

  it('fades the start position while holding, without a transition when reduced motion is asked for', async function () {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip(); // Only drivers that can emulate media features run this check.
    }
    try {
      const card = await fixture<ExerciseCard>(html`<exercise-card exercise="bird-dog"></exercise-card>`);
      startButton(card).click();
      await card.updateComplete;
      const startPose = root(card).querySelector('.illustration .start svg')!;
      expect(root(card).querySelector('[part="card"]')!.classList.contains('holding')).to.equal(true);
      expect(Number(getComputedStyle(startPose).opacity)).to.be.below(1);
      expect(getComputedStyle(startPose).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(startPose).transitionDuration).to.not.equal('0s');
      card.remove();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<exercise-card> at scale and under random input', () => {
  it('renders 100 cards on one page', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div></div>`);
    for (let i = 0; i < 100; i += 1) {
      const card = document.createElement('exercise-card');
      card.exercise = ids[i % ids.length];
      card.compact = i % 2 === 0;
      wrapper.append(card);
    }
    const cards = [...wrapper.querySelectorAll('exercise-card')];
    await Promise.all(cards.map((card) => card.updateComplete));
    const names = cards.map((card) => root(card).querySelector('[part="name"]')?.textContent);
    expect(names.filter(Boolean)).to.have.length(100);
  });

  it('renders the compact card for a `compact` that cannot turn into text (found by the random test below)', async () => {
    const card = document.createElement('exercise-card') as ExerciseCard;
    card.setAttribute('exercise', 'knee-to-chest');
    document.body.append(card);
    try {
      (card as unknown as { compact: unknown }).compact = { toString: [] };
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('[part="card"]')).to.exist;
      expect(card.shadowRoot!.querySelector('[part="details"]')).to.exist;
    } finally {
      card.remove();
    }
  });

  it('never throws and always renders a card or the not-found message for random attributes and properties', async () => {
    await fuzzElement({
      tag: 'exercise-card',
      attributes: { exercise: ids, compact: [''], lang: ['en', 'es', 'xx'] },
      properties: { exercise: ids, compact: [] },
      check: (element) => {
        const card = element as ExerciseCard;
        const shadow = card.shadowRoot!;
        const found = ids.includes(card.exercise as string);
        expect(Boolean(shadow.querySelector('[part="card"]'))).to.equal(found);
        expect(Boolean(shadow.querySelector('[part="not-found"]'))).to.equal(!found);
        expect(shadow.textContent!.trim()).to.not.equal('');
      },
    });
  });

  it('logs no Lit dev-mode warnings', () => {
    expect(pageWarnings.litWarnings()).to.deep.equal([]);
  });
});
