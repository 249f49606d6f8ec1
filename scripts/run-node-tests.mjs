// Runs the Node-only tests (the content and the engine without any DOM) and records their counts.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const files = readdirSync('test/node')
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `test/node/${name}`);
mkdirSync('test-results', { recursive: true });
const tapFile = 'test-results/node.tap';
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
child.on('exit', (code) => {
  const tap = readFileSync(tapFile, 'utf8');
  const read = (label) => Number(tap.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const failed = read('fail') || (code === 0 ? 0 : 1);
  writeFileSync('test-results/node.json', JSON.stringify({ passed: read('pass'), failed }));
  process.exit(code ?? 1);
});
