// Opens every built story in Chromium and checks that its element rendered with no console errors, that its
// play function passed and that the a11y addon (set to 'error' in .storybook/preview.ts) found no violations.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  // Chromium asks for a favicon once per browser; its 404 would count as a console error.
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
let passed = 0;
let failed = 0;
for (const story of stories) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  // Storybook reports the play function and the a11y run on its channel when the story finishes.
  await page.evaluateOnNewDocument(() => {
    let channel;
    Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(next) {
        channel = next;
        next?.on?.('storyFinished', (finished) => {
          globalThis.__storyFinished = JSON.parse(JSON.stringify(finished));
        });
      },
    });
  });
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
  const rendered = await page
    .waitForFunction(
      () => {
        const host = document.querySelector('#storybook-root');
        const element = host && [...host.querySelectorAll('*')].find((node) => node.localName.includes('-') && node.shadowRoot);
        return Boolean(element && element.shadowRoot.childElementCount > 0);
      },
      { timeout: 10000 },
    )
    .then(() => true, () => false);
  const finished = await page
    .waitForFunction(() => globalThis.__storyFinished, { timeout: 20000 })
    .then((handle) => handle.jsonValue(), () => null);
  if (!finished) errors.push('the story never finished (play function or a11y run hung)');
  else if (finished.status !== 'success') {
    const reports = finished.reporters.filter((report) => report.status === 'failed');
    const violations = reports.flatMap((report) => report.result?.violations ?? []);
    for (const violation of violations) {
      const targets = violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(', ');
      errors.push(`a11y ${violation.id}: ${violation.help} (${targets})`);
    }
    for (const report of reports) if (report.result?.error) errors.push(`a11y run failed: ${JSON.stringify(report.result.error)}`);
    if (!violations.length && !reports.length) errors.push('the story or its play function threw');
  }
  if (rendered && errors.length === 0) {
    passed += 1;
    console.log(`  ok   ${story.id}`);
  } else {
    failed += 1;
    console.log(`  FAIL ${story.id}: ${rendered ? '' : 'no element rendered. '}${errors.join(' | ')}`);
  }
  await page.close();
}
await browser.close();
server.close();
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/stories.json', JSON.stringify({ passed, failed }));
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed || stories.length === 0 ? 1 : 0);
