// Browser tests, for what needs a DOM, in real engines from Debian's packages (the engine's tests run in Node:
// vitest.config.mjs). `wtr` runs Chromium (the default group) and the firefox and webkit groups at once;
// `wtr --group default|firefox|webkit [files]` runs one engine, as `npm run test:browsers` does in turn.
// The WebKit launcher starts its own Xvfb and WebKitWebDriver (BPW_XVFB_DISPLAY, WEBKIT_DRIVER_PORT).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { execFileSync, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';

/** Serves test/ssr/fixtures.ts rendered by Lit's server renderer in Node, for the hydration tests. */
function serverRenderedFixtures() {
  let rendered;
  return {
    name: 'server-rendered-fixtures',
    serve(context) {
      if (context.path !== '/__ssr__/fixtures.json') return undefined;
      rendered ??= execFileSync(process.execPath, ['--import', 'tsx', 'test/ssr/render-fixtures.ts'], { encoding: 'utf8' });
      return { body: rendered, type: 'json' };
    },
  };
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const XVFB_DISPLAY = process.env.BPW_XVFB_DISPLAY ?? ':97';
const WEBKIT_DRIVER_PORT = process.env.WEBKIT_DRIVER_PORT ?? '4444';

/** WebKitGTK runs under Xvfb and is driven by WebKitWebDriver: both start with the launcher and stop with it. */
function withXvfbAndDriver(launcher) {
  const { initialize, stop } = launcher;
  let processes = [];
  launcher.initialize = async (...args) => {
    const xvfb = spawn('Xvfb', [XVFB_DISPLAY, '-nolisten', 'tcp', '-screen', '0', '1600x1200x24'], { stdio: 'ignore' });
    await sleep(500);
    const driver = spawn('WebKitWebDriver', [`--port=${WEBKIT_DRIVER_PORT}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: XVFB_DISPLAY } });
    processes = [driver, xvfb];
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const ready = await fetch(`http://127.0.0.1:${WEBKIT_DRIVER_PORT}/status`).then((response) => response.ok, () => false);
      if (ready) break;
      await sleep(250);
    }
    return initialize.apply(launcher, args);
  };
  launcher.stop = async (...args) => {
    try {
      return await stop.apply(launcher, args);
    } finally {
      for (const child of processes) child.kill();
    }
  };
  return launcher;
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  webkit: () =>
    withXvfbAndDriver(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(WEBKIT_DRIVER_PORT),
        path: '/',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: process.env.WEBKIT_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        },
      }),
    ),
};

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/content/**', '!test/triage/**', '!test/embed/**', '!test/lhc-forms/**', '!test/consumers/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    serverRenderedFixtures(),
  ],
  browsers: [launchers.chromium()],
  groups: [
    { name: 'firefox', browsers: [launchers.firefox()] },
    { name: 'webkit', browsers: [launchers.webkit()] },
  ],
  // One test page at a time: a page in the background gets no animation frames or viewport changes in
  // headless Chromium, and tests that resize the viewport hang there.
  concurrency: 1,
  // axe over every step of the triage takes seconds on a busy 2-core machine: time out only on a real hang.
  testFramework: { config: { timeout: 90000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
