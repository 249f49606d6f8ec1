import { test } from 'vitest';
import assert from 'node:assert/strict';
import { exercises, type BodyPart, type BodyPoint, type ExerciseId } from '../../src/content/index.js';
import { layout, radiusOf, SEGMENTS, top, VIEW, type Body } from '../../src/components/exercise-card/figure.js';

const drawn = exercises.map((exercise) => ({ id: exercise.id, illustration: exercise.illustration, poses: layout(exercise.illustration) }));
const distance = (body: Body, a: BodyPoint, b: BodyPoint) => Math.hypot(body[a][0] - body[b][0], body[a][1] - body[b][1]);
const points = (body: Body) => Object.entries(body) as [BodyPoint, readonly [number, number]][];
/** How far a point's outline sits above the floor line (negative: below it). */
const gap = (body: Body, point: BodyPoint) => VIEW.floor - (body[point][1] + radiusOf(point));
const names = ['start', 'end'] as const;

test('the figure model draws all six exercises', () => {
  assert.equal(drawn.length, 6);
});

test('every segment has the same length in every pose', () => {
  const segments: [BodyPoint, BodyPoint, number][] = [
    ['hip', 'waist', SEGMENTS.pelvis],
    ['waist', 'shoulder', SEGMENTS.trunk],
    ['shoulder', 'head', SEGMENTS.neck + SEGMENTS.head],
    ...(['near', 'far'] as const).flatMap((side): [BodyPoint, BodyPoint, number][] => [
      ['shoulder', `${side}-elbow`, SEGMENTS.upperArm],
      [`${side}-elbow`, `${side}-hand`, SEGMENTS.forearm],
      ['hip', `${side}-knee`, SEGMENTS.thigh],
      [`${side}-knee`, `${side}-ankle`, SEGMENTS.shin],
      [`${side}-ankle`, `${side}-toe`, SEGMENTS.foot],
    ]),
  ];
  for (const { id, poses } of drawn) {
    poses.forEach((body, index) => {
      for (const [a, b, length] of segments) {
        assert.ok(Math.abs(distance(body, a, b) - length) < 1e-9, `${id} ${names[index]}: ${a} to ${b}`);
      }
    });
  }
});

test('each figure stays inside its own half of the view box, on or above the floor', () => {
  for (const { id, poses } of drawn) {
    assert.ok(top(poses) >= 0, id);
    poses.forEach((body, panel) => {
      const left = panel * (VIEW.width - VIEW.panel);
      for (const [point, [x, y]] of points(body)) {
        const r = radiusOf(point);
        const where = `${id} ${names[panel]} ${point}`;
        assert.ok(x - r >= left && x + r <= left + VIEW.panel, `${where} x ${x.toFixed(1)}`);
        assert.ok(y - r >= 0, `${where} y ${y.toFixed(1)}`);
        assert.ok(gap(body, point) > -0.01, `${where} is below the floor`);
      }
    });
  }
});

test('each pose rests on the floor where its data says', () => {
  for (const { id, illustration, poses } of drawn) {
    poses.forEach((body, index) => {
      const { restsOn } = illustration[names[index]];
      assert.ok(restsOn.length > 0, id);
      for (const point of restsOn) assert.ok(gap(body, point) < 1.5, `${id} ${names[index]} ${point}: ${gap(body, point).toFixed(1)}`);
    });
  }
});

test('the body rests where the exercise needs it: hands and knees, forearms and toes, the back', () => {
  const forearms: BodyPoint[] = ['near-elbow', 'near-hand', 'far-elbow', 'far-hand'];
  const expected: Partial<Record<ExerciseId, { start?: BodyPoint[]; end?: BodyPoint[] }>> = {
    'bird-dog': { start: ['near-hand', 'far-hand', 'near-knee', 'far-knee'], end: ['far-hand', 'near-knee'] },
    plank: { start: [...forearms, 'hip'], end: [...forearms, 'near-toe', 'far-toe'] },
    'knee-to-chest': { start: ['shoulder', 'hip'], end: ['shoulder', 'hip'] },
    // The lower back arches off the floor, then presses down onto it.
    'pelvic-tilt': { start: ['shoulder', 'hip'], end: ['shoulder', 'waist'] },
    'hip-flexor-stretch': { start: ['near-knee', 'far-toe'], end: ['near-knee', 'far-toe'] },
    'hamstring-stretch': { start: ['shoulder', 'hip'], end: ['shoulder', 'hip'] },
  };
  for (const { id, poses } of drawn) {
    poses.forEach((body, index) => {
      for (const point of expected[id as ExerciseId]?.[names[index]] ?? []) {
        assert.ok(gap(body, point) < 1.5, `${id} ${names[index]} ${point} is ${gap(body, point).toFixed(1)} above the floor`);
      }
    });
  }
  const [, birdDogEnd] = drawn.find(({ id }) => id === 'bird-dog')!.poses;
  for (const lifted of ['near-hand', 'far-knee'] as const) assert.ok(gap(birdDogEnd, lifted) > 20, `bird-dog lifts ${lifted}`);
  const [plankStart, plankEnd] = drawn.find(({ id }) => id === 'plank')!.poses;
  assert.ok(gap(plankEnd, 'hip') > 10 && gap(plankStart, 'hip') < 1.5, 'the plank lifts the hips off the floor');
  const [pelvicTiltStart] = drawn.find(({ id }) => id === 'pelvic-tilt')!.poses;
  assert.ok(gap(pelvicTiltStart, 'waist') > 3, 'the pelvic tilt starts with a gap under the lower back');
});

test('the line of each part marked as moving moves between start and end, by more than a line width', () => {
  const pointsOf: Record<BodyPart, BodyPoint[]> = {
    head: ['head'],
    trunk: ['waist', 'shoulder'],
    pelvis: ['hip', 'waist'],
    'near-arm': ['shoulder', 'near-elbow', 'near-hand'],
    'far-arm': ['shoulder', 'far-elbow', 'far-hand'],
    'near-leg': ['hip', 'near-knee', 'near-ankle', 'near-toe'],
    'far-leg': ['hip', 'far-knee', 'far-ankle', 'far-toe'],
  };
  for (const { id, illustration, poses } of drawn) {
    const [start, end] = poses;
    const shift = VIEW.width - VIEW.panel;
    assert.ok(illustration.moving.length > 0, id);
    for (const part of illustration.moving) {
      const moved = Math.max(
        ...pointsOf[part].map((point) => Math.hypot(end[point][0] - shift - start[point][0], end[point][1] - start[point][1])),
      );
      assert.ok(moved > 4, `${id} ${part} moves ${moved.toFixed(1)}`);
    }
  }
});
