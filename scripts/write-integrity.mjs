// SRI hashes for every script-tag file (the bundles, the loader and its chunks), for the README's
// <script integrity> and <link rel="modulepreload" integrity> snippets.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = 'dist/cdn';
const files = [dir, `${dir}/chunks`]
  .filter((folder) => existsSync(folder))
  .flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.js')).map((name) => `${folder}/${name}`.slice(dir.length + 1)))
  .sort();
const integrity = {};
for (const file of files) {
  integrity[file] = `sha384-${createHash('sha384').update(readFileSync(`${dir}/${file}`)).digest('base64')}`;
}
writeFileSync(`${dir}/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`wrote ${dir}/integrity.json (${files.length} files)`);
