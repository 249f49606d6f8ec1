// Browser tests in real engines from Debian's packages.
// Choose engines with BPW_BROWSERS=chromium,firefox,webkit (default: chromium).
// scripts/run-wtr.mjs runs each engine in turn and starts Xvfb + WebKitWebDriver for WebKit.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
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
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
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
};

const chosen = (process.env.BPW_BROWSERS ?? 'chromium').split(',').map((name) => name.trim());
const unknown = chosen.filter((name) => !(name in launchers));
if (unknown.length) {
  throw new Error(`BPW_BROWSERS: unknown engine ${unknown.join(', ')}; valid: ${Object.keys(launchers).join(', ')}`);
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/embed/**', '!test/lhc-forms/**', '!test/consumers/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    serverRenderedFixtures(),
  ],
  browsers: chosen.map((name) => launchers[name]()),
  // One test page at a time: a page in the background gets no animation frames or viewport changes in
  // headless Chromium, and tests that resize the viewport hang there.
  concurrency: 1,
  // axe over every step of the triage takes seconds on a busy 2-core machine: time out only on a real hang.
  testFramework: { config: { timeout: 90000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  browserStartTimeout: 120000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    reporters: ['lcovonly', 'text-summary'],
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
