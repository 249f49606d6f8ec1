// The built package as npm users get it: the exports map resolves (package self-reference), and the
// Node entries (content, triage, fhir) run without a DOM.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';

const checks = {
  'content exports the questions and both locales': async () => {
    const { questions, locales } = await import('back-pain-widgets/content');
    assert.ok(questions.length > 10);
    assert.deepEqual(Object.keys(locales).sort(), ['en', 'es']);
  },
  'triage runs in Node and an emergency sign gives emergency': async () => {
    const { triage, validateAnswers } = await import('back-pain-widgets/triage');
    assert.equal(triage({ 'bladder-bowel': 'yes', age: '20-to-49' }).urgency, 'emergency');
    assert.equal(validateAnswers({ age: 'old' }).error?.issues[0].question, 'age');
  },
  'fhir builds a QuestionnaireResponse in Node': async () => {
    const { triage } = await import('back-pain-widgets/triage');
    const { questionnaireResponse } = await import('back-pain-widgets/fhir');
    const response = questionnaireResponse(triage({ 'bladder-bowel': 'no' }));
    assert.equal(response.resourceType, 'QuestionnaireResponse');
  },
};

let passed = 0;
let failed = 0;
for (const [name, check] of Object.entries(checks)) {
  try {
    await check();
    passed += 1;
    console.log(`  ok   ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`  FAIL ${name}: ${error.message}`);
  }
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/package-exports.json', JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
