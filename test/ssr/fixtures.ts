// Pages rendered on the server (test/node/ssr.test.ts, test/ssr/render-fixtures.ts) and hydrated in the
// browser (test/ssr/hydrate.test.ts) from these same templates, as an app would.
import { html, type TemplateResult } from 'lit';

export const fixtures = {
  // Opens on its start page, as it does by default.
  triage: () => html`<back-pain-triage></back-pain-triage>`,
  'red-flag-banner': () => html`<red-flag-banner></red-flag-banner>`,
  'exercise-card': () => html`<exercise-card exercise="bird-dog" compact></exercise-card>`,
  'self-care-guide in Spanish by its lang': () => html`<self-care-guide lang="es"></self-care-guide>`,
  'factor-explainer': () =>
    html`<factor-explainer factor="spinal-stenosis" exercise-href="#exercises"></factor-explainer>`,
  'provider in Spanish with 112': () =>
    html`<back-pain-provider locale="es" emergency-number="112">
      <self-care-guide></self-care-guide>
      <red-flag-banner></red-flag-banner>
      <back-pain-triage skip-start></back-pain-triage>
    </back-pain-provider>`,
} satisfies Record<string, () => TemplateResult>;

export type FixtureName = keyof typeof fixtures;
