// Brotli sizes of built files, shared by the size report and the bench.
import { brotliCompressSync, constants } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';

/** Brotli (quality 11) size of `dist/<file>`, in bytes. */
export const brotliSize = (file) =>
  brotliCompressSync(readFileSync(`dist/${file}`), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** For each tag, the files the loader fetches before it renders (`dist/cdn/preload.json`), paths under dist/. */
export function preloadLists() {
  if (!existsSync('dist/cdn/preload.json')) return {};
  const lists = JSON.parse(readFileSync('dist/cdn/preload.json', 'utf8'));
  return Object.fromEntries(Object.entries(lists).map(([tag, files]) => [tag, files.map((file) => `cdn/${file}`)]));
}
