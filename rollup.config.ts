import { readdirSync, existsSync } from 'node:fs';
import type { Plugin, RollupOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** Our own Trusted Types policy name, so a host that allows only its own Lit's 'lit-html' policy plus ours keeps working. */
export const TRUSTED_TYPES_POLICY = 'back-pain-widgets';

const tags = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

const classModules = tags
  .map((tag) => `src/components/${tag}/${tag}.ts`)
  .filter((file) => existsSync(file));

const npmEntries = [
  'src/index.ts',
  'src/content/index.ts',
  'src/triage/index.ts',
  ...readdirSync('src/react').map((file) => `src/react/${file}`),
  'src/fhir/index.ts',
  ...readdirSync('src/locales').map((file) => `src/locales/${file}`),
  ...tags.map((tag) => `src/define/${tag}.ts`),
  ...classModules,
].filter((file) => existsSync(file));

const isExternal = (id: string) => /^(lit|@lit\/|react|tslib)(\/|$)/.test(id);

/** Renames Lit's Trusted Types policy in the self-contained bundles; fails loudly if Lit changes its source. */
function renameTrustedTypesPolicy(): Plugin {
  return {
    name: 'rename-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      const renamed = code.replace(/createPolicy\((["'])lit-html\1/, `createPolicy("${TRUSTED_TYPES_POLICY}"`);
      if (renamed === code) this.error('Lit\'s createPolicy("lit-html") call was not found; update the rename.');
      return { code: renamed, map: null };
    },
  };
}

const npmBuild: RollupOptions = {
  input: npmEntries,
  external: isExternal,
  // Our modules only read plain data objects, so reading a property never has side effects; this lets
  // rollup drop imports of text modules a file does not use.
  treeshake: { propertyReadSideEffects: false },
  plugins: [typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' })],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
};

function cdnBuild(input: string, file: string): RollupOptions {
  return {
    input,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist/cdn' }),
      renameTrustedTypesPolicy(),
      // Lit's css`` and html`` templates keep their whitespace through terser; this trims them.
      minifyTemplateLiterals(),
      terser({ module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
    ],
    output: {
      file,
      format: 'es',
      sourcemap: true,
      // The TypeScript plugin's paths are one folder too deep for a bundle in dist/cdn/; from there, src is ../../src.
      sourcemapPathTransform: (source) => source.replace(/^(\.\.\/)+src\//, '../../src/'),
    },
  };
}

export default [
  npmBuild,
  cdnBuild('src/index.ts', 'dist/cdn/back-pain-widgets.js'),
  cdnBuild('src/index-es.ts', 'dist/cdn/back-pain-widgets-es.js'),
  ...tags.map((tag) => cdnBuild(`src/define/${tag}.ts`, `dist/cdn/${tag}.js`)),
];
