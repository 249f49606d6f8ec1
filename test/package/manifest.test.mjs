// Needs `npm run build` first (`npm run test:package`).
// The Custom Elements Manifest as tools read it: valid against the official 2.1 schema and
// @wc-toolkit/cem-validator, and only the public API (no private members, no internal state as attributes),
// with typed events, shipped module paths and a definition export per tag.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { validateCem } from '@wc-toolkit/cem-validator';
import { describe, it } from 'vitest';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.customElement);
const tags = readdirSync('src/define').map((file) => file.replace(/\.ts$/, ''));

describe('the Custom Elements Manifest', () => {
  it('valid against the official schema 2.1.0', () => {
    const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate(manifest), JSON.stringify(validate.errors?.slice(0, 3)));
  });
  it('@wc-toolkit/cem-validator finds nothing', async () => {
    const error = 'error';
    await validateCem(manifest, {
      // The shared base class is not an element: it has no tag or definition of its own.
      exclude: ['WidgetElement'],
      rules: {
        packageJson: { packageType: error, main: error, module: error, types: error, exports: error, customElementsProperty: error, publishedCem: error },
        manifest: { schemaVersion: error, modulePath: error, definitionPath: error, typeDefinitionPath: error, tagName: error,
          // This rule wants each element's module to re-export every type its API names (ContentStrings,
          // Answers, ...). They come from the package's entries instead (root, /content, /triage), which the
          // consumer type tests import; re-exporting them from each element module would repeat them six times.
          exportTypes: 'off' },
      },
    });
  });
  it('only public members; attributes only for public properties', () => {
    for (const element of elements) {
      for (const member of element.members ?? []) {
        assert.ok(!member.privacy || member.privacy === 'public', `${element.tagName}.${member.name} is ${member.privacy}`);
        assert.match(member.name, /^[a-zA-Z]/, `${element.tagName}.${member.name}`);
        assert.notEqual(member.name, 'englishText');
      }
      const fields = new Set((element.members ?? []).map((member) => member.name));
      for (const attribute of element.attributes ?? []) {
        assert.ok(fields.has(attribute.fieldName), `${element.tagName}[${attribute.name}] sets a public property`);
      }
    }
  });
  it('every event has its detail type', () => {
    for (const element of elements) {
      for (const event of element.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<.+>$/, `${element.tagName} ${event.name}`);
    }
  });
  it('module paths name shipped .js files, and every tag has a definition export', () => {
    for (const module of manifest.modules) {
      assert.match(module.path, /^dist\/.+\.js$/);
      assert.ok(existsSync(module.path), `${module.path} is built`);
    }
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [entry.name, module.path, entry.declaration.module]),
    );
    assert.deepEqual(definitions.map(([tag]) => tag).sort(), [...tags].sort());
    for (const [tag, path, declared] of definitions) {
      assert.equal(path, `dist/define/${tag}.js`);
      assert.ok(existsSync(declared), declared);
    }
  });
  it('no part shares its name with a property', () => {
    for (const element of elements) {
      const members = new Set((element.members ?? []).map((member) => member.name));
      for (const part of element.cssParts ?? []) assert.ok(!members.has(part.name), `${element.tagName}: part and property "${part.name}"`);
    }
  });
});
