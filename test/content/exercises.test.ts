import { describe, expect, it } from 'vitest';
import { exercises, locales, type Pose } from '../../src/content/index.js';

const sides = ['near', 'far'];
const points = new Set(['hip', 'waist', 'shoulder', 'head', ...sides.flatMap((side) => ['elbow', 'hand', 'knee', 'ankle', 'toe'].map((p) => `${side}-${p}`))]);
const parts = new Set(['head', 'trunk', 'pelvis', ...sides.flatMap((side) => [`${side}-arm`, `${side}-leg`])]);

/** Every angle a pose needs, as numbers, in a fixed order. */
const anglesOf = (pose: Pose): unknown[] => [
  pose.pelvis,
  pose.spine,
  pose.neck,
  ...sides.flatMap((side) => [pose.arms?.[side as 'near']?.shoulder, pose.arms?.[side as 'near']?.elbow]),
  ...sides.flatMap((side) => [pose.legs?.[side as 'near']?.hip, pose.legs?.[side as 'near']?.knee, pose.legs?.[side as 'near']?.ankle]),
];

describe('exercise drawings as data', () => {
  for (const { id, illustration } of exercises) {
    it(`${id}: two whole poses, resting on named points, with the moving parts named`, () => {
      for (const pose of [illustration.start, illustration.end]) {
        const angles = anglesOf(pose);
        expect(angles.every((angle) => typeof angle === 'number'), `${id} angles ${angles.join(', ')}`).to.equal(true);
        expect(pose.restsOn.length, id).to.be.at.least(2);
        for (const point of pose.restsOn) expect(points.has(point), `${id} rests on ${point}`).to.equal(true);
      }
      expect(illustration.moving.length, id).to.be.at.least(1);
      for (const part of illustration.moving) expect(parts.has(part), `${id} moves ${part}`).to.equal(true);
      for (const point of illustration.strap ?? []) expect(points.has(point), `${id} strap ${point}`).to.equal(true);
    });
  }

  it('draws the towel for the hamstring stretch, from the hands to the foot', () => {
    const find = (id: string) => exercises.find((exercise) => exercise.id === id)?.illustration;
    expect(find('hamstring-stretch')?.strap).to.deep.equal(['near-hand', 'near-toe']);
  });

  it('says the hold only through the dose: one "{hold}" step per exercise in every language, no hold time of its own', () => {
    for (const [lang, strings] of Object.entries(locales)) {
      for (const { id } of exercises) {
        const { steps } = strings.exercises[id];
        expect(steps.filter((step) => step.includes('{hold}')), `${lang} ${id}`).to.have.length(1);
        for (const step of steps) {
          expect(step, `${lang} ${id}`).to.not.match(/\d|seconds|breaths|segundos|respiraciones/i);
        }
      }
    }
  });

  it('does one-sided exercises on each side', () => {
    const eachSide = exercises.filter((exercise) => exercise.dose.eachSide === true).map((exercise) => exercise.id);
    expect(eachSide).to.deep.equal(['knee-to-chest', 'bird-dog', 'hip-flexor-stretch', 'hamstring-stretch']);
  });
});
