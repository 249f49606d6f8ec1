import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const unsafeDirectives = ['unsafeHTML', 'unsafeSVG', 'unsafeCSS', 'unsafeStatic'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'storybook-static/', 'custom-elements.json', 'test-results/', 'test/embed/.fixtures/', 'vendor/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Content is text: no directive or DOM API may turn a string into markup.
      'no-restricted-imports': [
        'error',
        { paths: unsafeDirectives.map((name) => ({ name: `lit/directives/${name.replace(/^unsafe/, 'unsafe-').toLowerCase()}.js`, message: 'Content is text.' })) },
      ],
      'no-restricted-syntax': [
        'error',
        ...unsafeDirectives.map((name) => ({ selector: `Identifier[name="${name}"]`, message: `${name} is forbidden: content is text.` })),
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'innerHTML is forbidden: content is text.' },
        { selector: 'CallExpression[callee.property.name="insertAdjacentHTML"]', message: 'insertAdjacentHTML is forbidden.' },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts', 'src/triage/**/*.ts'],
    rules: {
      // The content and the engine run in Node: no DOM, no Lit.
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'localStorage', 'sessionStorage', 'fetch'],
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*', '../components/*', '../internal/*'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
