// Consumer apps against the built package (test/consumers/, imported by name through the exports map):
// TypeScript + React 19 + Preact + Solid JSX, a Vue template and a Svelte component typecheck; Lit SSR,
// React server rendering and one-wrapper imports run in Node; publint and attw check the package itself.
// Needs `npm run build` first. Writes test-results/consumers.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

const checks = {
  'types: TypeScript in a page, React 19, Preact and Solid JSX': () => run('npx', ['tsc', '-p', 'test/consumers/tsconfig.json']),
  'types: a Vue 3 template (vue-tsc)': () => run('npx', ['vue-tsc', '-p', 'test/consumers/vue/tsconfig.json']),
  'types: a Svelte 5 component (svelte-check)': () =>
    run('npx', ['svelte-check', '--workspace', 'test/consumers/svelte', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']),
  'publint --strict': () => run('npx', ['publint', '--strict']),
  'attw --profile esm-only': () =>
    run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--include-entrypoints', './react/exercise-card.js', './define/exercise-card.js', './components/exercise-card/exercise-card.js']),
};

let passed = 0;
let failed = 0;
for (const [name, check] of Object.entries(checks)) {
  console.log(`\n-- ${name}`);
  if (check()) passed += 1;
  else {
    failed += 1;
    console.log(`  FAIL ${name}`);
  }
}

// The runtime consumers are node:test files; each test counts.
mkdirSync('test-results', { recursive: true });
const tapFile = 'test-results/consumers.tap';
const files = readdirSync('test/consumers').filter((name) => name.endsWith('.test.ts')).map((name) => `test/consumers/${name}`);
const ok = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files]);
const tap = readFileSync(tapFile, 'utf8');
const count = (label) => Number(tap.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
passed += count('pass');
failed += count('fail') || (ok ? 0 : 1);

writeFileSync('test-results/consumers.json', JSON.stringify({ passed, failed }));
console.log(`\nconsumers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
