// The rule book rendered from the content module (rule-book.ts), for the docs page stories/docs/rule-book.mdx.
// Text bindings only: every string the content holds is shown as text.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../src/content/index.js';
import { ruleBook, type Both, type BookQuestion, type BookSign, type BookFactor, type BookVignette } from './rule-book.js';
import { docPage } from './doc-page.js';

const meta = {
  title: 'Docs/Rule book',
  // Shown on the docs page only, not as a story of its own in the sidebar.
  tags: ['!dev'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;
export default meta;

const list = (items: readonly string[]): TemplateResult | typeof nothing =>
  items.length
    ? html`<ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`
    : nothing;
const bilingual = (text: Both | undefined): TemplateResult | typeof nothing =>
  text ? html`<span lang="en">${text.en}</span><br /><span lang="es" class="es">${text.es}</span>` : nothing;
const cited = (sources: readonly Source[]) => list(sources.map((source) => `${source.id}: ${source.title}`));

const question = (item: BookQuestion) => html`
  <section class="entry" id=${`q-${item.id}`}>
    <h3>
      Q${item.number}
      <code>${item.id}</code>
      (${item.kind}${item.page ? html`, on the page "${item.page.text.en}"` : nothing})
    </h3>
    <p>${bilingual(item.text)}</p>
    ${item.hint ? html`<p class="small">Hint: ${bilingual(item.hint)}</p>` : nothing}
    <p class="small">Why we ask: ${bilingual(item.why)}</p>
    <p class="small">
      ${item.askedWhen ? `Asked when ${item.askedWhen}.` : 'Always asked (until an emergency answer ends the questions).'}
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">Option</th>
          <th scope="col">English</th>
          <th scope="col">Spanish</th>
          <th scope="col">Raises</th>
          <th scope="col">Factor evidence</th>
        </tr>
      </thead>
      <tbody>
        ${item.options.map(
          (option) =>
            html`<tr>
              <th scope="row"><code>${option.id}</code>${option.notSure ? ' (not sure)' : nothing}</th>
              <td lang="en">${option.text.en}</td>
              <td lang="es">${option.text.es}</td>
              <td>${option.raises.join(', ')}</td>
              <td>${option.evidence.join(', ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>
`;

const sign = (item: BookSign) => html`
  <section class="entry" id=${`s-${item.id}`}>
    <h3><code>${item.id}</code> (${item.suspect})</h3>
    <dl>
      <dt>Raised when</dt>
      <dd>${item.when}</dd>
      <dt>Urgency alone</dt>
      <dd>${item.urgencyAlone}${item.unsure ? ' (an "I\'m not sure" answer: never counts as a second sign)' : nothing}</dd>
      <dt>Urgency with another sign</dt>
      <dd>${item.urgencyWithOthers}</dd>
      ${
        item.notASecondSignFor.length
          ? html`<dt>Not a second sign with</dt>
              <dd>${item.notASecondSignFor.join(', ')}</dd>`
          : nothing
      }
      ${
        item.holdsExercises
          ? html`<dt>Holds exercises</dt>
              <dd>${bilingual(item.holdsExercises)}</dd>`
          : nothing
      }
      <dt>Sign</dt>
      <dd>${bilingual(item.sign)}</dd>
      <dt>Advice</dt>
      <dd>${bilingual(item.advice)}</dd>
      <dt>Sources</dt>
      <dd>${cited(item.sources)}</dd>
    </dl>
  </section>
`;

const factor = (item: BookFactor) => html`
  <section class="entry" id=${`f-${item.id}`}>
    <h3><code>${item.id}</code>: ${bilingual(item.name)}</h3>
    ${item.onlyIf ? html`<p class="small">Considered only when ${item.onlyIf}.</p>` : nothing}
    <table>
      <thead>
        <tr>
          <th scope="col">Evidence</th>
          <th scope="col">Weight</th>
        </tr>
      </thead>
      <tbody>
        ${item.evidence.map(
          (evidence) =>
            html`<tr>
              <td>${evidence.when}</td>
              <td>${evidence.weight > 0 ? `+${evidence.weight}` : evidence.weight}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <dl>
      ${item.caps.map(
        (cap) =>
          html`<dt>Look-alike</dt>
            <dd>
              When ${cap.when}: at most ${cap.maxConfidence}${cap.urgency ? `, urgency at least ${cap.urgency}` : nothing}. Note:
              ${bilingual(cap.note)}
              ${cap.holdsExercises ? html`<br />Holds exercises: ${bilingual(cap.holdsExercises)}` : nothing}
            </dd>`,
      )}
      ${
        item.urgency
          ? html`<dt>Urgency</dt>
              <dd>${item.urgency}</dd>`
          : nothing
      }
      ${
        item.holdsExercises
          ? html`<dt>Holds exercises (possible or more)</dt>
              <dd>${bilingual(item.holdsExercises)}</dd>`
          : nothing
      }
      ${
        item.leavesOut.length
          ? html`<dt>Leaves out</dt>
              <dd>${item.leavesOut.join(', ')}</dd>`
          : nothing
      }
      <dt>Exercises</dt>
      <dd>${item.exercises.join(', ') || 'none'}</dd>
      <dt>Self-care</dt>
      <dd>${item.selfCare.join(', ')}</dd>
      <dt>Sources</dt>
      <dd>${cited(item.sources)}</dd>
    </dl>
  </section>
`;

const vignette = (item: BookVignette) => html`
  <tr>
    <th scope="row">${item.name}<br /><span class="small">${item.basis}</span></th>
    <td class="small">${item.answers.join('; ')}</td>
    <td>${item.expected}</td>
    <td>${item.urgency === item.expected ? item.urgency : html`<strong>${item.urgency} (expected ${item.expected})</strong>`}</td>
    <td class="small">${item.redFlags.join(', ')}</td>
    <td class="small">${item.factors.slice(0, 3).join(', ')}</td>
    <td class="small">
      ${item.exercises.length ? item.exercises.join(', ') : `none${item.cautions.length ? ` (${item.cautions.join(', ')})` : ''}`}
    </td>
  </tr>
`;

const render = () => {
  const book = ruleBook();
  return docPage(html`
    <article class="rule-book">
      <h2 id="urgency">Urgency levels</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Headline</th>
            <th scope="col">What to do</th>
            <th scope="col">How soon</th>
          </tr>
        </thead>
        <tbody>
          ${book.urgencies.map(
            (level) =>
              html`<tr>
                <th scope="row"><code>${level.id}</code></th>
                <td>${bilingual(level.headline)}</td>
                <td>${bilingual(level.whatToDo)}</td>
                <td>${bilingual(level.howSoon)}</td>
              </tr>`,
          )}
        </tbody>
      </table>

      <h2 id="questions">Questions, in the order they are asked (${book.questions.length})</h2>
      ${book.questions.map(question)}

      <h2 id="warning-signs">Warning signs (${book.warningSigns.length})</h2>
      ${book.warningSigns.map(sign)}

      <h2 id="factors">Possible contributing factors (${book.factors.length})</h2>
      ${book.factors.map(factor)}

      <h2 id="plan">Plan rules</h2>
      ${book.planRules.map(
        (rule) =>
          html`<section class="entry">
            <h3>${rule.title}</h3>
            ${list(rule.lines)}
          </section>`,
      )}

      <h2 id="vignettes">Vignettes and the results the engine gives (${book.vignettes.length})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Answers</th>
            <th scope="col">Expected</th>
            <th scope="col">Result</th>
            <th scope="col">Warning signs</th>
            <th scope="col">Top factors</th>
            <th scope="col">Exercises</th>
          </tr>
        </thead>
        <tbody>
          ${book.vignettes.map(vignette)}
        </tbody>
      </table>

      <h2 id="sources">Sources</h2>
      ${cited(book.sources)}
    </article>
  `);
};

export const RuleBook: StoryObj = { render };
