// Puts LHC-Forms' prebuilt browser files in vendor/lforms/ (gitignored) for the LHC-Forms test.
// `npm install lforms` pulls Angular and stalls on its peers, and only the prebuilt dist/lforms/ is
// needed, so the pinned tarball is fetched with `npm pack`, checked against its registry integrity
// and unpacked. Runs nothing from the package; does nothing when the files are already there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VERSION = '40.1.3';
const INTEGRITY =
  'sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==';
export const LFORMS_DIR = `vendor/lforms/${VERSION}`;

if (existsSync(join(LFORMS_DIR, 'webcomponent/lhc-forms.js'))) process.exit(0);

const work = mkdtempSync(join(tmpdir(), 'lforms-'));
try {
  execFileSync('npm', ['pack', `lforms@${VERSION}`, '--silent', '--pack-destination', work], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(work, `lforms-${VERSION}.tgz`);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`lforms-${VERSION}.tgz: integrity ${integrity}, expected ${INTEGRITY}`);
  rmSync(LFORMS_DIR, { recursive: true, force: true });
  mkdirSync(LFORMS_DIR, { recursive: true });
  // Only the prebuilt files; the source maps are two thirds of the package and not needed.
  execFileSync('tar', ['-xzf', tarball, '-C', LFORMS_DIR, '--strip-components=3', '--exclude=*.map', 'package/dist/lforms']);
  console.log(`LHC-Forms ${VERSION} unpacked in ${LFORMS_DIR}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
