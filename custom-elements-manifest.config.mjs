// The analyzer cannot see tag names through our safe define helper, so this reads them from src/define,
// the one place elements are registered.
import { readdirSync, readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const tagByClass = new Map(
  readdirSync('src/define').flatMap((file) => {
    const match = readFileSync(`src/define/${file}`, 'utf8').match(/defineElement\('([^']+)', (\w+)\)/);
    return match ? [[match[2], match[1]]] : [];
  }),
);

export default {
  globs: ['src/components/**/*.ts', 'src/internal/widget-element.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'tag-names-and-documented-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const tag = tagByClass.get(declaration.name);
            if (tag) Object.assign(declaration, { customElement: true, tagName: tag });
            // The shared emit(name, detail) helper reads to the analyzer as an event called "name";
            // the real events are the documented @fires ones.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          }
        }
      },
    },
    // HTML and CSS hints for VS Code (tags, attributes, parts, tokens), shipped in dist/.
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
  ],
};
