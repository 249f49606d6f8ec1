import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dark, narrow, narrowGlobals, rightToLeft, rightToLeftParameters, spanish } from './support/decorators.js';

const meta = {
  title: 'self-care-guide',
  component: 'self-care-guide',
  render: () => html`<self-care-guide></self-care-guide>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every self-care step with its evidence note and sources. */
export const Default: Story = {};

/** With the warning signs, as a page where people may have them should show it. */
export const WithWarningSigns: Story = {
  render: () => html`<red-flag-banner></red-flag-banner><self-care-guide></self-care-guide>`,
};

export const Dark: Story = { decorators: [dark] };

export const RightToLeft: Story = { decorators: [rightToLeft], parameters: rightToLeftParameters };

export const Narrow320: Story = { decorators: [narrow], globals: narrowGlobals };

export const Spanish: Story = { decorators: [spanish] };
