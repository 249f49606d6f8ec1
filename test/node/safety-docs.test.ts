// The clinical safety case stays true: every test the hazard log names exists, every risk rating is the
// one the matrix gives, and the rule book (generated from the content) covers every content item.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { exercises, factorRules, planCautions, questions, redFlagRules, selfCareSteps, sources } from '../../src/content/index.js';
import { en } from '../../src/content/locales/en.js';
import { es } from '../../src/content/locales/es.js';
import { ruleBook } from '../../stories/docs/rule-book.js';
import { vignettes } from '../triage/vignettes.data.js';

interface Risk {
  likelihood: string;
  consequence: string;
  rating: number;
}
interface HazardLog {
  riskMatrix: { consequences: string[]; ratings: Record<string, number[]> };
  hazards: {
    id: string;
    title: string;
    cause: string;
    effect: string;
    harm: string;
    initial: Risk;
    controls: { control: string; tests: { file: string; title: string }[] }[];
    residual: Risk;
    status: string;
  }[];
}

const log = JSON.parse(readFileSync('docs/safety/hazard-log.json', 'utf8')) as HazardLog;
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A test or it call whose title, as written in the source, is exactly `title`. */
const declares = (source: string, title: string): boolean => {
  const quoted = ["'", '"', '`'].map((quote) => {
    // In the source a title's own quote mark is escaped.
    const written = escaped(title.replaceAll(quote, `\\${quote}`));
    return `\\b(?:it|test)\\(\\s*${quote}${written}${quote}`;
  });
  return new RegExp(quoted.join('|')).test(source);
};

describe('hazard log', () => {
  it('gives every hazard a cause, an effect, a harm, controls and a status, with unique ids', () => {
    expect(log.hazards.length).to.be.at.least(8);
    expect(new Set(log.hazards.map((hazard) => hazard.id)).size).to.equal(log.hazards.length);
    for (const hazard of log.hazards) {
      for (const field of ['title', 'cause', 'effect', 'harm', 'status'] as const) expect(hazard[field], `${hazard.id} ${field}`).to.be.a('string').and.not.be.empty;
      expect(hazard.controls, hazard.id).to.not.be.empty;
    }
  });

  it('names a test for every control, and each named test file exists and declares that title', () => {
    const stale = log.hazards.flatMap((hazard) =>
      hazard.controls.flatMap((control) => {
        if (!control.tests.length) return [`${hazard.id}: "${control.control}" names no test`];
        return control.tests
          .filter(({ file, title }) => !existsSync(file) || !declares(readFileSync(file, 'utf8'), title))
          .map(({ file, title }) => `${hazard.id}: ${file}: "${title}"`);
      }),
    );
    expect(stale).to.deep.equal([]);
  });

  it('finds a title as written, and misses one that is not there, so the check can fail', () => {
    const source = "it('keeps \"quotes\"', () => {}); it(\"it's here\", () => {}); test(`a ${'b'}`, () => {});";
    expect(declares(source, 'keeps "quotes"')).to.equal(true);
    expect(declares(source, "it's here")).to.equal(true);
    expect(declares(source, 'keeps')).to.equal(false);
    expect(declares(source, 'not a test')).to.equal(false);
  });

  it('rates every risk as the DCB0129 matrix does, and never rates a residual risk above the initial one', () => {
    const { consequences, ratings } = log.riskMatrix;
    const rate = ({ likelihood, consequence }: Risk) => ratings[likelihood]?.[consequences.indexOf(consequence)];
    for (const hazard of log.hazards) {
      expect(hazard.initial.rating, `${hazard.id} initial`).to.equal(rate(hazard.initial));
      expect(hazard.residual.rating, `${hazard.id} residual`).to.equal(rate(hazard.residual));
      expect(hazard.residual.rating, hazard.id).to.be.at.most(hazard.initial.rating);
      expect(hazard.residual.rating, `${hazard.id}: 4 and 5 are not acceptable`).to.be.below(4);
    }
  });

  it('covers the hazards the issue asks for', () => {
    const titles = log.hazards.map((hazard) => hazard.title.toLowerCase()).join('\n');
    for (const topic of ['cauda equina', 'not sure', 'understates', 'emergency number', 'translation', 'download', 'hides the', 'exercises']) {
      expect(titles, topic).to.contain(topic);
    }
  });
});

describe('rule book', () => {
  const book = ruleBook();

  it('has every question and every option, in English and Spanish, in the asking order', () => {
    expect(book.questions.map((question) => question.id)).to.have.members(questions.map((question) => question.id));
    for (const question of questions) {
      const entry = book.questions.find((item) => item.id === question.id)!;
      expect(entry.text).to.deep.equal({ en: en.questions[question.id].text, es: es.questions[question.id].text });
      expect(entry.options.map((option) => option.id)).to.deep.equal(question.options.map((option) => option.id));
      for (const option of entry.options) {
        expect(option.text, `${question.id}=${option.id}`).to.deep.equal({
          en: en.questions[question.id].options[option.id],
          es: es.questions[question.id].options[option.id],
        });
        expect(option.text.en && option.text.es, `${question.id}=${option.id}`).to.be.ok;
      }
    }
  });

  it('has every warning sign with its urgency, its text in both languages and its sources', () => {
    expect(book.warningSigns.map((sign) => sign.id)).to.deep.equal(redFlagRules.map((rule) => rule.id));
    for (const rule of redFlagRules) {
      const entry = book.warningSigns.find((sign) => sign.id === rule.id)!;
      expect(entry.urgencyWithOthers).to.equal(rule.urgencyWithOthers);
      if (rule.urgencyAlone) expect(entry.urgencyAlone).to.equal(rule.urgencyAlone);
      expect(entry.sign).to.deep.equal({ en: en.redFlags[rule.id].sign, es: es.redFlags[rule.id].sign });
      expect(entry.advice).to.deep.equal({ en: en.redFlags[rule.id].advice, es: es.redFlags[rule.id].advice });
      expect(entry.sources.map((source) => source.id)).to.deep.equal([...rule.sources]);
    }
  });

  it('has every factor with every piece of evidence and its weight, its look-alikes and what it changes', () => {
    expect(book.factors.map((factor) => factor.id)).to.deep.equal(factorRules.map((rule) => rule.id));
    for (const rule of factorRules) {
      const entry = book.factors.find((factor) => factor.id === rule.id)!;
      expect(entry.evidence.map((evidence) => evidence.weight)).to.deep.equal(rule.evidence.map((evidence) => evidence.weight));
      expect(entry.caps.length).to.equal(rule.caps?.length ?? 0);
      expect(entry.exercises.length).to.equal(rule.exercises.length);
      expect(entry.selfCare.length).to.equal(rule.selfCare.length);
      expect(Boolean(entry.urgency)).to.equal(Boolean(rule.urgency));
      expect(Boolean(entry.holdsExercises)).to.equal(Boolean(rule.holdsExercises));
    }
  });

  it('names every self-care step, caution, exercise and source in its plan rules', () => {
    const plan = book.planRules.flatMap((rule) => rule.lines).join('\n');
    for (const id of [...selfCareSteps.map((step) => step.id), ...planCautions, ...exercises.map((exercise) => exercise.id)]) {
      expect(plan, id).to.contain(id);
    }
    const holders = [...redFlagRules, ...factorRules].filter((rule) => rule.holdsExercises).map((rule) => rule.id);
    for (const id of holders) expect(plan, `${id} holds exercises`).to.contain(id);
    expect(book.sources.map((source) => source.id)).to.deep.equal(sources.map((source) => source.id));
  });

  it("has every vignette with the engine's result, which is the one expected", () => {
    expect(book.vignettes.map((vignette) => vignette.name)).to.deep.equal(vignettes.map((vignette) => vignette.name));
    expect(book.vignettes.filter((vignette) => vignette.urgency !== vignette.expected).map((vignette) => vignette.name)).to.deep.equal([]);
  });
});
