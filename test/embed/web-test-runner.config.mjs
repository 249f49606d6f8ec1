// Embedding tests: host pages in test/embed/pages load the built dist/cdn bundles, as a clinic's site would.
import base from '../../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/embed/**/*.test.ts'],
  coverageConfig: undefined,
};
