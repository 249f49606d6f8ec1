import { test } from 'vitest';
import assert from 'node:assert/strict';
import { exercises, type BodyPart, type BodyPoint, type ExerciseId } from '../../src/content/index.js';
import { frame, layout, LIMB_RADIUS, radiusOf, SEGMENTS, type Body, type Point } from '../../src/components/exercise-card/figure.js';

const drawn = exercises.map((exercise) => ({ id: exercise.id, illustration: exercise.illustration, poses: layout(exercise.illustration) }));
const distance = (body: Body, a: BodyPoint, b: BodyPoint) => Math.hypot(body[a][0] - body[b][0], body[a][1] - body[b][1]);
const points = (body: Body) => Object.entries(body) as [BodyPoint, readonly [number, number]][];
/** How far a point's outline sits above the floor line, y = 0 (negative: below it). */
const gap = (body: Body, point: BodyPoint) => -(body[point][1] + radiusOf(point));
const find = (id: ExerciseId) => drawn.find((exercise) => exercise.id === id)!;
/** How far a point is from the line between two others. */
function fromSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const along = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2);
  const t = Math.max(0, Math.min(1, along));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}
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

test('both poses share one view box that holds every outline, on or above the floor', () => {
  for (const { id, poses } of drawn) {
    const [left, top, width, height] = frame(poses);
    poses.forEach((body, index) => {
      for (const [point, [x, y]] of points(body)) {
        const r = radiusOf(point);
        const where = `${id} ${names[index]} ${point}`;
        assert.ok(x - r >= left && x + r <= left + width, `${where} x ${x.toFixed(1)}`);
        assert.ok(y - r >= top && y + r <= top + height, `${where} y ${y.toFixed(1)}`);
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
  const [, birdDogEnd] = find('bird-dog').poses;
  for (const lifted of ['near-hand', 'far-knee'] as const) assert.ok(gap(birdDogEnd, lifted) > 20, `bird-dog lifts ${lifted}`);
  const [plankStart, plankEnd] = find('plank').poses;
  assert.ok(gap(plankEnd, 'hip') > 10 && gap(plankStart, 'hip') < 1.5, 'the plank lifts the hips off the floor');
});

// What a patient must see in each drawing, as photo-style guides describe it (NHS, Versus Arthritis, physiotherapists).
test('knee-to-chest: both hands hold the raised knee', () => {
  const [, end] = find('knee-to-chest').poses;
  for (const hand of ['near-hand', 'far-hand'] as const) {
    assert.ok(distance(end, hand, 'near-knee') < 8, `${hand} is ${distance(end, hand, 'near-knee').toFixed(1)} from the knee`);
  }
});

test('pelvic tilt: a gap under the arched lower back, then the pelvis rocks and the lower back lies flat', () => {
  const [start, end] = find('pelvic-tilt').poses;
  assert.ok(gap(start, 'waist') > 6, `the gap under the lower back is ${gap(start, 'waist').toFixed(1)}`);
  assert.ok(gap(end, 'waist') < 1.5, 'the lower back presses onto the floor');
  const tilt = (body: Body) => (Math.atan2(body.waist[1] - body.hip[1], body.waist[0] - body.hip[0]) * 180) / Math.PI;
  const turn = Math.abs(tilt(end) - tilt(start));
  assert.ok(turn >= 30, `the pelvis turns ${turn.toFixed(0)} degrees`);
});

test('hamstring stretch: the towel runs from the hands to the foot without crossing the leg', () => {
  const { illustration, poses } = find('hamstring-stretch');
  assert.deepEqual(illustration.strap, ['near-hand', 'near-toe']);
  poses.forEach((body, index) => {
    const [hand, toe] = [body['near-hand'], body['near-toe']];
    // Points along the towel, short of the end that wraps the foot.
    for (let step = 0; step <= 8; step += 1) {
      const at: Point = [hand[0] + ((toe[0] - hand[0]) * step) / 10, hand[1] + ((toe[1] - hand[1]) * step) / 10];
      for (const [a, b] of [['hip', 'near-knee'], ['near-knee', 'near-ankle']] as const) {
        const clear = fromSegment(at, body[a], body[b]);
        assert.ok(clear > LIMB_RADIUS + 1.5, `${names[index]}: the towel passes ${clear.toFixed(1)} from ${a}-${b}`);
      }
    }
  });
});

test('bird-dog: the arm reaches forward from the shoulder and passes over the head, not through it', () => {
  const [, end] = find('bird-dog').poses;
  const clear = fromSegment(end.head, end.shoulder, end['near-hand']);
  assert.ok(clear > SEGMENTS.head, `the arm's line passes ${clear.toFixed(1)} from the head's centre`);
  const reach = end['near-hand'][0] - end.shoulder[0];
  assert.ok(reach > SEGMENTS.upperArm + SEGMENTS.forearm - 6, `the arm reaches ${reach.toFixed(1)} forward`);
});

test('hip flexor stretch: the hips shift forward over the planted front foot, the body upright', () => {
  const [start, end] = find('hip-flexor-stretch').poses;
  const shift = end.hip[0] - start.hip[0];
  assert.ok(shift > 12, `the hips move forward ${shift.toFixed(1)}`);
  for (const still of ['near-knee', 'far-ankle', 'far-toe'] as const) {
    const moved = Math.hypot(end[still][0] - start[still][0], end[still][1] - start[still][1]);
    assert.ok(moved < 1.5, `${still} moves ${moved.toFixed(1)}`);
  }
  const lean = Math.abs(end.shoulder[0] - end.waist[0]);
  assert.ok(lean < 3, `the trunk leans ${lean.toFixed(1)}`);
  assert.ok(end['far-knee'][0] <= end['far-toe'][0], 'the front knee stays behind the toes');
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
    assert.ok(illustration.moving.length > 0, id);
    for (const part of illustration.moving) {
      const moved = Math.max(
        ...pointsOf[part].map((point) => Math.hypot(end[point][0] - start[point][0], end[point][1] - start[point][1])),
      );
      assert.ok(moved > 4, `${id} ${part} moves ${moved.toFixed(1)}`);
    }
  }
});
