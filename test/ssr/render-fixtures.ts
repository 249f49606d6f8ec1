// Prints every fixture rendered by Lit's server renderer as JSON; the browser-test server serves it.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import '../../src/index.js';
import '../../src/locales/es.js';
import { fixtures } from './fixtures.js';

const rendered = Object.fromEntries(
  Object.entries(fixtures).map(([name, template]) => [name, collectResultSync(render(template()))]),
);
process.stdout.write(JSON.stringify(rendered));
