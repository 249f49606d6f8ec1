import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { factorRules, type FactorId } from '../src/content/index.js';
import { dark, narrow, narrowGlobals, rightToLeft, rightToLeftParameters, spanish } from './support/decorators.js';

interface FactorExplainerArgs {
  factor: string;
  'exercise-href': string | undefined;
}

const meta = {
  title: 'factor-explainer',
  component: 'factor-explainer',
  args: { factor: 'spinal-stenosis', 'exercise-href': undefined },
  argTypes: {
    factor: { control: 'select', options: factorRules.map((factor) => factor.id), description: 'The factor id.' },
    'exercise-href': {
      control: 'text',
      description: 'Turns exercise names into links; `{id}` is replaced by the exercise id.',
    },
  },
  render: ({ factor, 'exercise-href': exerciseHref }) =>
    html`<factor-explainer factor=${factor} exercise-href=${exerciseHref ?? nothing}></factor-explainer>`,
} satisfies Meta<FactorExplainerArgs>;

export default meta;
type Story = StoryObj<FactorExplainerArgs>;

const explainer = (factor: FactorId): Story => ({ args: { factor } });

// One story per factor: the compiler fails here when a factor is added without one.
const byFactor = {
  'weak-core': explainer('weak-core'),
  'tight-hip-flexors': explainer('tight-hip-flexors'),
  'tight-hamstrings': explainer('tight-hamstrings'),
  'spinal-stenosis': explainer('spinal-stenosis'),
  sciatica: explainer('sciatica'),
  'degenerative-disc': explainer('degenerative-disc'),
  gait: explainer('gait'),
  'walking-posture': explainer('walking-posture'),
  footwear: explainer('footwear'),
  'leg-circulation': explainer('leg-circulation'),
} satisfies Record<FactorId, Story>;

export const WeakCore = byFactor['weak-core'];
export const TightHipFlexors = byFactor['tight-hip-flexors'];
export const TightHamstrings = byFactor['tight-hamstrings'];
export const SpinalStenosis = byFactor['spinal-stenosis'];
export const Sciatica = byFactor.sciatica;
export const DegenerativeDisc = byFactor['degenerative-disc'];
export const Gait = byFactor.gait;
export const WalkingPosture = byFactor['walking-posture'];
export const Footwear = byFactor.footwear;
export const LegCirculation = byFactor['leg-circulation'];

/** Exercise names become links to the host's exercise pages. */
export const WithExerciseLinks: Story = { args: { 'exercise-href': '#exercise-{id}' } };

/** An unknown id: the element says so, and the console lists the valid ids. */
export const NotFound: Story = { args: { factor: 'flat-feet' } };

export const Dark: Story = { decorators: [dark] };

export const RightToLeft: Story = { decorators: [rightToLeft], parameters: rightToLeftParameters };

export const Narrow320: Story = { decorators: [narrow], globals: narrowGlobals };

export const Spanish: Story = { decorators: [spanish] };
