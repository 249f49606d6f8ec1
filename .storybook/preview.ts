import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs come from the Custom Elements Manifest that `npm run build` writes.
setCustomElementsManifest(manifest);

const preview: Preview = {
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
