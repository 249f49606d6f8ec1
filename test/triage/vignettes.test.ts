import { describe, expect, it } from 'vitest';
import { URGENCY_LEVELS } from '../../src/content/index.js';
import { triage } from '../../src/triage/index.js';
import { vignettes } from './vignettes.data.js';

describe('clinical vignettes', () => {
  it('has at least 30 cases covering every urgency level', () => {
    expect(vignettes.length).to.be.at.least(30);
    expect(new Set(vignettes.map((v) => v.urgency))).to.have.all.keys(...URGENCY_LEVELS);
  });

  for (const vignette of vignettes) {
    describe(vignette.name, () => {
      const result = triage(vignette.answers);

      it(`gives ${vignette.urgency}`, () => {
        expect(result.urgency).to.equal(vignette.urgency);
      });

      if (vignette.topFactor) {
        it(`ranks ${vignette.topFactor} first`, () => {
          expect(result.factors[0]?.id).to.equal(vignette.topFactor);
        });
      }

      if (vignette.redFlags) {
        const expected = vignette.redFlags;
        it(`raises exactly: ${expected.join(', ') || 'no warning sign'}`, () => {
          expect(result.redFlags.map((flag) => flag.id)).to.have.members([...expected]);
        });
      }

      for (const id of vignette.notLikely ?? []) {
        it(`does not call ${id} likely`, () => {
          const factor = result.factors.find((f) => f.id === id);
          expect(factor, `${id} is listed`).to.exist;
          expect(factor?.confidence).to.not.equal('likely');
        });
      }

      for (const [id, note] of Object.entries(vignette.notes ?? {})) {
        it(`notes ${note} on ${id}`, () => {
          expect(result.factors.find((f) => f.id === id)?.notes).to.include(note);
        });
      }

      for (const id of vignette.notListed ?? []) {
        it(`does not list ${id}`, () => {
          expect(result.factors.map((f) => f.id)).to.not.include(id);
        });
      }

      for (const id of vignette.selfCare?.includes ?? []) {
        it(`advises ${id}`, () => expect(result.plan.selfCare).to.include(id));
      }
      for (const id of vignette.selfCare?.excludes ?? []) {
        it(`does not advise ${id}`, () => expect(result.plan.selfCare).to.not.include(id));
      }

      it('explains the urgency and offers a plan that fits it', () => {
        if (result.urgency === 'self-care') expect(result.urgencyReasons).to.deep.equal([]);
        else expect(result.urgencyReasons).to.not.be.empty;
        if (result.urgency === 'emergency') {
          expect(result.plan).to.deep.equal({ selfCare: [], exercises: [], cautions: [] });
          expect(result.factors).to.deep.equal([]);
        } else if (vignette.exercisesHeld || result.urgency === 'urgent') {
          // No exercises before the check a warning sign, a factor or an urgent result asks for, and one caution says why.
          expect(result.plan.exercises).to.deep.equal([]);
          expect(result.plan.cautions).to.have.lengthOf(1);
        } else {
          expect(result.plan.exercises.length).to.be.within(3, 5);
          expect(result.plan.cautions).to.deep.equal([]);
        }
      });
    });
  }
});
