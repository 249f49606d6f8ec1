// Embedding tests: host pages in test/embed/pages load the built dist/cdn bundles, as a clinic's site would.
// Run `npm run build` first; `npm run test:embed` builds the fixtures (test/embed/build-fixtures.mjs) and runs them.
import base from '../../web-test-runner.config.mjs';

// What @web/dev-server-core's web-sockets plugin appends to each HTML page.
const INJECTED_WEB_SOCKET = /<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/;

/**
 * The dev server appends its web-socket script to every HTML page it serves. The host pages must reach the
 * browser exactly as written (a strict CSP page, a page whose every request is counted), so it is taken out.
 */
function serveHostPagesAsWritten() {
  return {
    name: 'serve-host-pages-as-written',
    transform(context) {
      if (!context.path.startsWith('/test/embed/pages/') || typeof context.body !== 'string') return undefined;
      if (!INJECTED_WEB_SOCKET.test(context.body)) return undefined;
      return { body: context.body.replace(INJECTED_WEB_SOCKET, '') };
    },
  };
}

/**
 * A frame sandboxed without allow-same-origin has an opaque origin, and module scripts load with CORS:
 * the bundle must say any origin may load it, as a CDN serving it to other sites must (see the README).
 */
async function allowAnyOrigin(context, next) {
  await next();
  if (context.path.startsWith('/dist/cdn/')) context.set('Access-Control-Allow-Origin', '*');
}

/**
 * Holds one chunk of the built bundles while a test asks (`/hold-chunk?<file in dist/cdn/chunks>`) until it lets go
 * (`/release-chunk`): the test sees a widget before that code arrives, as a person on a slow network would. The test
 * runner lets the browser cache every file, so a page that needs the chunk fetched loads the bundles as a copy of its
 * own: `/fresh/<any name>/dist/...` serves `/dist/...`.
 */
let heldChunk = null;
async function holdChunk(context, next) {
  if (context.path === '/hold-chunk') {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    heldChunk = { path: `/dist/cdn/chunks/${context.querystring}`, released, release };
    context.body = 'held';
    return;
  }
  if (context.path === '/release-chunk') {
    heldChunk?.release();
    heldChunk = null;
    context.body = 'released';
    return;
  }
  const fresh = /^\/fresh\/[\w-]+(?=\/dist\/)/.exec(context.path);
  if (fresh) context.path = context.path.slice(fresh[0].length);
  if (heldChunk && context.path === heldChunk.path) await heldChunk.released;
  await next();
}

export default {
  ...base,
  files: ['test/embed/**/*.test.ts'],
  plugins: [...base.plugins, serveHostPagesAsWritten()],
  middleware: [...(base.middleware ?? []), allowAnyOrigin, holdChunk],
  // One page at a time: a page in the background may get no frames, and the layout-shift test needs them.
  concurrency: 1,
  coverageConfig: undefined,
};
