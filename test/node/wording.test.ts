// Words a person can trust: the safety wording and one name per thing, checked over every string
// of each locale. Runs in Node: the content is plain data.
import { describe, it } from 'vitest';
import { expect } from 'chai';
import { asideOnlyTerms, bannedTerms, glossary, redFlagRules } from '../../src/content/index.js';
import { en } from '../../src/content/locales/en.js';
import { es } from '../../src/content/locales/es.js';
import type { ContentStrings, UrgencyId } from '../../src/content/types.js';
import { textsOf } from '../content/text-walk.js';

const locales: readonly ContentStrings[] = [en, es];

/** A name as a whole word or phrase, ignoring case ("round" does not match "around"). */
const wholeWord = (name: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

/** The locale's own "call the emergency number now" sentence: the first sentence of what to do in an emergency. */
const emergencySentence = (strings: ContentStrings): string => strings.urgency.emergency.whatToDo.split(/(?<=\.)\s/)[0];

/** Words that send a person to emergency care, in each locale. */
const emergencyWords: Readonly<Record<string, RegExp>> = { en: /emergency/i, es: /emergencia|urgencias/i };
const emergencyNumberWords: Readonly<Record<string, RegExp>> = { en: /emergency number/i, es: /número (local )?de emergencias/i };

for (const strings of locales) {
  const { locale } = strings;
  // Placeholders such as {round} are filled in by the elements; they are not words a person reads.
  const entries = textsOf(strings).map((entry) => ({ ...entry, text: entry.text.replace(/\{[a-z]+\}/g, '') }));

  describe(`safety wording (${locale})`, () => {
    it('has an emergency sentence that names the emergency number', () => {
      expect(emergencySentence(strings)).to.match(emergencyNumberWords[locale]);
    });

    it('tells a person with any emergency sign to call the emergency number now', () => {
      const emergencies = redFlagRules.filter(
        (rule) => rule.urgencyAlone === 'emergency' || rule.urgencyWithOthers === 'emergency',
      );
      expect(emergencies.length).to.be.above(3);
      const missing = emergencies
        .filter((rule) => !strings.redFlags[rule.id].advice.includes(emergencySentence(strings)))
        .map((rule) => rule.id);
      expect(missing).to.deep.equal([]);
    });

    it('never mentions emergency help without saying to call the emergency number', () => {
      const vague = entries.filter(
        (entry) =>
          entry.path !== 'urgency.emergency.headline' && // shown with the emergency sentence under it
          emergencyWords[locale].test(entry.text) &&
          !emergencyNumberWords[locale].test(entry.text),
      );
      expect(vague.map((entry) => `${entry.path}: ${entry.text}`)).to.deep.equal([]);
    });

    it("says in every warning sign's advice at least what its urgency asks, and what another sign would ask", () => {
      // Never understated: "today" for an urgent sign, an appointment for a routine one; a sign that is more
      // urgent next to another says so too (the emergency sentence is checked above).
      const asks: Readonly<Record<string, Partial<Record<UrgencyId, RegExp>>>> = {
        en: { urgent: /today/i, routine: /appointment/i },
        es: { urgent: /\bhoy\b/i, routine: /\bcita\b/i },
      };
      const understated = redFlagRules.flatMap((rule) =>
        [rule.urgencyAlone, rule.urgencyWithOthers]
          .filter((urgency): urgency is UrgencyId => urgency !== null && urgency !== 'emergency')
          .filter((urgency) => !asks[locale][urgency]!.test(strings.redFlags[rule.id].advice))
          .map((urgency) => `${rule.id} (${urgency}): ${strings.redFlags[rule.id].advice}`),
      );
      expect(understated).to.deep.equal([]);
    });

    it('says the infection risk one way, in the question and in the warning sign', () => {
      expect(strings.redFlags['infection-risk'].advice).to.include(strings.questions['infection-risk'].why);
    });

    it('says age alone is not a warning sign, in the age question and in the age signs', () => {
      for (const id of ['age-under-20', 'age-over-50'] as const) {
        expect(strings.redFlags[id].advice).to.include(strings.questions.age.why.split(/(?<=\.)\s/)[0]);
      }
    });
  });

  describe(`terminology (${locale})`, () => {
    it('uses no banned term anywhere', () => {
      const found = entries.flatMap((entry) =>
        bannedTerms[locale].filter((term) => wholeWord(term).test(entry.text)).map((term) => `${entry.path}: "${term}"`),
      );
      expect(found).to.deep.equal([]);
    });

    it('uses one name per thing, as the glossary says', () => {
      const found = entries.flatMap((entry) =>
        glossary.flatMap((term) =>
          (term.avoid[locale] ?? [])
            .filter((other) => wholeWord(other).test(entry.text))
            .map((other) => `${entry.path}: "${other}" for ${term.concept}; say "${term.name[locale]}"`),
        ),
      );
      expect(found).to.deep.equal([]);
    });

    it('uses every glossary name somewhere, so the glossary stays true', () => {
      const all = entries.map((entry) => entry.text).join('\n');
      const unused = glossary.map((term) => term.name[locale]).filter((name) => !wholeWord(name).test(all));
      expect(unused).to.deep.equal([]);
    });

    it('keeps the medical names inside their "doctors call these" aside', () => {
      const { aside, terms } = asideOnlyTerms[locale];
      const sentences = entries.flatMap((entry) =>
        entry.text.split(/(?<=[.!?])\s+/).map((sentence) => ({ path: entry.path, sentence })),
      );
      const used = sentences.filter(({ sentence }) => terms.some((term) => wholeWord(term).test(sentence)));
      expect(used.length, 'the aside exists').to.be.above(0);
      const outside = used.filter(({ sentence }) => !sentence.startsWith(aside));
      expect(outside.map(({ path, sentence }) => `${path}: ${sentence}`)).to.deep.equal([]);
    });
  });
}

describe('Spanish urgency levels mean what the English ones mean', () => {
  it('sends urgent, routine and self-care to care that is not the emergency department', () => {
    for (const level of ['urgent', 'routine', 'self-care'] as const) {
      const text = Object.values(es.urgency[level]).join(' ');
      expect(text, level).to.not.match(/urgencias|emergencia/i);
    }
    expect(es.urgency.urgent.whatToDo).to.match(/hoy/);
  });

  it('sends an emergency to the emergency number and the emergency department now', () => {
    expect(es.urgency.emergency.whatToDo).to.match(/número de emergencias/).and.to.match(/urgencias/).and.to.match(/ahora/);
    expect(es.urgency.emergency.headline).to.match(/emergencia/);
  });
});
