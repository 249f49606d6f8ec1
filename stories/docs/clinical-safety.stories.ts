// The hazard log (docs/safety/hazard-log.json) as a table, for the docs page stories/docs/clinical-safety.mdx.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import hazardLog from '../../docs/safety/hazard-log.json';
import { docPage } from './doc-page.js';

const meta = {
  title: 'Docs/Clinical safety',
  tags: ['!dev'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;
export default meta;

type Risk = { likelihood: string; consequence: string; rating: number };
const risk = ({ likelihood, consequence, rating }: Risk) =>
  html`<strong>${rating}</strong><br />${likelihood} likelihood, ${consequence.toLowerCase()}`;

const render = () =>
  docPage(html`
    <article class="rule-book">
      <p class="small">${hazardLog.riskMatrix.about}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Hazard</th>
            <th scope="col">Cause, effect and harm</th>
            <th scope="col">Initial risk</th>
            <th scope="col">Controls, and the tests that show each works</th>
            <th scope="col">Residual risk</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          ${hazardLog.hazards.map(
            (hazard) =>
              html`<tr>
                <th scope="row">${hazard.id}: ${hazard.title}</th>
                <td class="small">
                  <strong>Cause:</strong> ${hazard.cause}<br /><strong>Effect:</strong> ${hazard.effect}<br /><strong
                    >Harm:</strong
                  >
                  ${hazard.harm}
                </td>
                <td>${risk(hazard.initial)}</td>
                <td class="small">
                  <ul>
                    ${hazard.controls.map(
                      (control) =>
                        html`<li>
                          ${control.control}
                          <ul>
                            ${control.tests.map((test) => html`<li><code>${test.file}</code>: "${test.title}"</li>`)}
                          </ul>
                        </li>`,
                    )}
                  </ul>
                </td>
                <td>${risk(hazard.residual)}</td>
                <td class="small">${hazard.status}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </article>
  `);

export const HazardLog: StoryObj = { render };
