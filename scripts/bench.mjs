// `npm run bench`: speed in headless Chromium, next to a bare Lit element measured in the same run.
// Prints a markdown table for the README. Not part of `npm test`: timings vary from machine to machine.
// Exits non-zero when the longest task while the all-in bundle loads and the triage renders reaches 50 ms.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';
import v8 from 'node:v8';
import vm from 'node:vm';
import puppeteer from 'puppeteer-core';
import { questions } from '../dist/content/index.js';
import { questionsToAsk, triage } from '../dist/triage/index.js';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const WARM_UP = 3;
const LONG_TASK_BUDGET_MS = 50;
const ELEMENTS = ['back-pain-provider', 'red-flag-banner', 'exercise-card', 'self-care-guide', 'factor-explainer', 'back-pain-triage'];
const BARE = 'bare-lit-element';

if (!existsSync('dist/cdn/back-pain-widgets.js')) throw new Error('bench: run `npm run build` first (dist/ is missing)');

// 0. The engine in Node with hostile input: 10^6 keys no question has. It must stay linear, with a short
// error and no memory kept that grows with the input. Not a test: the figure goes in the README.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');
const ENGINE_KEYS = 1_000_000;
const hostileInput = { 'bladder-bowel': 'no' };
for (let i = 0; i < ENGINE_KEYS; i += 1) hostileInput[`unknown-${i}`] = 'x';
const engineTimes = [];
const keysTimes = [];
const retained = [];
let errorLength = 0;
for (let round = 0; round < 1 + 5; round += 1) {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = triage(hostileInput);
  const elapsed = performance.now() - started;
  if (result.error?.count !== ENGINE_KEYS) throw new Error('bench: triage() did not count every unknown key');
  errorLength = result.error.message.length;
  collectGarbage();
  const keysStarted = performance.now();
  Object.keys(hostileInput);
  const keysElapsed = performance.now() - keysStarted;
  collectGarbage();
  if (round > 0) {
    engineTimes.push(elapsed);
    keysTimes.push(keysElapsed);
    retained.push(process.memoryUsage().heapUsed - heapBefore);
  }
}

// The element classes from dist/ and the bare Lit element, bundled with one production Lit.
const bundleDir = mkdtempSync(join(tmpdir(), 'bpw-bench-'));
await build({
  entryPoints: ['bench/classes.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: join(bundleDir, 'classes.js'),
  logLevel: 'warning',
});

// Only bench/, dist/ and the bundle are served. Cross-origin isolation gives performance.now() 5 µs precision.
const roots = { '/bench/': resolve('bench'), '/dist/': resolve('dist'), '/bundle/': bundleDir };
const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const prefix = Object.keys(roots).find((root) => path.startsWith(root));
  const file = prefix && join(roots[prefix], path.slice(prefix.length));
  if (!file || !file.startsWith(roots[prefix]) || !existsSync(file)) {
    response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-cache',
  });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const version = (await browser.version()).replace(/^HeadlessChrome\//, '');
const pageErrors = [];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function openPage(context = browser) {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return page;
}

/** Loads `path` and returns `window.benchResult` once the page sets it. */
async function sampleOf(page, path) {
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  const handle = await page.waitForFunction(() => window.benchResult, { timeout: 20000 });
  return handle.jsonValue();
}

/** A path through every question the triage can ask at once: each answer keeps the most questions coming. */
function longestPlan() {
  const plan = {};
  for (;;) {
    const next = questionsToAsk(plan).find((question) => !(question.id in plan));
    if (!next) return plan;
    const scored = next.options.map((option) => {
      const tried = { ...plan, [next.id]: option.id };
      return { option: option.id, asked: questionsToAsk(tried).length, flags: triage(tried).redFlags.length };
    });
    scored.sort((a, b) => b.asked - a.asked || a.flags - b.flags);
    plan[next.id] = scored[0].option;
  }
}

// Chromium names a top-level task `ThreadControllerImpl::RunTask` (older versions: `RunTask`).
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** The longest task on a renderer main thread of a Chromium trace, in ms. */
function longestTracedTask(trace) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = events.filter(
    (event) =>
      TASK_EVENTS.has(event.name) && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`),
  );
  return Math.max(0, ...tasks.map((event) => event.dur / 1000));
}

// 1. customElements.define -> first render: a fresh page per sample, elements interleaved round by round.
const defineTimes = Object.fromEntries([BARE, ...ELEMENTS].map((tag) => [tag, []]));
const definePage = await openPage();
for (let round = 0; round < WARM_UP + SAMPLES; round += 1) {
  for (const tag of [BARE, ...ELEMENTS]) {
    const elapsed = await sampleOf(definePage, `/bench/define.html?tag=${tag}`);
    if (round >= WARM_UP) defineTimes[tag].push(elapsed);
  }
}
await definePage.close();

// 2. 100 exercise cards next to 100 bare elements, and 3. the whole triage, in warm pages.
const cardsPage = await openPage();
await cardsPage.goto(`${base}/bench/cards.html`, { waitUntil: 'load' });
await cardsPage.waitForFunction(() => window.benchReady);
const manyTimes = { 'exercise-card': [], [BARE]: [] };
for (let round = 0; round < WARM_UP + SAMPLES; round += 1) {
  for (const tag of Object.keys(manyTimes)) {
    const elapsed = await cardsPage.evaluate((name) => window.renderMany(name, 100), tag);
    if (round >= WARM_UP) manyTimes[tag].push(elapsed);
  }
}
await cardsPage.close();

const plan = longestPlan();
const triagePage = await openPage();
await triagePage.goto(`${base}/bench/triage.html`, { waitUntil: 'load' });
await triagePage.waitForFunction(() => window.benchReady);
const triageTimes = [];
let steps = 0;
for (let round = 0; round < WARM_UP + SAMPLES; round += 1) {
  const run = await triagePage.evaluate((answers) => window.stepThrough(answers), plan);
  steps = run.steps;
  if (round >= WARM_UP) triageTimes.push(run.elapsed);
}
await triagePage.close();

// 4. Long tasks while the all-in bundle loads (cold cache: a new browser context per sample) and the triage renders.
// The observer only sees tasks of 50 ms and more; a trace of the page's main thread gives the longest task's real length.
const longest = [];
const traced = [];
for (let round = 0; round < SAMPLES; round += 1) {
  const context = await browser.createBrowserContext();
  const page = await openPage(context);
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
  longest.push((await sampleOf(page, '/bench/load.html')).longest);
  traced.push(longestTracedTask(JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'))));
  await context.close();
}

await browser.close();
server.close();
rmSync(bundleDir, { recursive: true, force: true });
if (pageErrors.length) throw new Error(`bench: a page threw: ${pageErrors.join(' | ')}`);

const ms = (value) => value.toFixed(2);
const bareDefine = median(defineTimes[BARE]);
const rows = [
  ['Measure', 'Samples', 'Median (ms)', 'Bare Lit element (ms)', 'Ratio'],
  ...ELEMENTS.map((tag) => {
    const value = median(defineTimes[tag]);
    return [`\`<${tag}>\`: define to first render`, SAMPLES, ms(value), ms(bareDefine), `${(value / bareDefine).toFixed(1)}×`];
  }),
  (() => {
    const value = median(manyTimes['exercise-card']);
    const bare = median(manyTimes[BARE]);
    return ['100 `<exercise-card>`s rendered and laid out', SAMPLES, ms(value), ms(bare), `${(value / bare).toFixed(1)}×`];
  })(),
  [`Whole triage stepped through (${steps} of ${questions.length} questions, via Continue)`, SAMPLES, ms(median(triageTimes)), '–', '–'],
];
const worst = Math.max(...longest);
const pass = median(longest) < LONG_TASK_BUDGET_MS;
const show = (value) => (value === 0 ? 'none ≥ 50' : ms(value));
rows.push([
  'Longest task while the all-in bundle loads and the triage renders (cold cache): `longtask` observer',
  SAMPLES,
  show(median(longest)),
  '–',
  `${pass ? 'pass' : 'FAIL'} (< ${LONG_TASK_BUDGET_MS} ms; worst sample ${show(worst)})`,
]);
rows.push([
  'The same, measured in a trace of the main thread',
  SAMPLES,
  ms(median(traced)),
  '–',
  `worst sample ${ms(Math.max(...traced))}`,
]);

rows.push([
  `\`triage()\` of an object with 10^6 unknown keys, in Node ${process.versions.node}: error of ${errorLength} characters, ${(
    Math.max(...retained) / 1e6
  ).toFixed(2)} MB of heap kept after it`,
  engineTimes.length,
  ms(median(engineTimes)),
  '–',
  `\`Object.keys\` of the same object alone: ${ms(median(keysTimes))} ms`,
]);

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(`\nHeadless Chromium ${version}, ${SAMPLES} samples each after ${WARM_UP} warm-up rounds, production Lit.\n`);
console.log([line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n'));
console.log(
  '\nLong tasks are the PerformanceObserver `longtask` entries (50 ms and over); "none ≥ 50" means the page had none.',
);
if (!pass) {
  console.error(`bench: the longest task reached ${ms(median(longest))} ms (median), over the ${LONG_TASK_BUDGET_MS} ms budget`);
  process.exitCode = 1;
}

