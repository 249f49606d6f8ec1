import { createHash } from 'node:crypto';
import { readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import type { Plugin, PreRenderedChunk, RollupOptions } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// Our own Trusted Types policy name, so a host that allows only its own Lit's 'lit-html' policy plus ours keeps working.
import { POLICY_REFUSED, TRUSTED_TYPES_POLICY } from './src/internal/trusted-types.js';

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

/**
 * Lit's policy creation, renamed to ours and guarded: on a page whose `trusted-types` directive does not
 * allow it, one console error names the policy and the line to add, instead of the bundle failing to load.
 */
const guardedCreatePolicy = `
function createBackPainWidgetsPolicy(factory, rules) {
  try {
    return factory.createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY)}, rules);
  } catch (error) {
    console.error("back-pain-widgets: this page's Trusted Types policy does not allow the policy \\"${TRUSTED_TYPES_POLICY}\\", so the widgets cannot render. Add it to the Content-Security-Policy: trusted-types ${TRUSTED_TYPES_POLICY} lit-html (keep your own policy names). " + error);
    return { createHTML() { const refused = new Error("Trusted Types policy ${TRUSTED_TYPES_POLICY} refused"); refused.name = "${POLICY_REFUSED}"; throw refused; } };
  }
}`;

/** Renames and guards Lit's Trusted Types policy in the self-contained bundles; fails loudly if Lit changes its source. */
function renameTrustedTypesPolicy(): Plugin {
  return {
    name: 'rename-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      const renamed = code.replace(/(\w+)\.createPolicy\((["'])lit-html\2,/, 'createBackPainWidgetsPolicy($1,');
      if (renamed === code) this.error('Lit\'s createPolicy("lit-html") call was not found; update the rename.');
      return { code: renamed + guardedCreatePolicy, map: null };
    },
  };
}

/**
 * Modules whose exports are plain data computed from the content. Bundles get the computed values, not
 * the content they are computed from: the banner needs the warning signs' ids and urgencies, not the rules.
 */
const PRECOMPUTED = ['src/triage/warning-signs.ts'];

/** Replaces each PRECOMPUTED module's code with its exports' values, computed at build time in Node. */
function precomputeData(): Plugin {
  return {
    name: 'precompute-data',
    async transform(_code, id) {
      const file = PRECOMPUTED.find((path) => resolve(path) === id);
      if (!file) return null;
      const exported: Record<string, unknown> = await tsImport(pathToFileURL(resolve(file)).href, import.meta.url);
      const lines = Object.entries(exported).map(([name, value]) => {
        const text = JSON.stringify(value);
        if (!isDeepStrictEqual(JSON.parse(text ?? 'null'), value)) this.error(`${file}: export ${name} is not plain data`);
        return `export const ${name} = ${text};`;
      });
      return { code: lines.join('\n'), map: null };
    },
  };
}

/** The English text modules: src/content/locales/en.ts and en-*.ts. */
const ENGLISH_TEXT = /[\\/]src[\\/]content[\\/]locales[\\/]en(-[\w-]+)?\.ts$/;

/** For the Spanish bundle: each English text module becomes src/content/locales/es-built-in.ts, so no English ships. */
function spanishInPlaceOfEnglish(): Plugin {
  const spanish = JSON.stringify(resolve('src/content/locales/es-built-in.ts'));
  return {
    name: 'spanish-in-place-of-english',
    transform: (_code, id) => (ENGLISH_TEXT.test(id) ? { code: `export * from ${spanish};`, map: null } : null),
  };
}

/** A module that only re-exports has no code of its own to map: it ships with no map rather than an empty one. */
function noEmptySourceMaps(): Plugin {
  return {
    name: 'no-empty-source-maps',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.map || chunk.map.sources.length || !chunk.sourcemapFileName) continue;
        delete bundle[chunk.sourcemapFileName];
        chunk.code = chunk.code.replace(/\/\/# sourceMappingURL=\S+\n?$/, '');
      }
    },
  };
}

const npmBuild: RollupOptions = {
  input: npmEntries,
  external: isExternal,
  // Our modules only read plain data objects, so reading a property never has side effects; this lets
  // rollup drop imports of text modules a file does not use.
  treeshake: { propertyReadSideEffects: false },
  plugins: [
    typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist' }),
    precomputeData(),
    noEmptySourceMaps(),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
};

/** SRI hashes of every script-tag file as written, for `<script integrity>` and `<link rel="modulepreload" integrity>`. */
const integrity: Record<string, string> = {};
function integrityList(): Plugin {
  return {
    name: 'integrity-list',
    writeBundle(options, bundle) {
      const dir = options.dir ?? dirname(options.file!);
      for (const chunk of Object.values(bundle).filter((file) => file.type === 'chunk')) {
        const path = resolve(dir, chunk.fileName);
        integrity[relative(resolve('dist/cdn'), path)] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
      }
      const sorted = Object.fromEntries(Object.entries(integrity).sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(sorted, null, 2)}\n`);
    },
  };
}

/** What every script-tag bundle goes through: Lit's production build, our policy name, minified. */
function cdnPlugins(outDir: string): Plugin[] {
  return [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, outDir }),
    precomputeData(),
    renameTrustedTypesPolicy(),
    // Lit's css`` and html`` templates keep their whitespace through terser; this trims them.
    minifyTemplateLiterals(),
    terser({ module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
    integrityList(),
  ];
}

/**
 * The TypeScript plugin writes bundle source paths one folder too deep; point them at src/ from wherever the
 * map is (dist/cdn/ or dist/cdn/chunks/).
 */
const sourcemapPathTransform = (source: string, mapPath: string): string =>
  source.replace(/^(\.\.\/)+src\//, `${relative(dirname(mapPath), resolve('src'))}/`);

/** A widget's class module: src/components/<tag>/<tag>.ts. */
const WIDGET_CLASS = /[\\/]src[\\/]components[\\/]([\w-]+)[\\/]\1\.ts$/;

/**
 * The all-in bundle is one ES module; this ends each widget's class module in it with a wait for a new task (a
 * top-level await), so the module evaluates one widget's code (and what it imports first) per task instead of all
 * of it in the task that ran the script. Nothing is defined meanwhile: src/script-tag.ts defines the elements after.
 */
function evaluateEachWidgetInItsOwnTask(): Plugin {
  const nextTaskModule = JSON.stringify(resolve('src/internal/next-task.ts'));
  return {
    name: 'evaluate-each-widget-in-its-own-task',
    transform(code, id) {
      if (!WIDGET_CLASS.test(id)) return null;
      // Appended, so the source map of the lines above stays true (imports are hoisted wherever they are).
      return { code: `${code}\nimport { nextTask as widgetEvaluated } from ${nextTaskModule};\nawait widgetEvaluated();\n`, map: null };
    },
  };
}

/** One self-contained file: code loaded on demand (the FHIR file) is inlined. */
function cdnBuild(input: string, file: string, extraPlugins: Plugin[] = []): RollupOptions {
  return {
    input,
    plugins: [...cdnPlugins('dist/cdn'), ...extraPlugins],
    output: { file, format: 'es', sourcemap: true, sourcemapPathTransform, inlineDynamicImports: true },
  };
}

/**
 * The loader and its chunks: `cdn/back-pain-widgets-loader.js` loads each element's code from `cdn/chunks/`
 * when its tag appears. Names carry no hash: the version is in the CDN path. `cdn/preload.json` lists, per
 * tag, the files a page that shows it needs (for `<link rel="modulepreload">`).
 */
/**
 * Lit, the widgets' base class and what it imports (deep-freeze through the emergency numbers: named here, or it
 * may join the content chunk, which every widget would then load), and the text they share: one chunk every widget loads.
 */
const SHARED_CHUNK =
  /[\\/]node_modules[\\/]|[\\/]src[\\/](context[\\/]|internal[\\/](widget-element|define|next-task|control-styles)\.ts$|content[\\/](types\.ts|deep-freeze\.ts|locales[\\/]en-(ui|phrases)\.ts)$)/;
/**
 * The exercises, factors, self-care steps and sources, which the triage's engine, the card, the guide and the
 * explainer each need (one chunk: each file compressed on its own costs more than a page that needs part of it gains).
 */
const CONTENT_CHUNK = /[\\/]src[\\/](content[\\/](exercises|factors|self-care|sources|glossary)|internal[\\/]sources)\.ts$/;
/** Their English, which the triage loads with its result details, not at first. */
const TEXT_CHUNK = /[\\/]src[\\/]content[\\/]locales[\\/]en-(factors|self-care|exercises)\.ts$/;
/**
 * The banner, with its text and the urgency box it draws: one chunk, for a page that shows the banner alone, and
 * the triage's first load.
 */
const BANNER_CHUNK = /[\\/]src[\\/](components[\\/]red-flag-banner[\\/]|define[\\/]red-flag-banner\.ts$|internal[\\/]urgency-box\.ts$|content[\\/]locales[\\/]en-warning-signs\.ts$)/;

/**
 * A chunk holding a widget's class is named after its tag. A widget's code that two chunks load (the exercise
 * card: the loader for its tag, and the triage's result details) leaves its define module in a small chunk of its own.
 */
function chunkFileName(chunk: PreRenderedChunk): string {
  const widget = chunk.moduleIds.map((id) => WIDGET_CLASS.exec(id)?.[1]).find(Boolean);
  if (widget) return `chunks/${widget}.js`;
  return chunk.moduleIds.every((id) => /[\\/]src[\\/]define[\\/]/.test(id)) ? 'chunks/define-[name].js' : 'chunks/[name].js';
}

const loaderBuild: RollupOptions = {
  input: { 'back-pain-widgets-loader': 'src/loader/index.ts' },
  plugins: [...cdnPlugins('dist/cdn'), preloadList()],
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    sourcemapPathTransform,
    entryFileNames: '[name].js',
    chunkFileNames: chunkFileName,
    manualChunks: (id) =>
      SHARED_CHUNK.test(id)
        ? 'shared'
        : CONTENT_CHUNK.test(id)
          ? 'content'
          : TEXT_CHUNK.test(id)
            ? 'text'
            : BANNER_CHUNK.test(id)
              ? 'red-flag-banner'
              : undefined,
  },
};

/** Writes `preload.json`: for each tag, the loader and every chunk its code imports, in load order. */
function preloadList(): Plugin {
  return {
    name: 'preload-list',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const withImports = (fileName: string, seen = new Set<string>()): string[] => {
        if (seen.has(fileName)) return [];
        seen.add(fileName);
        return [fileName, ...byName.get(fileName)!.imports.flatMap((imported) => withImports(imported, seen))];
      };
      const loader = chunks.find((chunk) => chunk.isEntry)!;
      const preload = Object.fromEntries(
        tags.map((tag) => {
          const chunk = chunks.find((candidate) => candidate.moduleIds.some((id) => id.endsWith(`/src/define/${tag}.ts`)));
          if (!chunk) this.error(`preload-list: no chunk for <${tag}>`);
          return [tag, [loader.fileName, ...withImports(chunk.fileName)]];
        }),
      );
      this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify(preload, null, 2)}\n` });
    },
  };
}

export default [
  npmBuild,
  cdnBuild('src/script-tag.ts', 'dist/cdn/back-pain-widgets.js', [evaluateEachWidgetInItsOwnTask()]),
  cdnBuild('src/script-tag.ts', 'dist/cdn/back-pain-widgets-es.js', [evaluateEachWidgetInItsOwnTask(), spanishInPlaceOfEnglish()]),
  ...tags.map((tag) => cdnBuild(`src/define/${tag}.ts`, `dist/cdn/${tag}.js`)),
  loaderBuild,
];
