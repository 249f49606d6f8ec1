import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/index.js';
import { summaryText, triage } from '../../src/triage/index.js';
import { vignettes } from './vignettes.data.js';

const date = new Date(2026, 2, 4, 10);
const find = (name: string) => {
  const vignette = vignettes.find((v) => v.name.startsWith(name));
  if (!vignette) throw new Error(`no vignette ${name}`);
  return vignette.answers;
};

describe('summaryText', () => {
  it('gives the title, the date and says it is not a diagnosis', () => {
    const text = summaryText(triage({}), en, date);
    const lines = text.split('\n');
    expect(lines[0]).to.equal(en.ui['summary-title']);
    expect(lines[1]).to.equal('Date: 2026-03-04');
    expect(lines[2]).to.equal(en.ui['not-a-diagnosis']);
    expect(text).to.contain(en.ui['partial-result']);
  });

  it('heads with the urgency and lists the answers behind it', () => {
    const result = triage(find('back pain with fever'));
    const text = summaryText(result, en, date);
    expect(text).to.contain(`${en.urgency.urgent.headline}. How soon: ${en.urgency.urgent.howSoon}`);
    const why = text.split('\n\n').find((block) => block.startsWith(`${en.ui['why-this-result']}:`));
    expect(why).to.equal(`${en.ui['why-this-result']}:\n- ${en.questions.fever.text} ${en.questions.fever.options.yes}`);
    expect(text).to.contain(`- ${en.redFlags.fever.sign} ${en.redFlags.fever.advice}`);
    expect(text).to.contain(en.cautions['get-checked-first']);
  });

  it('writes every answer in plain words as question and answer', () => {
    const answers = { age: '60-or-over', shoes: 'high-heels' } as const;
    const text = summaryText(triage(answers), en, date);
    expect(text).to.contain(`- ${en.questions.age.text} ${en.questions.age.options['60-or-over']}`);
    expect(text).to.contain(`- ${en.questions.shoes.text} ${en.questions.shoes.options['high-heels']}`);
    expect(text).to.not.match(/60-or-over|high-heels/);
  });

  it('calls factors possible contributing factors, not a diagnosis, with their confidence and notes', () => {
    const text = summaryText(triage(find('smoker with calf cramps')), en, date);
    const block = text.split('\n\n').find((b) => b.startsWith(`${en.ui['possible-factors']}:`)) ?? '';
    expect(block.split('\n')[1]).to.equal(en.ui['not-a-diagnosis']);
    expect(block).to.contain(`- ${en.factors['leg-circulation'].name}: ${en.ui['confidence-likely']}.`);
    expect(block).to.contain(en.notes['check-circulation']);
  });

  it('gives the plan and the safety net', () => {
    const result = triage(find('walks to work in high heels'));
    const text = summaryText(result, en, date);
    for (const id of result.plan.selfCare) expect(text).to.contain(`- ${en.selfCare[id].title}`);
    for (const id of result.plan.exercises) expect(text).to.contain(`- ${en.exercises[id].name}`);
    for (const line of en.safetyNet) expect(text).to.contain(`- ${line}`);
    expect(text).to.not.contain(en.ui['partial-result']);
    expect(text).to.not.contain(`${en.ui['cautions-heading']}:`);
    expect(text).to.not.contain(`${en.ui['still-unknown']}:`);
  });

  it('leaves out empty sections in an emergency', () => {
    const text = summaryText(triage(find('new bladder problems')), en, date);
    expect(text).to.contain(en.urgency.emergency.headline);
    expect(text).to.not.contain(`${en.ui['exercises-heading']}:`);
    expect(text).to.not.contain(`${en.ui['self-care-heading']}:`);
    expect(text).to.not.contain(`${en.ui['possible-factors']}:`);
  });

  it('uses the strings it is given (a host override or another locale)', () => {
    const strings = { ...en, ui: { ...en.ui, 'summary-title': 'Resumen', 'summary-date': 'Fecha: {date}' } };
    const text = summaryText(triage({}), strings, date);
    expect(text.split('\n').slice(0, 2)).to.deep.equal(['Resumen', 'Fecha: 2026-03-04']);
  });

  it('is the same text for the same result and date, and dates today by default', () => {
    const result = triage(find('tight backs'));
    expect(summaryText(result, en, date)).to.equal(summaryText(result, en, date));
    expect(summaryText(result, en)).to.contain(`Date: ${new Date().toLocaleDateString('sv')}`);
  });
});
