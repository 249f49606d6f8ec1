// Brotli (quality 11) budgets for the script-tag files, checked by size-limit after `npm run build`
// (`npm run size`; `npm run size -- --json` for the numbers the docs' size table shows).
import { existsSync, readFileSync } from 'node:fs';

const file = (name, limit) => ({ name, path: `dist/${name}`, limit });

/** For each tag, the loader and every chunk it needs before it renders (written by the build). */
const preload = existsSync('dist/cdn/preload.json') ? JSON.parse(readFileSync('dist/cdn/preload.json', 'utf8')) : {};
const firstLoad = (tag, limit) => ({
  name: `first load of <${tag}> through the loader`,
  path: (preload[tag] ?? ['missing-from-preload.json']).map((name) => `dist/cdn/${name}`),
  limit,
});

export default [
  file('cdn/back-pain-widgets.js', '41 KiB'),
  file('cdn/red-flag-banner.js', '11.5 KiB'),
  file('cdn/back-pain-widgets-loader.js', '1 KiB'),
  file('cdn/chunks/shared.js', '11 KiB'),
  file('cdn/chunks/back-pain-triage.js', '7 KiB'),
  file('cdn/chunks/result.js', '3.5 KiB'),
  file('cdn/chunks/red-flag-banner.js', '3 KiB'),
  file('cdn/chunks/exercise-card.js', '5.5 KiB'),
  file('cdn/chunks/text.js', '4.5 KiB'),
  file('cdn/chunks/questionnaire-response.js', '1.5 KiB'),
  // The target for the first widget a page shows is 20 KiB.
  firstLoad('back-pain-triage', '19.5 KiB'),
  firstLoad('red-flag-banner', '15 KiB'),
  firstLoad('exercise-card', '22.5 KiB'),
  // The loader and all its chunks: at most 1.25 × the all-in bundle's 41 KiB budget (each file compressed on its
  // own costs more than one bundle; the target is 1.1 ×).
  { name: 'the loader and all its chunks', path: ['dist/cdn/back-pain-widgets-loader.js', 'dist/cdn/chunks/*.js'], limit: '51.25 KiB' },
];
