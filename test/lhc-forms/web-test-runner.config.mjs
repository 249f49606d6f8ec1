// The Questionnaire in another FHIR tool: LHC-Forms, from the prebuilt files that
// scripts/fetch-lforms.mjs puts in vendor/lforms/ (run it first; npm test does).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import base from '../../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/lhc-forms/**/*.test.ts'],
  // Target "auto" leaves LHC-Forms' own prebuilt JavaScript as it is; only our TypeScript is compiled.
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' })],
  coverageConfig: undefined,
  // LHC-Forms logs each expression run; keep the test's own lines.
  filterBrowserLogs: ({ args }) => !/^(Ran expressions|Warning: FHIR resources might not be loaded)/.test(String(args[0])),
};
