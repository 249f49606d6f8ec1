// The manifest describes the shipped package's public API: only public members, attributes that set
// them, typed events, paths to the built .js files and one definition export per tag. It feeds the VS Code
// data, the framework types (JSX, Vue, Svelte) and Storybook's docs and controls.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

// The analyzer cannot see tag names through our safe define helper, so they are read from src/define,
// the one place elements are registered.
const tagByClass = new Map(
  readdirSync('src/define').flatMap((file) => {
    const match = readFileSync(`src/define/${file}`, 'utf8').match(/defineElement\('([^']+)', (\w+)\)/);
    return match ? [[match[2], { tag: match[1], define: `dist/define/${file.replace(/\.ts$/, '.js')}` }]] : [];
  }),
);

/** `src/a/b.ts` -> `dist/a/b.js`: the file consumers import. */
const shipped = (path) => path?.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** The bundle's private text tables; the base class documents them for subclasses, not for hosts. */
const INTERNAL_STATICS = new Set(['englishText']);

const isPublic = (member) =>
  !member.privacy || member.privacy === 'public'
    ? !member.name.startsWith('#') && !member.name.startsWith('_') && !(member.static && INTERNAL_STATICS.has(member.name))
    : false;

/** Event name -> detail type, from the `GlobalEventHandlersEventMap` block each element declares. */
function eventTypes(sourcePath) {
  const source = readFileSync(sourcePath, 'utf8');
  const block = source.match(/interface GlobalEventHandlersEventMap \{([^}]*)\}/)?.[1] ?? '';
  return new Map([...block.matchAll(/'([^']+)':\s*([^;]+);/g)].map(([, name, type]) => [name, type.trim()]));
}

const publicApi = {
  name: 'public-api',
  packageLinkPhase({ customElementsManifest }) {
    // The analyzer writes 1.0.0; what it writes is valid 2.1.0 (checked against that schema in npm test).
    customElementsManifest.schemaVersion = '2.1.0';
    const modules = customElementsManifest.modules;
    for (const module of modules) {
      const types = module.path.startsWith('src/components/') ? eventTypes(module.path) : new Map();
      for (const declaration of module.declarations ?? []) {
        const defined = tagByClass.get(declaration.name);
        if (defined) Object.assign(declaration, { customElement: true, tagName: defined.tag });
        // JSDoc's @summary runs on to the next tag: its first paragraph is the summary, all of it the description
        // (which Storybook's docs pages, the IDE data and the web-types show).
        if (declaration.summary && !declaration.description) {
          declaration.description = declaration.summary;
          declaration.summary = declaration.summary.split(/\n\s*\n/)[0];
        }
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        // Attributes only for public properties: `state: true` fields and private fields are not API.
        if (declaration.attributes) {
          const fields = new Set((declaration.members ?? []).map((member) => member.name));
          declaration.attributes = declaration.attributes.filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName));
        }
        // The shared emit(name, detail) helper reads to the analyzer as an event called "name";
        // the real events are the documented @fires ones, typed from the element's event map.
        if (declaration.events) {
          declaration.events = declaration.events
            .filter((event) => event.description)
            .map((event) => (types.has(event.name) ? { ...event, type: { text: types.get(event.name) } } : event));
        }
        for (const item of [declaration, declaration.superclass, ...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
          if (item?.inheritedFrom?.module) item.inheritedFrom.module = shipped(item.inheritedFrom.module);
          if (item?.module) item.module = shipped(item.module);
        }
      }
      for (const entry of module.exports ?? []) if (entry.declaration?.module) entry.declaration.module = shipped(entry.declaration.module);
      module.path = shipped(module.path);
    }
    // A module of types only (an interface) is erased at build: nothing in it for the manifest to name.
    customElementsManifest.modules = modules.filter((module) => module.declarations?.length || module.exports?.length);
    // One module per define file: importing it registers the tag (a `custom-element-definition` export).
    for (const module of [...customElementsManifest.modules]) {
      for (const declaration of module.declarations ?? []) {
        const defined = tagByClass.get(declaration.name);
        if (!defined) continue;
        customElementsManifest.modules.push({
          kind: 'javascript-module',
          path: defined.define,
          declarations: [],
          exports: [
            { kind: 'custom-element-definition', name: defined.tag, declaration: { name: declaration.name, module: module.path } },
            { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: module.path } },
          ],
        });
      }
    }
  },
};

// Framework types, generated from the manifest into dist/types/ and imported by consumers
// (`back-pain-widgets/types/react`, ...). They import the classes from the package root.
const outdir = 'dist/types';
const globalTypePath = '../index.js';
// The manifest types an event as the event (`CustomEvent<Detail>`, as the schema says); the Vue and Svelte
// generators wrap the type in CustomEvent themselves, so they get a copy typed with the detail alone.
const withDetailTypes = (manifest) =>
  JSON.parse(JSON.stringify(manifest), (key, value) =>
    key === 'events' && Array.isArray(value)
      ? value.map((event) => ({ ...event, type: event.type && { text: event.type.text.replace(/^CustomEvent<(.+)>$/, '$1') } }))
      : value,
  );
const typesFor = (generate, options, rewrite) => ({
  name: `types-${options.fileName}`,
  packageLinkPhase({ customElementsManifest }) {
    generate(withDetailTypes(customElementsManifest), { outdir, globalTypePath, ...options });
    if (rewrite) writeFileSync(`${outdir}/${options.fileName}`, rewrite(readFileSync(`${outdir}/${options.fileName}`, 'utf8')));
  },
});
const camelCase = (name) => name.replace(/-([a-z])/g, (_match, letter) => letter.toUpperCase());
/**
 * Vue's template checker reads `emergency-number="112"` as the prop `emergencyNumber` and `@triage-complete` as
 * `onTriageComplete`; the generator keys them `"emergency-number"` and `"ontriage-complete"`, which
 * `strictTemplates` rejects (TS2561). Its props and event handlers get Vue's names.
 */
const vueNames = (types) =>
  types
    .replace(/^(\s*)"on([a-z][a-z-]*)"\?:/gm, (_match, indent, event) => `${indent}${camelCase(`on-${event}`)}?:`)
    .replace(/^(\s*)"([a-z][a-z-]*)"\?:/gm, (_match, indent, attribute) => `${indent}${camelCase(attribute)}?:`);

export default {
  globs: ['src/components/**/*.ts', 'src/internal/widget-element.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/exercise-card/hold-timer.ts'],
  litelement: true,
  plugins: [
    publicApi,
    // HTML and CSS hints for VS Code (tags, attributes, parts, tokens), shipped in dist/.
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    // The same for JetBrains IDEs (WebStorm, IntelliJ): dist/web-types.json, named in package.json's "web-types".
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true }),
    // React 19, Preact (`CustomElements`) and Solid (`CustomElementsSolidJs`) JSX.
    jsxTypesPlugin({ outdir, fileName: 'jsx.d.ts', globalTypePath, stronglyTypedEvents: true }),
    typesFor(generateVuejsTypes, { fileName: 'vue.d.ts' }, vueNames),
    typesFor(generateSvelteTypes, { fileName: 'svelte.d.ts' }),
  ],
};
