// Needs `npm run build` first (`npm run test:package`).
// The built package as npm users get it: the exports map resolves (package self-reference), and the
// Node entries (content, triage, fhir) run without a DOM.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((item) => item.tagName);
const element = (tag) => elements.find((item) => item.tagName === tag);

describe('the built package', () => {
  it('the manifest lists every element with its attributes, events, parts and tokens', () => {
    const tags = readdirSync('src/define').map((file) => file.replace(/\.ts$/, ''));
    assert.deepEqual(elements.map((item) => item.tagName).sort(), tags.sort());
    const names = (tag, field) => (element(tag)[field] ?? []).map((item) => item.name);
    assert.deepEqual(names('back-pain-triage', 'events').sort(), ['triage-complete', 'triage-red-flag', 'triage-restart', 'triage-step-change']);
    assert.deepEqual(names('exercise-card', 'events'), ['exercise-timer-change']);
    assert.ok(names('exercise-card', 'attributes').includes('exercise'));
    assert.ok(names('factor-explainer', 'attributes').includes('factor'));
    assert.deepEqual(names('back-pain-provider', 'attributes'), ['locale', 'emergency-number']);
    const tokens = new Set(readFileSync('src/internal/styles.ts', 'utf8').match(/--bpw-[a-z-]+/g));
    for (const item of elements.filter((candidate) => candidate.tagName !== 'back-pain-provider')) {
      assert.ok(item.cssParts?.length, `${item.tagName} documents its parts`);
      assert.deepEqual(new Set(names(item.tagName, 'cssProperties')), tokens, `${item.tagName} documents every token`);
    }
  });
  it('content exports the questions and both locales', async () => {
    const { questions, locales } = await import('back-pain-widgets/content');
    assert.ok(questions.length > 10);
    assert.deepEqual(Object.keys(locales).sort(), ['en', 'es']);
  });
  it('triage runs in Node and an emergency sign gives emergency', async () => {
    const { triage, validateAnswers } = await import('back-pain-widgets/triage');
    assert.equal(triage({ 'bladder-bowel': 'yes', age: '20-to-49' }).urgency, 'emergency');
    assert.equal(validateAnswers({ age: 'old' }).error?.issues[0].question, 'age');
  });
  it('fhir builds a QuestionnaireResponse in Node', async () => {
    const { triage } = await import('back-pain-widgets/triage');
    const { questionnaireResponse } = await import('back-pain-widgets/fhir');
    const response = questionnaireResponse(triage({ 'bladder-bowel': 'no' }));
    assert.equal(response.resourceType, 'QuestionnaireResponse');
  });
});
