// Builds what the embedding tests load besides dist/cdn, into test/embed/.fixtures/ (git-ignored):
//  - host-lit.js: a host page's own copy of Lit (the strict CSP page);
//  - react-app.js, vue-app.js: the framework apps (React and Vue are CommonJS or need a compiler alias,
//    so they are bundled here rather than served to the browser as they are);
//  - back-pain-widgets-other-version.js: dist/cdn/back-pain-widgets.js with another VERSION, as if a
//    second release were on the page. Run `npm run build` first.
// Usage: node test/embed/build-fixtures.mjs (npm run test:embed runs it)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const OUT = 'test/embed/.fixtures';
const APPS = 'test/embed/apps';
const CDN_BUNDLE = 'dist/cdn/back-pain-widgets.js';
const OTHER_VERSION = '0.0.0-other';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));

await mkdir(OUT, { recursive: true });

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: [`${APPS}/host-lit.ts`], outfile: `${OUT}/host-lit.js`, minify: true });

// Development builds, so React and Vue print their warnings (an unknown element, a bad prop) and the tests see them.
const development = { 'process.env.NODE_ENV': '"development"' };
await build({ ...common, entryPoints: [`${APPS}/react-app.ts`], outfile: `${OUT}/react-app.js`, define: development });
await build({
  ...common,
  entryPoints: [`${APPS}/vue-app.ts`],
  outfile: `${OUT}/vue-app.js`,
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    ...development,
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});

// The version string must appear exactly once, or the copy would not be a clean "other release".
const bundle = await readFile(CDN_BUNDLE, 'utf8');
const quoted = new RegExp(`(["'\`])${version.replaceAll('.', '\\.')}\\1`, 'g');
const hits = bundle.match(quoted) ?? [];
if (hits.length !== 1) {
  throw new Error(`${CDN_BUNDLE}: expected the version "${version}" once, found it ${hits.length} times`);
}
await writeFile(`${OUT}/back-pain-widgets-other-version.js`, bundle.replace(quoted, `"${OTHER_VERSION}"`));

console.log(`embed fixtures written to ${OUT}/`);
