import { html, nothing } from 'lit';
import { sources } from '../content/sources.js';
import type { Source } from '../content/types.js';

/** The "Sources" list shared by the explainer and the self-care guide; unknown ids are skipped. */
export function renderSources(ids: readonly string[], heading: string) {
  const cited = ids
    .map((id) => (sources as readonly Source[]).find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined);
  if (!cited.length) return nothing;
  return html`<details part="sources" class="sources">
    <summary>${heading}</summary>
    <ul>
      ${cited.map(
        (source) => html`<li>${source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title}</li>`,
      )}
    </ul>
  </details>`;
}
