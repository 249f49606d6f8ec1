import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { StringOverrides } from '../src/content/index.js';
import { finishedVignette } from './support/answers.js';
import { dark, narrow, narrowGlobals, rightToLeft, rightToLeftParameters } from './support/decorators.js';

interface BackPainProviderArgs {
  locale: string | undefined;
  'emergency-number': string | undefined;
  overrides: StringOverrides | undefined;
}

const emergency = finishedVignette('new bladder problems with back pain after walking').answers;

const meta = {
  title: 'back-pain-provider',
  component: 'back-pain-provider',
  args: { locale: undefined, 'emergency-number': undefined, overrides: undefined },
  argTypes: {
    locale: { control: 'text', description: 'A BCP 47 locale such as `es` or `en-GB`.' },
    'emergency-number': { control: 'text', description: 'The number to call in an emergency, e.g. `112`.' },
    overrides: { control: 'object', description: 'Content strings to replace; nested objects merge.' },
  },
  // The provider shows nothing itself: it configures the widgets inside it.
  render: ({ locale, 'emergency-number': emergencyNumber, overrides }) =>
    html`<back-pain-provider locale=${locale ?? ''} emergency-number=${emergencyNumber ?? ''} .overrides=${overrides}>
      <back-pain-triage .answers=${emergency}></back-pain-triage>
      <exercise-card exercise="pelvic-tilt" compact></exercise-card>
    </back-pain-provider>`,
} satisfies Meta<BackPainProviderArgs>;

export default meta;
type Story = StoryObj<BackPainProviderArgs>;

/** No settings: English, and "your local emergency number". */
export const Default: Story = {};

/** Spanish, with Spain's emergency number. */
export const SpanishWith112: Story = { args: { locale: 'es', 'emergency-number': '112' } };

/** Another English locale with its own number set by the host. */
export const BritishEnglishWith999: Story = { args: { locale: 'en-GB', 'emergency-number': '999' } };

/** No number given: the number comes from the locale's region (911 for en-US). */
export const NumberFromLocale: Story = { args: { locale: 'en-US' } };

/** The host replaces a few strings. */
export const WithOverrides: Story = {
  args: {
    'emergency-number': '112',
    overrides: { ui: { 'timer-start': 'Go', 'start-again': 'Begin again' } },
  },
};

/** A nested provider changes only the widgets inside it and inherits the rest. */
export const Nested: Story = {
  render: () =>
    html`<back-pain-provider emergency-number="999">
      <exercise-card exercise="plank" compact></exercise-card>
      <back-pain-provider emergency-number="112">
        <back-pain-triage .answers=${emergency}></back-pain-triage>
      </back-pain-provider>
    </back-pain-provider>`,
};

export const Dark: Story = { args: { 'emergency-number': '112' }, decorators: [dark] };

export const RightToLeft: Story = {
  args: { 'emergency-number': '112' },
  decorators: [rightToLeft],
  parameters: rightToLeftParameters,
};

export const Narrow320: Story = { args: { 'emergency-number': '112' }, decorators: [narrow], globals: narrowGlobals };
