import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
// The pseudo-locale is opt-in for embedders, as it is here: `import 'back-pain-widgets/locales/pseudo'`.
import { PSEUDO_LOCALE, PSEUDO_START } from '../src/locales/pseudo.js';
import { triage } from '../src/triage/index.js';
import { vignettes } from '../test/triage/vignettes.data.js';
import { answersToReach, finishedVignette } from './support/answers.js';
import { narrow, narrowGlobals, type HostPage } from './support/decorators.js';

/**
 * Every element in `en-XA`: English with accents, about 40% longer, each string in [!! … !!].
 * Text without the brackets is not translatable; long text that breaks the layout shows here first.
 * The host page sets `<html lang="en-XA">`, as a host checking its layout would.
 */
const meta = {
  title: 'pseudo-locale (en-XA)',
  parameters: { hostPage: { lang: PSEUDO_LOCALE } satisfies HostPage },
} satisfies Meta;

export default meta;
type Story = StoryObj;

type Widget = HTMLElement & { updateComplete: Promise<boolean>; locale: string };

/** Renders `template` and checks that the element resolved the pseudo-locale and shows its text. */
async function expectPseudo(canvas: HTMLElement, tag: string): Promise<Widget> {
  const element = canvas.querySelector<Widget>(tag)!;
  await element.updateComplete;
  await expect(element.locale).toBe(PSEUDO_LOCALE);
  await expect(element.shadowRoot!.textContent).toContain(PSEUDO_START);
  return element;
}

const pseudo = (tag: string, template: TemplateResult): Story => ({
  render: () => template,
  play: ({ canvasElement }) => expectPseudo(canvasElement, tag).then(() => undefined),
});

/** In a 320 px column; the play function also checks that nothing scrolls sideways. */
const at320 = (tag: string, template: TemplateResult): Story => ({
  render: () => template,
  decorators: [narrow],
  globals: narrowGlobals,
  play: async ({ canvasElement }) => {
    const element = await expectPseudo(canvasElement, tag);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
  },
});

const emergencyFlags = triage(
  vignettes.find((vignette) => vignette.name === 'new bladder problems with back pain after walking')!.answers,
).redFlags;

const triageStep = html`<back-pain-triage .answers=${answersToReach('what-eases')}></back-pain-triage>`;
const triageResult = html`<back-pain-triage
  .answers=${finishedVignette('older walker eased by sitting and by a shopping cart').answers}
></back-pain-triage>`;
const banner = html`<red-flag-banner></red-flag-banner>`;
const card = html`<exercise-card exercise="bird-dog"></exercise-card>`;
const compactCard = html`<exercise-card exercise="hip-flexor-stretch" compact></exercise-card>`;
const guide = html`<self-care-guide></self-care-guide>`;

export const TriageStep = pseudo('back-pain-triage', triageStep);
export const TriageResult = pseudo('back-pain-triage', triageResult);
export const Banner = pseudo('red-flag-banner', banner);
export const BannerTriggered = pseudo('red-flag-banner', html`<red-flag-banner .raised=${emergencyFlags}></red-flag-banner>`);
export const ExerciseCard = pseudo('exercise-card', card);
export const Guide = pseudo('self-care-guide', guide);

export const TriageStepNarrow320 = at320('back-pain-triage', triageStep);
export const TriageResultNarrow320 = at320('back-pain-triage', triageResult);
export const BannerNarrow320 = at320('red-flag-banner', banner);
export const ExerciseCardNarrow320 = at320('exercise-card', card);
export const ExerciseCardCompactNarrow320 = at320('exercise-card', compactCard);
export const GuideNarrow320 = at320('self-care-guide', guide);
