// SRI hashes for every script-tag bundle, for the README's <script integrity> snippet.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = 'dist/cdn';
const integrity = {};
for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
  integrity[file] = `sha384-${createHash('sha384').update(readFileSync(`${dir}/${file}`)).digest('base64')}`;
}
writeFileSync(`${dir}/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`wrote ${dir}/integrity.json (${Object.keys(integrity).length} bundles)`);
