// `npm run bench`: speed and memory in headless Chromium at 1× and 4× CPU slowdown. Each widget is measured next
// to its no-logic copy (the same shadow DOM and CSS, cloned: bench/static-copy.js) and a bare Lit element (9 DOM
// nodes; it shows what Lit itself costs, not what the same DOM costs), in the same run. Long tasks come from a
// trace of the main thread; Tachometer (Lit's benchmark runner) repeats the render comparisons at 1× with its own
// sampling and intervals. Prints markdown tables for the README, one of them against the targets of issue 11.
// Not part of `npm test` and never fails on timing: timings vary from machine to machine.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';
import v8 from 'node:v8';
import vm from 'node:vm';
import puppeteer from 'puppeteer-core';
import sizeLimit from 'size-limit';
import filePlugin from '@size-limit/file';
import { questionsToAsk, triage } from '../dist/triage/index.js';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
/** Cold loads and traced walks are slower; fewer samples of them. */
const TRACE_SAMPLES = Number(process.env.BENCH_TRACE_SAMPLES ?? 10);
/** Tachometer's samples of each page (it stops there: no auto-sampling). */
const TACHOMETER_SAMPLES = Number(process.env.BENCH_TACHOMETER_SAMPLES ?? 30);
const CPU_RATES = [1, 4];
const CARDS = 100;
const KEPT_CARDS = 200;
const WARM_UP = 3;
const LONG_TASK_BUDGET_MS = 50;
const ELEMENTS = ['back-pain-provider', 'red-flag-banner', 'exercise-card', 'self-care-guide', 'factor-explainer', 'back-pain-triage'];
const BARE = 'bare-lit-element';
const copyOf = (tag) => `static-${tag}`;
const ALL_IN = 'all-in bundle';
const LOADER = 'loader';
const STATIC_COPY = 'no-logic copy';

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

// The load page's no-logic copy: its triage and banner as Lit's server renderer writes them (declarative shadow DOM
// with their CSS) and no script but the bench's own. Its longest task is what styling and laying out that content
// costs the browser, with none of our code.
await import('../dist/index.js');
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const loadPageContent = collectResultSync(render(html`<back-pain-triage skip-start></back-pain-triage><red-flag-banner></red-flag-banner>`));
writeFileSync(
  join(bundleDir, 'load-static.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench: the load page as static HTML</title>
<script src="/bench/longtasks.js"></script><script type="module" src="/bench/load-done.js"></script></head>
<body>${loadPageContent}</body></html>`,
);

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

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMEDRIVER = process.env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver';
const browser = await puppeteer.launch({
  executablePath: CHROME,
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

let cpuRate = 1;

/** A page with the current CPU slowdown (CDP Emulation.setCPUThrottlingRate). */
async function openPage(context = browser) {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.emulateCPUThrottling(cpuRate);
  return page;
}

/** 95% bootstrap interval of median(a) / median(b): how sure the ratio is, given the noise. */
function ratioInterval(a, b, resamples = 1000) {
  const pick = (values) => values.map(() => values[Math.floor(Math.random() * values.length)]);
  const ratios = Array.from({ length: resamples }, () => median(pick(a)) / median(pick(b))).sort((x, y) => x - y);
  return [ratios[Math.floor(resamples * 0.025)], ratios[Math.floor(resamples * 0.975)]];
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

/** Events inside a task that mean it ran script, and those that mean it laid out and painted the page. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire']);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);

/**
 * The tasks on the traced page's renderer main thread, all of them from the navigation on, the same way on every
 * page (the bundles and their no-script baseline): their lengths in ms and whether they ran script. The trace also
 * holds the main threads of the browser's other renderers (the bench's other pages, about:blank): only the
 * processes the page's own frames were in count (TracingStartedInBrowser, and FrameCommittedInBrowser for a
 * navigation).
 */
function tracedTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const pageProcesses = new Set(
    events.flatMap((event) =>
      event.name === 'TracingStartedInBrowser'
        ? (event.args?.data?.frames ?? []).map((frame) => frame.processId)
        : event.name === 'FrameCommittedInBrowser'
          ? [event.args?.data?.processId]
          : [],
    ),
  );
  // Without them every task would be left out and the bench would report none: say so instead.
  if (!pageProcesses.size) throw new Error('bench: the trace names no renderer process for the page');
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && pageProcesses.has(event.pid))
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = events.filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  const inside = (task, names) =>
    onMain.some((event) => names.has(event.name) && event.tid === task.tid && event.ts >= task.ts && event.ts < task.ts + task.dur);
  return onMain
    .filter((event) => TASK_EVENTS.has(event.name))
    .map((task) => ({ ms: task.dur / 1000, script: inside(task, SCRIPT_EVENTS) || !inside(task, RENDER_EVENTS) }));
}

/**
 * Runs `work` with the page traced; returns its result, the longest main-thread task meanwhile, the longest that
 * ran script (the rest laid out and painted what the script made), and how many reached 50 ms.
 */
async function traced(page, work) {
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const result = await work();
  const tasks = tracedTasks(JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')));
  const longestOf = (list) => Math.max(0, ...list.map((task) => task.ms));
  return {
    result,
    longest: longestOf(tasks),
    longestScript: longestOf(tasks.filter((task) => task.script)),
    longestLayout: longestOf(tasks.filter((task) => !task.script)),
    over50: tasks.filter((task) => task.ms >= LONG_TASK_BUDGET_MS).length,
  };
}

/** One CPU rate: define to render, 100 cards, the triage's steps, cold loads. */
async function measureAt(rate) {
  cpuRate = rate;
  const tags = [BARE, ...ELEMENTS, ...ELEMENTS.map(copyOf)];

  // 1. customElements.define -> first render and layout: a fresh page per sample, tags interleaved round by round.
  const define = Object.fromEntries(tags.map((tag) => [tag, []]));
  const definePage = await openPage();
  for (let round = 0; round < WARM_UP + SAMPLES; round += 1) {
    for (const tag of tags) {
      const elapsed = await sampleOf(definePage, `/bench/define.html?tag=${tag}`);
      if (round >= WARM_UP) define[tag].push(elapsed);
    }
  }
  await definePage.close();

  // 2. 100 exercise cards, 100 copies of the card and 100 bare elements, in one warm page.
  const cardsPage = await openPage();
  await cardsPage.goto(`${base}/bench/cards.html`, { waitUntil: 'load' });
  await cardsPage.waitForFunction(() => window.benchReady, { timeout: 60000 });
  const many = { 'exercise-card': [], [copyOf('exercise-card')]: [], [BARE]: [] };
  for (let round = 0; round < WARM_UP + SAMPLES; round += 1) {
    for (const tag of Object.keys(many)) {
      const elapsed = await cardsPage.evaluate((name, count) => window.renderMany(name, count), tag, CARDS);
      if (round >= WARM_UP) many[tag].push(elapsed);
    }
  }
  await cardsPage.close();

  // 3. The whole triage through its form, traced: the longest task of each walk is the slowest step's. Each sample
  // is the first walk on a fresh page (what a person gets), then one more on the same page (warm): both count.
  const walk = { elapsed: [], longest: [], firstLongest: [], steps: 0 };
  for (let round = 0; round < TRACE_SAMPLES; round += 1) {
    const context = await browser.createBrowserContext();
    const triagePage = await openPage(context);
    await triagePage.goto(`${base}/bench/triage.html`, { waitUntil: 'load' });
    await triagePage.waitForFunction(() => window.benchReady);
    for (const first of [true, false]) {
      const { result, longest } = await traced(triagePage, () => triagePage.evaluate((answers) => window.stepThrough(answers), plan));
      walk.steps = result.steps;
      walk.elapsed.push(result.elapsed);
      walk.longest.push(longest);
      if (first) walk.firstLongest.push(longest);
    }
    await context.close();
  }

  // 4. Cold loads (a new browser context each) of the all-in bundle and of the loader, traced; the
  // PerformanceObserver's `longtask` entries are kept for comparison (it sees only tasks of 50 ms and over).
  const loads = {};
  for (const [name, path] of [[ALL_IN, '/bench/load.html'], [LOADER, '/bench/load-loader.html'], [STATIC_COPY, '/bundle/load-static.html']]) {
    loads[name] = { observed: [], longest: [], longestScript: [], longestLayout: [], over50: [] };
    for (let round = 0; round < TRACE_SAMPLES; round += 1) {
      const context = await browser.createBrowserContext();
      const page = await openPage(context);
      const { result, longest, longestScript, longestLayout, over50 } = await traced(page, () => sampleOf(page, path));
      loads[name].observed.push(result.longest);
      loads[name].longest.push(longest);
      loads[name].longestScript.push(longestScript);
      loads[name].longestLayout.push(longestLayout);
      loads[name].over50.push(over50);
      await context.close();
    }
  }
  return { define, many, walk, loads };
}

/** JS heap per kept element: 200 kept in the page, after garbage collection, minus the heap before. */
async function heapPerElement(tags) {
  const page = await openPage();
  await page.goto(`${base}/bench/cards.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady, { timeout: 60000 });
  const session = await page.createCDPSession();
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  const perElement = Object.fromEntries(tags.map((tag) => [tag, []]));
  for (let round = 0; round < 1 + 5; round += 1) {
    for (const tag of tags) {
      const before = await heap();
      await page.evaluate((name, count) => window.keepMany(name, count), tag, KEPT_CARDS);
      const after = await heap();
      await page.evaluate(() => window.dropKept());
      if (round >= 1) perElement[tag].push((after - before) / KEPT_CARDS);
    }
  }
  await page.close();
  return Object.fromEntries(tags.map((tag) => [tag, median(perElement[tag])]));
}

/** A port nobody listens on now, for chromedriver. */
async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/**
 * Tachometer: define -> first render and layout of each element and of its no-logic copy (bench/define.html), at 1×
 * (it cannot slow the CPU down), with its own sampling and 95% intervals. It drives Debian's chromedriver, which the
 * bench starts and hands over as a remote driver: Tachometer's own driver comes from the internet
 * (bench/debian-chromedriver stands in for that package).
 */
async function tachometerComparisons() {
  const port = await freePort();
  const driver = spawn(CHROMEDRIVER, [`--port=${port}`], { stdio: 'ignore' });
  try {
    for (let tries = 0; ; tries += 1) {
      const ready = await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false);
      if (ready) break;
      if (tries === 50) throw new Error(`bench: ${CHROMEDRIVER} did not start (apt-get install chromium-driver, or set CHROMEDRIVER_PATH)`);
      await new Promise((done) => setTimeout(done, 100));
    }
    const browserConfig = { name: 'chrome', headless: true, binary: CHROME, remoteUrl: `http://127.0.0.1:${port}`, addArguments: ['--no-sandbox', '--disable-gpu'] };
    const names = ELEMENTS.flatMap((tag) => [tag, copyOf(tag)]);
    const benchmarks = names.map((name) => ({
      name,
      url: `${base}/bench/define.html?tag=${name}`,
      measurement: { mode: 'expression', expression: 'window.benchResult' },
      browser: browserConfig,
    }));
    const config = join(bundleDir, 'tachometer.json');
    const results = join(bundleDir, 'tachometer-results.json');
    writeFileSync(config, JSON.stringify({ sampleSize: TACHOMETER_SAMPLES, timeout: 0, benchmarks }));
    const tach = createRequire(import.meta.url).resolve('tachometer/bin/tach.js');
    // Not execFileSync: this process serves the pages Tachometer loads.
    const tachometerRun = spawn(process.execPath, [tach, '--config', config, '--json-file', results], { stdio: ['ignore', 'ignore', 'inherit'] });
    const exitCode = await new Promise((done) => tachometerRun.on('close', done));
    if (exitCode !== 0) throw new Error(`bench: Tachometer failed (exit code ${exitCode})`);
    const measured = JSON.parse(readFileSync(results, 'utf8')).benchmarks;
    return ELEMENTS.map((tag) => {
      const element = measured[names.indexOf(tag)];
      return { tag, mean: element.mean, copy: measured[names.indexOf(copyOf(tag))].mean, slower: element.differences[names.indexOf(copyOf(tag))] };
    });
  } finally {
    driver.kill();
  }
}

const plan = longestPlan();
const runs = {};
for (const rate of CPU_RATES) runs[rate] = await measureAt(rate);
cpuRate = 1;
const heap = await heapPerElement(['exercise-card', copyOf('exercise-card'), BARE]);
await browser.close();
const tachometer = await tachometerComparisons();

server.close();
rmSync(bundleDir, { recursive: true, force: true });
if (pageErrors.length) throw new Error(`bench: a page threw: ${pageErrors.join(' | ')}`);

const ms = (value) => value.toFixed(2);
const ratio = (a, b) => {
  const [low, high] = ratioInterval(a, b);
  return `${(median(a) / median(b)).toFixed(1)}× (${low.toFixed(1)}–${high.toFixed(1)})`;
};
const line = (cells) => `| ${cells.join(' | ')} |`;
const table = (rows) => [line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n');

const speedRows = (rate) => {
  const { define, many, walk, loads } = runs[rate];
  return [
    ['Measure', 'Median (ms)', 'No-logic copy (ms)', 'vs copy (95% CI)', 'Bare Lit element (ms)', 'vs bare Lit'],
    ...ELEMENTS.map((tag) => [
      `\`<${tag}>\`: define to first render and layout`,
      ms(median(define[tag])),
      ms(median(define[copyOf(tag)])),
      ratio(define[tag], define[copyOf(tag)]),
      ms(median(define[BARE])),
      `${(median(define[tag]) / median(define[BARE])).toFixed(1)}×`,
    ]),
    [
      `${CARDS} \`<exercise-card>\`s rendered and laid out`,
      ms(median(many['exercise-card'])),
      ms(median(many[copyOf('exercise-card')])),
      ratio(many['exercise-card'], many[copyOf('exercise-card')]),
      ms(median(many[BARE])),
      `${(median(many['exercise-card']) / median(many[BARE])).toFixed(1)}×`,
    ],
    [`Whole triage stepped through (${walk.steps} pages to the first result, via Continue)`, ms(median(walk.elapsed)), '–', '–', '–', '–'],
    [`Longest task of a walk through the triage (trace): median / worst of ${walk.longest.length}, first and warm walks`, `${ms(median(walk.longest))} / ${ms(Math.max(...walk.longest))}`, '–', '–', '–', '–'],
    [`The same, first walks on a fresh page only: median / worst of ${TRACE_SAMPLES}`, `${ms(median(walk.firstLongest))} / ${ms(Math.max(...walk.firstLongest))}`, '–', '–', '–', '–'],
    ...Object.entries(loads).flatMap(([name, load]) => [
      [
        name === STATIC_COPY
          ? `Longest task of the same page with no script: the triage and the banner as static HTML (Lit's server rendering, declarative shadow DOM with their CSS), cold, from navigation start (trace): median / worst of ${TRACE_SAMPLES}`
          : `Longest task from navigation start until the triage has rendered, cold (trace): median / worst of ${TRACE_SAMPLES}`,
        `${ms(median(load.longest))} / ${ms(Math.max(...load.longest))}`,
        '–',
        `tasks ≥ 50 ms: ${load.over50.reduce((sum, count) => sum + count, 0)} in ${TRACE_SAMPLES} loads`,
        '–',
        '–',
      ],
      ...(name === STATIC_COPY
        ? []
        : [['Of those, the longest that ran script: median / worst', `${ms(median(load.longestScript))} / ${ms(Math.max(...load.longestScript))}`, '–', '–', '–', '–']]),
      [
        'Of those, the longest that only styled, laid out and painted the page: median / worst',
        `${ms(median(load.longestLayout))} / ${ms(Math.max(...load.longestLayout))}`,
        '–',
        '–',
        '–',
        '–',
      ],
      [
        `The same, seen by the \`longtask\` observer (0 = none ≥ 50 ms)`,
        `${ms(median(load.observed))} / ${ms(Math.max(...load.observed))}`,
        '–',
        '–',
        '–',
        '–',
      ],
    ]),
  ];
};

/** Brotli bytes of files under dist/, summed, as `npm run size` measures them. */
const brotliSize = async (...files) => (await sizeLimit([filePlugin], files.map((file) => `dist/${file}`)))[0].size;
const preload = JSON.parse(readFileSync('dist/cdn/preload.json', 'utf8'));
const firstLoadSizes = Object.fromEntries(
  await Promise.all(['back-pain-triage', 'red-flag-banner'].map(async (tag) => [tag, await brotliSize(...preload[tag].map((file) => `cdn/${file}`))])),
);
const firstLoad = (tag) => firstLoadSizes[tag];
const bannerAlone = await brotliSize('cdn/red-flag-banner.js');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const slow = runs[4];
const worstLoad = (name) => Math.max(...slow.loads[name].longest);
const targets = [
  ['Target (issue 11)', 'Measured', 'Met'],
  ...[ALL_IN, LOADER].map((name) => [
    `No task over 50 ms at 4× CPU from navigation start of the ${name} page until the triage has rendered`,
    `worst ${ms(worstLoad(name))} ms (running script: ${ms(Math.max(...slow.loads[name].longestScript))} ms; the same page as static HTML with no script: ${ms(worstLoad(STATIC_COPY))} ms)`,
    worstLoad(name) <= LONG_TASK_BUDGET_MS ? 'yes' : 'no',
  ]),
  [
    'No task over 50 ms at 4× CPU on any triage step, the result too',
    `worst ${ms(Math.max(...slow.walk.longest))} ms`,
    Math.max(...slow.walk.longest) <= LONG_TASK_BUDGET_MS ? 'yes' : 'no',
  ],
  ...['back-pain-triage', 'red-flag-banner'].map((tag) => [
    `Loader + \`<${tag}>\` as the first widget ≤ 20 KB brotli`,
    kb(firstLoad(tag)),
    firstLoad(tag) <= 20 * 1024 ? 'yes' : 'no',
  ]),
  ['`<red-flag-banner>` on its own ≤ 9.5 KB brotli', kb(bannerAlone), bannerAlone <= 9.5 * 1024 ? 'yes' : 'no'],
  [
    `JS heap per \`<exercise-card>\` ≤ 4 KB (${KEPT_CARDS} kept; no-logic copy ${kb(heap[copyOf('exercise-card')])}, bare Lit ${kb(heap[BARE])})`,
    kb(heap['exercise-card']),
    heap['exercise-card'] <= 4 * 1024 ? 'yes' : 'no',
  ],
];

console.log(`\nHeadless Chromium ${version}, production Lit; ${SAMPLES} samples (${TRACE_SAMPLES} for traces) after ${WARM_UP} warm-up rounds.`);
for (const rate of CPU_RATES) console.log(`\n**${rate}× CPU**\n\n${table(speedRows(rate))}`);
const interval = ({ low, high }, digits = 2) => `${low.toFixed(digits)} to ${high.toFixed(digits)}`;
console.log(
  `\n**Tachometer, 1× CPU** (${TACHOMETER_SAMPLES} samples of each page, taken in turns; 95% intervals)\n\n${table([
    ['Measure', 'Element (ms)', 'No-logic copy (ms)', 'Element minus copy (ms)', 'Element minus copy (%)'],
    ...tachometer.map(({ tag, mean, copy, slower }) => [
      `\`<${tag}>\`: define to first render and layout`,
      interval(mean),
      interval(copy),
      interval(slower.absolute),
      interval(slower.percentChange, 0),
    ]),
  ])}`,
);
console.log(`\n**Against the targets**\n\n${table(targets)}`);
console.log(
  `\n**The engine in Node ${process.versions.node}**\n\n${table([
    ['Measure', 'Samples', 'Median (ms)', 'Note'],
    [
      `\`triage()\` of an object with 10^6 unknown keys: error of ${errorLength} characters, ${(Math.max(...retained) / 1e6).toFixed(2)} MB of heap kept after it`,
      engineTimes.length,
      ms(median(engineTimes)),
      `\`Object.keys\` of the same object alone: ${ms(median(keysTimes))} ms`,
    ],
  ])}`,
);
console.log(
  '\nThe no-logic copy has the widget\'s first-render shadow DOM and CSS, cloned from a template (bench/static-copy.js);' +
    ' the bare Lit element renders 9 nodes and shows the cost of Lit, not of the DOM. The interval is a 95% bootstrap' +
    ' interval of the ratio of medians. Long tasks come from a trace of the page\'s renderer main thread.',
);
