import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));

// src/version.ts is plain TypeScript so that every build and test (rollup, tsc, tsx, Vitest, the browsers) reads it
// as it is; `npm run version-packages` writes package.json's version into it after `changeset version` bumps it.
describe('the version: one source, package.json', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bpw-version-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('src/version.ts carries the version in package.json', () => {
    expect(VERSION).to.equal(packageJson.version);
  });

  it('version-packages writes the bumped version into src/version.ts, and nothing else', () => {
    const [bump, write] = packageJson.scripts['version-packages'].split(' && ');
    expect(bump).to.equal('changeset version');
    mkdirSync(join(scratch, 'src'));
    copyFileSync('src/version.ts', join(scratch, 'src/version.ts'));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ version: '12.3.4-next.5' }));
    execSync(write, { cwd: scratch });
    const before = readFileSync('src/version.ts', 'utf8');
    expect(readFileSync(join(scratch, 'src/version.ts'), 'utf8')).to.equal(before.replace(`'${VERSION}'`, "'12.3.4-next.5'"));
  });
});
