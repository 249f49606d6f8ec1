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
 * Fails the loader's chunks while a test asks, as a bad network or a broken CDN would: `/fault?kind=<kind>&spare=<file>…`
 * makes every file in dist/cdn/chunks/ except the spared ones (given as `chunks/<name>.js`) answer with a 404 or a 500,
 * reset the connection (`reset`, and `offline`), or wait (`hold`), until `/fault-end` (back online, or the hang ends:
 * from then on they load); `/fault?kind=none` ends it all. `/fault-counts` says how often each file was asked for.
 * The test runner lets the browser cache every file, so a page that needs the chunks fetched loads the bundles as a
 * copy of its own: `/fresh/<any name>/dist/...` serves `/dist/...`.
 */
let fault = null;
async function failChunks(context, next) {
  if (context.path === '/fault') {
    const asked = new URLSearchParams(context.querystring);
    fault?.release();
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const kind = asked.get('kind');
    fault = kind === 'none' ? null : { kind, spare: new Set(asked.getAll('spare')), counts: {}, over: false, released, release };
    context.body = kind;
    return;
  }
  if (context.path === '/fault-end') {
    if (fault) fault.over = true;
    fault?.release();
    context.body = 'over';
    return;
  }
  if (context.path === '/fault-counts') {
    context.body = fault?.counts ?? {};
    return;
  }
  const fresh = /^\/fresh\/[\w-]+(?=\/dist\/)/.exec(context.path);
  if (fresh) context.path = context.path.slice(fresh[0].length);
  const chunk = /^\/dist\/cdn\/(chunks\/[\w-]+\.js)$/.exec(context.path)?.[1];
  const active = fault;
  if (active && chunk && !active.spare.has(chunk)) {
    active.counts[chunk] = (active.counts[chunk] ?? 0) + 1;
    if (active.kind === 'hold') await active.released;
    if (!active.over && (active.kind === '404' || active.kind === '500')) {
      context.status = Number(active.kind);
      context.body = `${active.kind} (a fault the test asked for)`;
      return;
    }
    if (!active.over && (active.kind === 'reset' || active.kind === 'offline')) {
      context.req.socket.destroy();
      context.respond = false;
      return;
    }
  }
  await next();
}

export default {
  ...base,
  files: ['test/embed/**/*.test.ts'],
  plugins: [...base.plugins, serveHostPagesAsWritten()],
  middleware: [...(base.middleware ?? []), allowAnyOrigin, failChunks],
  // One page at a time: a page in the background may get no frames, and the layout-shift test needs them.
  concurrency: 1,
  coverageConfig: undefined,
};
