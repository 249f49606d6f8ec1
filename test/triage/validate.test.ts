import { describe, expect, it } from 'vitest';
import { questions } from '../../src/content/index.js';
import { AnswerValidationError, validateAnswers } from '../../src/triage/index.js';

const questionIds = questions.map((question) => question.id);
const optionsOf = (id: string) => questions.find((question) => question.id === id)?.options.map((option) => option.id);

describe('validateAnswers', () => {
  it('accepts valid answers and returns them in question order', () => {
    const { answers, error } = validateAnswers({ shoes: 'worn-out', age: '60-or-over', 'bladder-bowel': 'no' });
    expect(error).to.equal(null);
    expect(Object.entries(answers)).to.deep.equal([
      ['bladder-bowel', 'no'],
      ['age', '60-or-over'],
      ['shoes', 'worn-out'],
    ]);
  });

  it('names an unknown question and lists the valid question ids', () => {
    const { answers, error } = validateAnswers({ age: '20-to-49', 'back-ache': 'yes' });
    expect(answers).to.deep.equal({ age: '20-to-49' });
    expect(error).to.be.instanceOf(AnswerValidationError);
    expect(error).to.be.instanceOf(Error);
    expect(error?.name).to.equal('AnswerValidationError');
    expect(error?.issues).to.deep.equal([
      { question: 'back-ache', value: 'yes', problem: 'unknown-question', validValues: questionIds },
    ]);
    expect(error?.message).to.contain('"back-ache" is not a question id').and.contain(questionIds.join(', '));
  });

  it("names an unknown option and lists that question's options", () => {
    const { answers, error } = validateAnswers({ fever: 'maybe', shoes: 'supportive' });
    expect(answers).to.deep.equal({ shoes: 'supportive' });
    expect(error?.issues).to.deep.equal([
      { question: 'fever', value: 'maybe', problem: 'unknown-option', validValues: optionsOf('fever') },
    ]);
    expect(error?.message).to.contain('answers["fever"] is "maybe"').and.contain('valid values: no, yes, not-sure');
  });

  it('rejects a value that is not text, naming the options', () => {
    const { answers, error } = validateAnswers({ age: 62, 'pain-course': null });
    expect(answers).to.deep.equal({});
    expect(error?.issues.map((issue) => [issue.question, issue.problem, issue.value])).to.deep.equal([
      ['age', 'not-a-string', 62],
      ['pain-course', 'not-a-string', null],
    ]);
    expect(error?.issues[0].validValues).to.deep.equal(optionsOf('age'));
    expect(error?.message).to.contain('answers["age"] is 62; valid values: under-20, 20-to-49, 50-to-59, 60-or-over');
  });

  it('lists every offending key in one error', () => {
    const { error } = validateAnswers({ a: 'x', fever: 'x', age: 1 });
    expect(error?.issues.map((issue) => issue.question)).to.deep.equal(['a', 'fever', 'age']);
  });

  it('does not read answers from the prototype', () => {
    const { answers, error } = validateAnswers(JSON.parse('{"__proto__": "yes", "constructor": "no"}'));
    expect(answers).to.deep.equal({});
    expect(error?.issues.map((issue) => issue.problem)).to.deep.equal(['unknown-question', 'unknown-question']);
  });

  for (const input of [null, undefined, 'age=60', 42, ['yes']]) {
    it(`gives an error and no answers for ${JSON.stringify(input) ?? 'undefined'}`, () => {
      const { answers, error } = validateAnswers(input);
      expect(answers).to.deep.equal({});
      expect(error?.issues).to.have.length(1);
      expect(error?.issues[0]).to.include({ question: '', problem: 'not-an-object' });
      expect(error?.issues[0].validValues).to.deep.equal(questionIds);
      expect(error?.message).to.contain('answers must be an object');
    });
  }

  it('describes values that cannot be written as JSON without throwing', () => {
    const { error } = validateAnswers({ age: 10n, fever: Symbol('x') });
    expect(error?.message).to.contain('answers["age"] is [object BigInt]').and.contain('Symbol(x)');
  });

  it('says exactly what was wrong with one answer, and nothing about more problems', () => {
    const { error } = validateAnswers({ age: 62 });
    expect(error?.message).to.equal(`Invalid answers: answers["age"] is 62; valid values: ${optionsOf('age')?.join(', ')}`);
    expect(error?.count).to.equal(1);
  });

  it('says the answers could not be read when listing them throws', () => {
    const unlistable = new Proxy(
      { fever: 'no' },
      {
        ownKeys() {
          throw new Error('ownKeys trap');
        },
      },
    );
    const { answers, error } = validateAnswers(unlistable);
    expect(answers).to.deep.equal({});
    expect(error?.issues.map(({ question, problem }) => ({ question, problem }))).to.deep.equal([
      { question: '', problem: 'unreadable' },
    ]);
    expect(error?.message).to.equal(
      `Invalid answers: the answers could not be read (Error: ownKeys trap); valid question ids: ${questionIds.join(', ')}`,
    );
  });

  it('treats a revoked Proxy as not an object of answers', () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validateAnswers(revoked).error?.issues.map((issue) => issue.problem)).to.deep.equal(['not-an-object']);
  });

  it('accepts an empty object', () => {
    expect(validateAnswers({})).to.deep.equal({ answers: {}, error: null });
  });
});
