// `npm run bench`: speed in headless Chromium at 1× and 4× CPU slowdown, each figure next to a no-logic copy of the
// same DOM and CSS. Tachometer (Lit's benchmark runner) takes every sample in a new tab, pages in turns:
// - whole loads, from navigation start until the triage and the banner have rendered and been laid out, with the
//   all-in bundle, through the loader, and as static HTML (Lit's server rendering, no script);
// - walks through the triage to its result: the first walk on a fresh page, then a warm one, each next to the same
//   walk through the no-logic copy (bench/copies.js), and its result step against the goal of issue 24;
// - define to first render of each element next to its copy (1× only).
// Then the engine in Node under hostile input. Prints markdown tables for stories/docs/size-and-speed.mdx.
// Not part of `npm test` and never fails on timing; it fails when a page cannot walk to the result.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { questionsToAsk, triage } from '../dist/triage/index.js';

/** Samples of each page at each CPU rate (a new tab each). */
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const CPU_RATES = [1, 4];
/** Issue 24: the first result step at most twice the no-logic copy's, at 1× and 4×. */
const GOAL = 2;
const WIDGETS = ['back-pain-provider', 'red-flag-banner', 'exercise-card', 'self-care-guide', 'factor-explainer', 'back-pain-triage'];
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROMEDRIVER = process.env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

if (!existsSync('dist/cdn/back-pain-widgets.js')) throw new Error('bench: run `npm run build` first (dist/ is missing)');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// The engine in Node with hostile input: 10^6 keys no question has. It must stay linear, with a short error and no
// memory kept that grows with the input.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');
const ENGINE_KEYS = 1_000_000;
const hostileInput = { 'bladder-bowel': 'no' };
for (let i = 0; i < ENGINE_KEYS; i += 1) hostileInput[`unknown-${i}`] = 'x';
const engine = { times: [], keysTimes: [], retained: [], errorLength: 0 };
for (let round = 0; round < 1 + 5; round += 1) {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = triage(hostileInput);
  const elapsed = performance.now() - started;
  if (result.error?.count !== ENGINE_KEYS) throw new Error('bench: triage() did not count every unknown key');
  engine.errorLength = result.error.message.length;
  collectGarbage();
  const keysStarted = performance.now();
  Object.keys(hostileInput);
  const keysElapsed = performance.now() - keysStarted;
  collectGarbage();
  if (round > 0) {
    engine.times.push(elapsed);
    engine.keysTimes.push(keysElapsed);
    engine.retained.push(process.memoryUsage().heapUsed - heapBefore);
  }
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

const bundleDir = mkdtempSync(join(tmpdir(), 'bpw-bench-'));
writeFileSync(join(bundleDir, 'plan.json'), JSON.stringify(longestPlan()));
// The element classes from dist/ without their defines, so a page can time `customElements.define`.
// Every import as dist/ has it (ignoreAnnotations): package.json's sideEffects list is for the host's bundler.
await build({
  entryPoints: ['bench/classes.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  ignoreAnnotations: true,
  outfile: join(bundleDir, 'classes.js'),
  logLevel: 'warning',
});

// The load page's no-logic copy: the triage and the banner as Lit's server renderer writes them (declarative
// shadow DOM with their CSS), and no script but the one that marks the end.
await import('../dist/index.js');
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
writeFileSync(
  join(bundleDir, 'load-static.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench: the load page as static HTML</title></head>
<body>${collectResultSync(render(html`<back-pain-triage skip-start></back-pain-triage><red-flag-banner></red-flag-banner>`))}
<script type="module">void document.body.offsetHeight; performance.mark('loaded');</script></body></html>`,
);

// Only bench/, dist/ and the bundle are served. Cross-origin isolation gives performance.now() 5 µs precision.
const roots = { '/bench/': resolve('bench'), '/dist/': resolve('dist'), '/bundle/': bundleDir };
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
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

// Before any sample: the pages the copies are made of (bench/capture.js), then one walk through each walk page.
// A page that throws or never gets there stops the bench here, with the page's own error.
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
const version = (await browser.version()).replace(/^HeadlessChrome\//, '');
async function pageResult(path, expression) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}${path}`);
  try {
    return await (await page.waitForFunction(expression, { timeout: 30000, polling: 100 })).jsonValue();
  } catch {
    throw new Error(`bench: ${path} did not finish: ${errors.join(' | ') || 'no error in the page'}`);
  } finally {
    await page.close();
  }
}
const captured = await pageResult('/bench/capture.html', () => window.captured);
writeFileSync(join(bundleDir, 'copies.json'), JSON.stringify(captured));
const walkSteps = captured.walk.length - 1;
for (const path of ['/bench/walk.html', '/bench/walk.html?copy']) {
  await pageResult(path, () => performance.getEntriesByName('warm walk').length > 0 || undefined);
}
await browser.close();

// The samples: Tachometer, with Debian's chromedriver started here and handed over as a remote driver (its own
// driver comes from the internet; bench/debian-chromedriver stands in for that package).
const pages = CPU_RATES.flatMap((rate) => [
  ...[['all-in bundle', '/bench/load.html'], ['loader', '/bench/load-loader.html'], ['static HTML', '/bundle/load-static.html']].map(
    ([name, path]) => ({ rate, name, path, measures: ['loaded'] }),
  ),
  ...['triage', 'copy'].map((name) => ({
    rate,
    name,
    path: `/bench/walk.html${name === 'copy' ? '?copy' : ''}`,
    measures: ['first result step', 'first walk', 'warm result step', 'warm walk'],
  })),
  ...(rate === 1 ? WIDGETS.flatMap((tag) => [tag, `static-${tag}`]).map((tag) => ({ rate, name: tag, path: `/bench/define.html?tag=${tag}`, measures: ['define to render'] })) : []),
]);

async function tachometer() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  const driver = spawn(CHROMEDRIVER, [`--port=${port}`], { stdio: 'ignore' });
  try {
    for (let tries = 0; !(await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false)); tries += 1) {
      if (tries === 50) throw new Error(`bench: ${CHROMEDRIVER} did not start (apt-get install chromium-driver, or set CHROMEDRIVER_PATH)`);
      await new Promise((done) => setTimeout(done, 100));
    }
    const benchmarks = pages.map(({ rate, name, path, measures }) => ({
      name: `${name} ${rate}x`,
      url: `${base}${path}`,
      measurement: measures.map((entryName) => ({ mode: 'performance', entryName })),
      browser: { name: 'chrome', headless: true, binary: CHROME, remoteUrl: `http://127.0.0.1:${port}`, addArguments: CHROME_ARGS, cpuThrottlingRate: rate },
    }));
    const config = join(bundleDir, 'tachometer.json');
    const results = join(bundleDir, 'tachometer-results.json');
    writeFileSync(config, JSON.stringify({ sampleSize: SAMPLES, timeout: 0, benchmarks }));
    const tach = createRequire(import.meta.url).resolve('tachometer/bin/tach.js');
    // Not execFileSync: this process serves the pages Tachometer loads.
    const run = spawn(process.execPath, [tach, '--config', config, '--json-file', results], { stdio: ['ignore', 'ignore', 'inherit'] });
    const exitCode = await new Promise((done) => run.on('close', done));
    if (exitCode !== 0) throw new Error(`bench: Tachometer failed (exit code ${exitCode})`);
    return JSON.parse(readFileSync(results, 'utf8')).benchmarks;
  } finally {
    driver.kill();
  }
}
const measured = await tachometer();
server.close();
rmSync(bundleDir, { recursive: true, force: true });

/** The samples of one measure of one page, as Tachometer names it. */
const samplesOf = (name, rate, measure) => {
  const { measures } = pages.find((page) => page.name === name && page.rate === rate);
  const label = measures.length === 1 ? `${name} ${rate}x` : `${name} ${rate}x [${measure}]`;
  return measured.find((benchmark) => benchmark.name === label).samples;
};
const ms = (value) => value.toFixed(1);
const spread = (samples) => `${ms(median(samples))} / ${ms(Math.max(...samples))}`;
const times = (a, b) => `${(median(a) / median(b)).toFixed(1)}×`;
const line = (cells) => `| ${cells.join(' | ')} |`;
const table = (rows) => [line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n');

const walkRows = CPU_RATES.flatMap((rate) =>
  [
    ['first result step', 'First walk on a fresh page: the result step (last answer to the result laid out)'],
    ['first walk', `First walk on a fresh page: its ${walkSteps} steps added up`],
    ['warm result step', 'Warm walk (the second on the page): the result step'],
    ['warm walk', `Warm walk: its ${walkSteps} steps added up`],
  ].map(([measure, label]) => {
    const [ours, copy] = ['triage', 'copy'].map((name) => samplesOf(name, rate, measure));
    const goal = measure === 'first result step' ? (median(ours) <= GOAL * median(copy) ? 'met' : '**missed**') : '–';
    return [`${rate}×`, label, spread(ours), spread(copy), times(ours, copy), goal];
  }),
);
const loadRows = CPU_RATES.flatMap((rate) => {
  const baseline = samplesOf('static HTML', rate, 'loaded');
  return ['all-in bundle', 'loader', 'static HTML'].map((name) => {
    const samples = samplesOf(name, rate, 'loaded');
    return [`${rate}×`, name, spread(samples), name === 'static HTML' ? '–' : times(samples, baseline)];
  });
});
const defineRows = WIDGETS.map((tag) => {
  const [ours, copy] = [tag, `static-${tag}`].map((name) => samplesOf(name, 1, 'define to render'));
  return [`\`<${tag}>\``, spread(ours), spread(copy), times(ours, copy)];
});

console.log(`\nHeadless Chromium ${version}, production Lit; Tachometer, ${SAMPLES} samples of each page at each CPU rate, each in a new tab. Times in ms, median / worst.`);
console.log(
  `\n**Walks through the triage** (${walkSteps} question pages, then the result), against the same walk through its no-logic copy; goal: the first result step at most ${GOAL}× the copy's\n\n${table([
    ['CPU', 'Measure', 'Triage', 'No-logic copy', 'vs copy (medians)', `Goal ≤ ${GOAL}×`],
    ...walkRows,
  ])}`,
);
console.log(
  `\n**Whole loads**, from navigation start until the triage and the banner have rendered and been laid out\n\n${table([
    ['CPU', 'Page', 'Load', 'vs static HTML (medians)'],
    ...loadRows,
  ])}`,
);
console.log(`\n**Define to first render and layout**, 1× CPU\n\n${table([['Element', 'Element', 'No-logic copy', 'vs copy (medians)'], ...defineRows])}`);
console.log(
  `\n**The engine in Node ${process.versions.node}**\n\n${table([
    ['Measure', 'Samples', 'Median (ms)', 'Note'],
    [
      `\`triage()\` of an object with 10^6 unknown keys: error of ${engine.errorLength} characters, ${(Math.max(...engine.retained) / 1e6).toFixed(2)} MB of heap kept after it`,
      engine.times.length,
      ms(median(engine.times)),
      `\`Object.keys\` of the same object alone: ${ms(median(engine.keysTimes))} ms`,
    ],
  ])}`,
);
