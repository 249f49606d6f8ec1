// Hostile input to the engine: huge objects, throwing getters and Proxies, and attempts to rewrite results
// and content. The engine must stay bounded, never throw, and hand out results nobody can change.
import { describe, expect, it } from 'vitest';
import { factorRules, questions, redFlagRules, sources } from '../../src/content/index.js';
import { triage, validateAnswers } from '../../src/triage/index.js';
import { MAX_LISTED_PROBLEMS } from '../../src/triage/validate.js';
import { MAX_SHOWN_CHARS } from '../../src/triage/show-value.js';

const EMERGENCY = { 'bladder-bowel': 'yes' } as const;

/** An object with `count` keys no question has. */
function unknownKeys(count: number): Record<string, string> {
  const answers: Record<string, string> = {};
  for (let i = 0; i < count; i += 1) answers[`key-${i}`] = 'x';
  return answers;
}

describe('the engine with hostile input', () => {
  it('lists the first problems and counts the rest, so the error stays short for 100,000 unknown keys', () => {
    const { answers, error } = validateAnswers({ ...unknownKeys(100_000), 'bladder-bowel': 'no' });
    expect(answers).to.deep.equal({ 'bladder-bowel': 'no' });
    expect(error!.issues).to.have.length(MAX_LISTED_PROBLEMS);
    expect(error!.more).to.equal(100_000 - MAX_LISTED_PROBLEMS);
    expect(error!.count).to.equal(100_000);
    expect(error!.message).to.contain(`and ${100_000 - MAX_LISTED_PROBLEMS} more`);
    expect(error!.message.length).to.be.below(MAX_LISTED_PROBLEMS * 1000);
  });

  it('triage() returns a short typed error, not a thrown one, for 100,000 unknown keys', () => {
    const result = triage({ ...unknownKeys(100_000), ...EMERGENCY });
    expect(result.urgency).to.equal('emergency');
    expect(result.error).to.include({ name: 'AnswerValidationError', count: 100_000 });
    expect(result.error!.message.length).to.be.below(MAX_LISTED_PROBLEMS * 1000);
  });

  it('truncates a huge value in the error message', () => {
    const huge = 'y'.repeat(1_000_000);
    const { error } = validateAnswers({ fever: huge, [huge]: 'no' });
    expect(error!.message.length).to.be.below(2000);
    expect(error!.message).to.contain(`(${huge.length} characters)`);
    expect(error!.message).not.to.contain('y'.repeat(MAX_SHOWN_CHARS + 1));
  });

  it('reads answers through a throwing getter without throwing, and keeps the other answers', () => {
    const answers = { 'bladder-bowel': 'yes' } as Record<string, string>;
    Object.defineProperty(answers, 'fever', {
      enumerable: true,
      get() {
        throw new Error('getter says no');
      },
    });
    const { error } = validateAnswers(answers);
    expect(error!.issues[0]).to.include({ question: 'fever', problem: 'unreadable' });
    expect(error!.message).to.contain('getter says no');
    const result = triage(answers);
    expect(result.urgency).to.equal('emergency');
    expect(result.error!.message).to.contain('answers["fever"] could not be read');
  });

  it('never throws for Proxies whose traps throw, or a revoked Proxy', () => {
    const throwing = (trap: keyof ProxyHandler<object>) =>
      new Proxy({ 'bladder-bowel': 'no' }, {
        [trap]() {
          throw new Error(`${trap} trap`);
        },
      });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [throwing('ownKeys'), throwing('get'), throwing('getOwnPropertyDescriptor'), revoked]) {
      let result: ReturnType<typeof triage> | undefined;
      expect(() => (result = triage(input))).not.to.throw();
      expect(result!.error, 'says what was wrong').to.not.equal(null);
      expect(result!.urgency).to.be.a('string');
    }
  });

  it('hands out a deep-frozen result: rewriting it changes nothing', () => {
    const result = triage(EMERGENCY);
    const attempt = (change: () => void) => {
      try {
        change();
      } catch {
        // Frozen objects refuse writes in strict code; either way nothing may change.
      }
    };
    attempt(() => ((result as { urgency: string }).urgency = 'self-care'));
    attempt(() => (result.redFlags as unknown[]).splice(0));
    attempt(() => ((result.redFlags[0] as { urgency: string }).urgency = 'self-care'));
    attempt(() => ((result.plan.exercises as string[]).push('bird-dog')));
    attempt(() => ((result.answers as Record<string, string>)['bladder-bowel'] = 'no'));
    expect(result.urgency).to.equal('emergency');
    expect(result.redFlags.map((flag) => flag.urgency)).to.deep.equal(['emergency']);
    expect(result.plan.exercises).to.deep.equal([]);
    expect(result.answers).to.deep.equal(EMERGENCY);
    expect(triage(EMERGENCY)).to.deep.equal(result);
  });

  it('freezes the content at load: changing a rule or a list changes no triage', () => {
    const before = triage(EMERGENCY);
    const attempt = (change: () => void) => {
      try {
        change();
      } catch {
        // Refused, as it must be.
      }
    };
    attempt(() => ((redFlagRules[0] as { urgencyAlone: string }).urgencyAlone = 'self-care'));
    attempt(() => (redFlagRules as unknown[]).splice(0));
    attempt(() => ((questions[0].options as unknown[]).length = 0));
    attempt(() => (((factorRules[0].evidence[0].when as unknown as { anyOf: string[] }).anyOf).push('no')));
    attempt(() => ((sources[0] as { title: string }).title = 'rewritten'));
    for (const data of [questions, redFlagRules, factorRules, sources, redFlagRules[0].when, questions[0].options[0]]) {
      expect(Object.isFrozen(data)).to.equal(true);
    }
    expect(triage(EMERGENCY)).to.deep.equal(before);
  });
});
