import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { withHostPage } from '../stories/support/decorators.js';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  readonly?: boolean;
  static?: boolean;
  attribute?: string;
  parameters?: { name: string; type?: { text: string } }[];
  return?: { type?: { text: string } };
}
interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

// Docs and controls come from the Custom Elements Manifest that `npm run build` writes (public API only).
setCustomElementsManifest(manifest);
const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((module) => module.declarations ?? []);

/** A row of the docs table; `control: false` for what cannot be set (read-only members, methods, events, slots, CSS). */
const row = (category: string, item: Item, extra: Partial<InputType> = {}): InputType => ({
  name: item.name,
  description: item.description,
  table: { category, type: item.type?.text ? { summary: item.type.text } : undefined, defaultValue: item.default ? { summary: item.default } : undefined },
  control: false,
  ...extra,
});

/** The control a settable member gets, from its TypeScript type: a switch, a number, text or an object editor. */
function settable(item: Item): Partial<InputType> {
  const text = (item.type?.text ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '');
  const name = text === 'boolean' ? 'boolean' : text === 'number' ? 'number' : /^(string|'[^']*'(\s*\|\s*'[^']*')*)$/.test(text) ? 'string' : 'object';
  return { type: { name, required: false }, control: undefined };
}

const signature = (method: Item) =>
  `(${(method.parameters ?? []).map((parameter) => `${parameter.name}: ${parameter.type?.text ?? 'unknown'}`).join(', ')}) => ${method.return?.type?.text ?? 'void'}`;

/**
 * Each element's API once: an attribute and its property are one row (under the attribute, the stories' arg name),
 * then the properties with no attribute, the read-only ones, methods, events, slots (the default one too), CSS custom
 * properties and parts. Only attributes and writable properties get controls.
 */
function argTypesOf(tagName: string): ArgTypes {
  const element = declarations.find((declaration) => declaration.tagName === tagName);
  if (!element) return {};
  const members = (element.members ?? []).filter((member) => !member.static);
  const withAttribute = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
  const rows: [string, InputType][] = [
    ...(element.attributes ?? []).map((attribute): [string, InputType] => {
      const property = members.find((member) => member.name === attribute.fieldName);
      const description = [attribute.description ?? property?.description, attribute.fieldName && attribute.fieldName !== attribute.name && `Property: \`${attribute.fieldName}\`.`].filter(Boolean).join(' ');
      const merged = { ...attribute, type: attribute.type ?? property?.type, default: attribute.default ?? property?.default, description };
      return [attribute.name, row('attributes', merged, settable(merged))];
    }),
    ...members
      .filter((member) => member.kind === 'field' && !withAttribute.has(member.name))
      .map((member): [string, InputType] =>
        member.readonly ? [member.name, row('read-only properties', member)] : [member.name, row('properties', member, settable(member))],
      ),
    // Lifecycle callbacks (formResetCallback, ...) are the browser's to call, not the host's.
    ...members.filter((member) => member.kind === 'method' && !member.name.endsWith('Callback')).map((method): [string, InputType] => [`${method.name}()`, row('methods', { ...method, name: `${method.name}()`, type: { text: signature(method) } })]),
    ...(element.events ?? []).flatMap((event): [string, InputType][] => [
      [`event: ${event.name}`, row('events', event)],
      // Logged in the Actions panel, as Storybook's own manifest reading does.
      [`on-${event.name}`, { name: `on-${event.name}`, action: event.name, table: { disable: true } } as InputType],
    ]),
    ...(element.slots ?? []).map((slot): [string, InputType] => {
      const name = slot.name || '(default)';
      return [`slot: ${name}`, row('slots', { ...slot, name })];
    }),
    ...(element.cssProperties ?? []).map((token): [string, InputType] => [token.name, row('css custom properties', token)]),
    ...(element.cssParts ?? []).map((part): [string, InputType] => [`part: ${part.name}`, row('css shadow parts', part)]),
  ];
  return Object.fromEntries(rows);
}

const preview: Preview = {
  // A docs page for every element, from the manifest and the stories.
  tags: ['autodocs'],
  // Stories may set `parameters.hostPage` (e.g. an Arabic page); every other story gets `<html lang="en" dir="ltr">`.
  decorators: [withHostPage],
  parameters: {
    docs: {
      extractArgTypes: argTypesOf,
      extractComponentDescription: (tagName: string) => declarations.find((declaration) => declaration.tagName === tagName)?.description,
    },
    // Fail the a11y checks on violations rather than only reporting them.
    a11y: {
      test: 'error',
      options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    },
    layout: 'padded',
  },
};

export default preview;
