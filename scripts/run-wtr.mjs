// Runs the browser tests in each engine in turn (sequential runs keep a 2-core machine steady).
// Usage: node scripts/run-wtr.mjs [--browsers chromium,firefox,webkit] [--files "<glob>"] [--config file]
// Chromium also collects coverage. WebKit needs Xvfb and WebKitWebDriver, started and stopped here.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

const { values } = parseArgs({
  options: {
    browsers: { type: 'string', default: 'chromium,firefox,webkit' },
    files: { type: 'string' },
    config: { type: 'string', default: 'web-test-runner.config.mjs' },
    name: { type: 'string', default: 'wtr' },
    coverage: { type: 'boolean', default: false },
  },
});

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function withWebKitDriver(task) {
  const display = process.env.BPW_XVFB_DISPLAY ?? ':97';
  const port = process.env.WEBKIT_DRIVER_PORT ?? '4444';
  const xvfb = spawn('Xvfb', [display, '-nolisten', 'tcp', '-screen', '0', '1600x1200x24'], { stdio: 'ignore' });
  await sleep(500);
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  try {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        if (response.ok) break;
      } catch {
        await sleep(250);
      }
    }
    return await task({ DISPLAY: display, WEBKIT_DRIVER_PORT: port });
  } finally {
    driver.kill();
    xvfb.kill();
  }
}

let failed = false;
for (const browser of values.browsers.split(',').map((name) => name.trim())) {
  const args = ['web-test-runner', '--config', values.config];
  if (values.files) args.push(values.files);
  if (browser === 'chromium' && values.coverage) args.push('--coverage');
  const env = { BPW_BROWSERS: browser, BPW_RESULTS_NAME: `${values.name}-${browser}` };
  console.log(`\n== ${values.name}: ${browser} ==`);
  const code =
    browser === 'webkit'
      ? await withWebKitDriver((extra) => run('npx', args, { ...env, ...extra }))
      : await run('npx', args, env);
  if (code !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
