// npm start: serves the sample clinic page, which embeds the built script-tag bundle, on localhost.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port: actualPort } = server.config;
console.log(`\nback-pain-widgets demo: http://127.0.0.1:${actualPort}/demo/\n(Ctrl+C to stop)`);
