// Opens every built story in Chromium and checks that its element rendered with no console errors.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
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
