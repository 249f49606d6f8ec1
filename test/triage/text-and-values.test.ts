import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/triage/index.js';
import { MAX_SHOWN_CHARS, showValue } from '../../src/triage/show-value.js';
import { withoutRepeats } from '../../src/triage/text.js';

describe('the engine with inherited answers, long values and repeated sentences', () => {
  it('validates only answers of its own, never ones inherited from a prototype', () => {
    const input = Object.create({ 'bladder-bowel': 'yes' }) as Record<string, string>;
    input.fever = 'no';
    const { answers, error } = validateAnswers(input);
    expect(answers).to.deep.equal({ fever: 'no' });
    expect(error).to.equal(null);
  });

  it('shows a long text inside an object only in part', () => {
    const shown = showValue({ note: 'x'.repeat(10_000) });
    expect(shown).to.contain('note');
    expect(shown).to.not.contain('x'.repeat(MAX_SHOWN_CHARS + 1));
  });

  it('drops sentences already said and keeps the marks that open and close the text', () => {
    expect(withoutRepeats('"Call now. Do not wait."', ['Call now.'])).to.equal('"Do not wait."');
    expect(withoutRepeats('(Book soon. Call now.)', ['Call now.'])).to.equal('(Book soon.)');
    expect(withoutRepeats('Call now.', ['Call now.'])).to.equal('');
    expect(withoutRepeats('Book soon. Rest a little.', ['Call now.'])).to.equal('Book soon. Rest a little.');
  });
});
