import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { withHostPage } from '../stories/support/decorators.js';

// Controls and docs come from the Custom Elements Manifest that `npm run build` writes (public API only).
// Read-only and static members are documented there but cannot be set, so they get no control.
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: 'members' in declaration ? declaration.members?.filter((member) => !('readonly' in member && member.readonly) && !member.static) : undefined,
    })),
  })),
});

const preview: Preview = {
  // A docs page for every element, from the manifest and the stories.
  tags: ['autodocs'],
  // Stories may set `parameters.hostPage` (e.g. an Arabic page); every other story gets `<html lang="en" dir="ltr">`.
  decorators: [withHostPage],
  parameters: {
    // Fail the a11y checks on violations rather than only reporting them.
    a11y: {
      test: 'error',
      options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    },
    layout: 'padded',
  },
};

export default preview;
