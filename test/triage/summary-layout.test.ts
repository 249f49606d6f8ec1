import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/index.js';
import { summaryText, triage } from '../../src/triage/index.js';
import { safetyNetFor } from '../../src/triage/levels.js';

describe('summaryText, line by line', () => {
  it('lays out a partial urgent result: headline, reasons, signs, answers, factors, plan, unknown, safety net', () => {
    const answers = { fever: 'yes', 'legs-involved': 'one-leg', 'what-eases': 'standing-still' };
    const result = triage(answers);
    const q = en.questions;
    const factorLine = (id: string, confidence: 'likely' | 'possible' | 'less-likely', notes: string[] = []) =>
      [`${en.factors[id].name}: ${en.ui[`confidence-${confidence}`]}.`, ...notes].join(' ');
    const expected = [
      en.ui['summary-title'],
      en.ui['summary-date'].replace('{date}', '2026-03-04'),
      en.ui['not-a-diagnosis'],
      en.ui['partial-result'],
      '',
      `${en.urgency.urgent.headline}. ${en.ui['how-soon']}: ${en.urgency.urgent.howSoon}`,
      en.urgency.urgent.whatToDo,
      '',
      `${en.ui['why-this-result']}:`,
      `- ${q.fever.text} ${q.fever.options.yes}`,
      '',
      `${en.ui['warning-signs-heading']}:`,
      `- ${en.redFlags.fever.sign} ${en.redFlags.fever.advice}`,
      '',
      `${en.ui['your-answers']}:`,
      `- ${q.fever.text} ${q.fever.options.yes}`,
      `- ${q['legs-involved'].text} ${q['legs-involved'].options['one-leg']}`,
      `- ${q['what-eases'].text} ${q['what-eases'].options['standing-still']}`,
      '',
      `${en.ui['possible-factors']}:`,
      en.ui['not-a-diagnosis'],
      `- ${factorLine('leg-circulation', 'likely')}`,
      `- ${factorLine('sciatica', 'possible')}`,
      `- ${factorLine('spinal-stenosis', 'less-likely', [en.notes['check-circulation']])}`,
      '',
      `${en.ui['self-care-heading']}:`,
      ...['cold-then-heat', 'short-rest-keep-moving', 'walking-for-circulation'].map((id) => `- ${en.selfCare[id].title}`),
      '',
      `${en.ui['cautions-heading']}:`,
      `- ${en.cautions['wait-for-circulation-check']}`,
      '',
      `${en.ui['still-unknown']}:`,
      ...result.unknown.map((id) => `- ${q[id].text}`),
      '',
      `${en.ui['safety-net-heading']}:`,
      // Only the lines that ask for sooner help than "see a doctor today" (levels.ts).
      ...safetyNetFor(en.safetyNet, 'urgent').map((line) => `- ${line}`),
    ].join('\n');
    expect(result.unknown).to.include.members(['bladder-bowel', 'leg-location']);
    expect(summaryText(result, en, new Date(2026, 2, 4, 10))).to.equal(expected);
  });

  it('lists the exercises of a complete self-care result and no unknown questions', () => {
    const answers = Object.fromEntries(
      Object.entries({
        'bladder-bowel': 'no', 'saddle-numbness': 'no', 'leg-nerve-symptoms': 'none', 'both-legs-pain': 'no', fever: 'no',
        'infection-risk': 'no', 'past-drug-injection': 'no',
        'cancer-history': 'no', 'weight-loss': 'no', 'night-pain': 'no', age: '20-to-49', 'pain-start': 'returning',
        injury: 'none', 'pain-course': 'easing', 'legs-involved': 'none', 'shopping-cart': 'no', 'walk-onset': 'not-sure',
        'load-worse': 'neither', 'sitting-most-of-day': 'no', 'hip-tightness': 'no', 'hamstring-tightness': 'yes',
        'core-exercise': 'regularly', 'foot-roll': 'no', 'walking-posture': 'upright', shoes: 'supportive',
      }),
    );
    const result = triage(answers);
    expect(result.complete).to.equal(true);
    const text = summaryText(result, en, new Date(2026, 2, 4, 10));
    const lines = text.split('\n');
    expect(lines[3]).to.equal('');
    expect(lines[4]).to.equal(`${en.urgency['self-care'].headline}. ${en.ui['how-soon']}: ${en.urgency['self-care'].howSoon}`);
    const exercises = text.split('\n\n').find((block) => block.startsWith(`${en.ui['exercises-heading']}:`));
    expect(exercises).to.equal(
      [`${en.ui['exercises-heading']}:`, ...['hamstring-stretch', 'knee-to-chest', 'pelvic-tilt'].map((id) => `- ${en.exercises[id].name}`)].join('\n'),
    );
    expect(text).to.not.contain(`${en.ui['why-this-result']}:`);
    expect(text).to.not.contain(`${en.ui['warning-signs-heading']}:`);
  });
});
