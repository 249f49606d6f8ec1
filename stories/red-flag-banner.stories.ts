import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { triage } from '../src/triage/index.js';
import type { RaisedRedFlag } from '../src/triage/types.js';
import { vignettes } from '../test/triage/vignettes.data.js';
import { dark, narrow, narrowGlobals, rightToLeft, rightToLeftParameters, spanish } from './support/decorators.js';

interface RedFlagBannerArgs {
  raised: readonly RaisedRedFlag[] | undefined;
}

/** The warning signs the engine raises for a clinical vignette's answers. */
const raisedBy = (...names: string[]): readonly RaisedRedFlag[] =>
  triage(Object.assign({}, ...names.map((name) => vignettes.find((vignette) => vignette.name === name)!.answers)))
    .redFlags;

const meta = {
  title: 'red-flag-banner',
  component: 'red-flag-banner',
  args: { raised: undefined },
  argTypes: {
    raised: {
      control: 'object',
      description: 'The raised warning signs (`triage(answers).redFlags`); unset for the standalone list.',
    },
  },
  render: ({ raised }) => html`<red-flag-banner .raised=${raised}></red-flag-banner>`,
} satisfies Meta<RedFlagBannerArgs>;

export default meta;
type Story = StoryObj<RedFlagBannerArgs>;

/** Information only: every warning sign, grouped by how fast to act. */
export const Standalone: Story = {};

/** An emergency sign: announced through role="alert". */
export const TriggeredEmergency: Story = {
  args: { raised: raisedBy('new bladder problems with back pain after walking') },
};

/** An urgent sign: announced politely. */
export const TriggeredUrgent: Story = { args: { raised: raisedBy('back pain with fever and chills') } };

/** A sign that asks for a routine check. */
export const TriggeredRoutine: Story = {
  args: { raised: raisedBy('pain at night that does not ease, nothing else') },
};

/** An emergency and an urgent sign together. */
export const TriggeredEmergencyAndUrgent: Story = {
  args: {
    raised: raisedBy('new bladder problems with back pain after walking', 'back pain with fever and chills'),
  },
};

export const Dark: Story = { decorators: [dark] };

export const DarkTriggeredEmergency: Story = { ...TriggeredEmergency, decorators: [dark] };

export const RightToLeft: Story = { decorators: [rightToLeft], parameters: rightToLeftParameters };

export const Narrow320: Story = { decorators: [narrow], globals: narrowGlobals };

export const Spanish: Story = { decorators: [spanish] };

export const SpanishTriggeredEmergency: Story = { ...TriggeredEmergency, decorators: [spanish] };
