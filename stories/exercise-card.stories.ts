import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { exercises, type ExerciseId } from '../src/content/index.js';
import { dark, narrow, narrowGlobals, rightToLeft, rightToLeftParameters, spanish } from './support/decorators.js';

interface ExerciseCardArgs {
  exercise: string;
  compact: boolean;
}

const meta = {
  title: 'exercise-card',
  component: 'exercise-card',
  args: { exercise: 'bird-dog', compact: false },
  argTypes: {
    exercise: { control: 'select', options: exercises.map((exercise) => exercise.id), description: 'The exercise id.' },
    compact: { control: 'boolean', description: 'Name, dose, timer and when to stop; the rest behind "How to do it".' },
  },
  render: ({ exercise, compact }) =>
    html`<exercise-card exercise=${exercise} ?compact=${compact}></exercise-card>`,
} satisfies Meta<ExerciseCardArgs>;

export default meta;
type Story = StoryObj<ExerciseCardArgs>;

/** Large, so a reviewer can judge the drawing: would someone who never did this exercise know what to do? */
const large: Decorator = (story) => html`<div style="--bpw-font-size: 1.5rem">${story()}</div>`;

const card = (exercise: ExerciseId): Story => ({ args: { exercise }, decorators: [large] });

// One story per exercise, drawn large: the compiler fails here when an exercise is added without one.
const byExercise = {
  'knee-to-chest': card('knee-to-chest'),
  'pelvic-tilt': card('pelvic-tilt'),
  'bird-dog': card('bird-dog'),
  plank: card('plank'),
  'hip-flexor-stretch': card('hip-flexor-stretch'),
  'hamstring-stretch': card('hamstring-stretch'),
} satisfies Record<ExerciseId, Story>;

export const KneeToChest = byExercise['knee-to-chest'];
export const PelvicTilt = byExercise['pelvic-tilt'];
export const BirdDog = byExercise['bird-dog'];
export const Plank = byExercise.plank;
export const HipFlexorStretch = byExercise['hip-flexor-stretch'];
export const HamstringStretch = byExercise['hamstring-stretch'];

export const Compact: Story = { args: { compact: true } };

/** An unknown id: the card says so, and the console lists the valid ids. */
export const NotFound: Story = { args: { exercise: 'toe-touch' } };

/**
 * Text at 200% on a 375 px phone: the drawings fill the width one above the other, Start comes right after them,
 * and while the timer counts it keeps the count, the side and Pause in view as the page scrolls.
 */
export const LargeTextOnAPhone: Story = {
  args: { exercise: 'hip-flexor-stretch' },
  decorators: [(story) => html`<div style="max-inline-size: 375px; --bpw-font-size: 2rem">${story()}</div>`],
};

/** The hold timer running after "Start": the hold position stands out, the side to move is named. */
export const TimerRunning: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('exercise-card')!;
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
    await element.updateComplete;
  },
};

export const Dark: Story = { decorators: [dark] };

export const RightToLeft: Story = { decorators: [rightToLeft], parameters: rightToLeftParameters };

export const Narrow320: Story = { args: { compact: true }, decorators: [narrow], globals: narrowGlobals };

export const Narrow320Full: Story = { decorators: [narrow], globals: narrowGlobals };

export const Spanish: Story = { decorators: [spanish] };

export const SpanishCompact: Story = { args: { compact: true }, decorators: [spanish] };

