import { expect, fixture, html } from '@open-wc/testing';
import { exercises, type ExerciseId } from '../../../src/content/index.js';
import '../../../src/define/exercise-card.js';
import type { ExerciseCard } from '../../../src/components/exercise-card/exercise-card.js';
import { useWidth } from '../../helpers/layout.js';

/** How tall each card's drawing was at 375 px before the drawings were redone (e5fd4a4, start and end in one strip). */
const BEFORE: Record<ExerciseId, number> = {
  'knee-to-chest': 46,
  'pelvic-tilt': 44,
  'bird-dog': 65,
  plank: 46,
  'hip-flexor-stretch': 104,
  'hamstring-stretch': 76,
};
/** A phone screen's height: Start must be within two of them. */
const SCREEN = 800;

const root = (card: ExerciseCard) => card.shadowRoot!;
const box = (element: Element) => element.getBoundingClientRect();
const drawings = (card: ExerciseCard) => [...root(card).querySelectorAll('svg[part="illustration"]')];
const startButton = (card: ExerciseCard) => root(card).querySelector<HTMLButtonElement>('[part~="start-button"]')!;

/** A card with room below it to scroll, at a width; the sound and vibration choices join after the first render. */
async function cardAt(exercise: string, width: number, compact = false): Promise<ExerciseCard> {
  const page = await fixture<HTMLElement>(
    html`<div><exercise-card exercise=${exercise} ?compact=${compact}></exercise-card><div style="block-size: 200vh"></div></div>`,
  );
  const card = page.querySelector('exercise-card')!;
  await card.updateComplete;
  await card.updateComplete;
  await useWidth(card, width);
  return card;
}

/** Text at 200%, as a larger root font size (what browser text zoom changes). */
async function withLargeText(task: () => Promise<void> | void): Promise<void> {
  document.documentElement.style.fontSize = '200%';
  try {
    await task();
  } finally {
    document.documentElement.style.fontSize = '';
  }
}

function expectTargetsAtLeast44(card: ExerciseCard, where: string) {
  const targets = [...root(card).querySelectorAll('button, input, summary, a')].filter((target) => target.checkVisibility());
  expect(targets.length, where).to.be.at.least(2);
  for (const target of targets) {
    const { width, height } = box(target);
    const name = `${where}: ${target.localName} "${target.textContent!.trim() || target.getAttribute('name')}"`;
    expect(width, `${name} is ${width.toFixed(0)} px wide`).to.be.at.least(44);
    expect(height, `${name} is ${height.toFixed(0)} px tall`).to.be.at.least(44);
  }
}

describe('<exercise-card> drawings on a phone', () => {
  for (const { id } of exercises) {
    it(`${id}: each drawing is at least twice as tall as before at 375 px, and twice as large with 200% text`, async () => {
      const card = await cardAt(id, 375);
      const [start, end] = drawings(card);
      for (const drawing of [start, end]) {
        expect(box(drawing).height, id).to.be.at.least(2 * BEFORE[id as ExerciseId]);
        expect(box(drawing).right, `${id} fits the card`).to.be.at.most(box(card).right);
      }
      // Where the width does not limit it, the drawing grows with the text.
      await useWidth(card, 1280);
      const normal = box(start).height;
      await withLargeText(() => {
        const ratio = box(start).height / normal;
        expect(ratio, `${id} grows ${ratio.toFixed(2)} times`).to.be.within(1.9, 2.1);
      });
    });
  }
});

describe('<exercise-card> targets and the timer', () => {
  it('makes every button, checkbox and disclosure at least 44 by 44 px, at 320 and 375 px, with 200% text, ready and counting', async () => {
    for (const compact of [false, true]) {
      for (const width of [320, 375]) {
        const card = await cardAt('bird-dog', width, compact);
        // Where the browser can beep or vibrate, the choices are on the card and are measured too.
        const cues = root(card).querySelectorAll('.cues input:not([hidden] *)').length;
        expect(cues > 0, 'cue choices shown').to.equal(typeof AudioContext === 'function' || 'vibrate' in navigator);
        const where = `${compact ? 'compact' : 'full'} at ${width} px`;
        expectTargetsAtLeast44(card, where);
        await withLargeText(() => expectTargetsAtLeast44(card, `${where}, 200% text`));
        startButton(card).click();
        await card.updateComplete;
        expectTargetsAtLeast44(card, `${where}, counting`);
        await withLargeText(() => expectTargetsAtLeast44(card, `${where}, counting, 200% text`));
        card.remove();
      }
    }
  });

  it('puts Start within the first two screens of a 375 x 800 phone with 200% text, for every exercise', async () => {
    for (const { id } of exercises) {
      const card = await cardAt(id, 375);
      await withLargeText(() => {
        const fromTop = box(startButton(card)).bottom - box(card).top;
        expect(fromTop, `${id}: Start ends ${fromTop.toFixed(0)} px down`).to.be.at.most(2 * SCREEN);
      });
    }
  });

  for (const large of [false, true]) {
    it(`keeps the counting timer in view, with large digits and Pause, when the person scrolls to the steps${large ? ', 200% text' : ''}`, async () => {
      const card = await cardAt('hip-flexor-stretch', 375);
      await withLargeText(async () => {
        if (!large) document.documentElement.style.fontSize = '';
        startButton(card).click();
        await card.updateComplete;
        root(card).querySelector('[part="steps"]')!.scrollIntoView();
        // The drawing, just above the timer, has scrolled out of view: the timer stays.
        expect(box(root(card).querySelector('.illustration')!).bottom).to.be.below(0);
        const panel = box(root(card).querySelector('[part="timer-panel"]')!);
        expect(panel.top, 'timer top').to.be.at.least(-1);
        expect(panel.bottom, 'timer bottom').to.be.at.most(innerHeight + 1);
        const pause = box(startButton(card));
        expect(pause.top >= panel.top && pause.bottom <= panel.bottom, 'Pause in the panel').to.equal(true);
        const digits = root(card).querySelector('[part="timer-count"]')!;
        expect(parseFloat(getComputedStyle(digits).fontSize), 'digit size').to.be.at.least(64);
        // Paused, it goes back to its place in the card.
        startButton(card).click();
        await card.updateComplete;
        expect(box(root(card).querySelector('[part="timer-panel"]')!).bottom).to.be.below(0);
      });
      window.scrollTo(0, 0);
      card.remove();
    });
  }
});
