import type { BodyPoint, Illustration, LegAngles, ArmAngles, Pose } from '../../content/types.js';

/** Segment lengths in view-box units: one body for every exercise and every pose. */
export const SEGMENTS = {
  neck: 7,
  head: 9,
  trunk: 36,
  pelvis: 14,
  upperArm: 24,
  forearm: 24,
  thigh: 34,
  shin: 32,
  foot: 11,
} as const;

/** Half the drawn thickness: the outline, not the centre line, rests on the floor. */
export const TORSO_RADIUS = 7;
export const LIMB_RADIUS = 4.5;

/** Two figures side by side on one floor line. */
export const VIEW = { width: 400, height: 150, panel: 180, floor: 142 } as const;

export type Point = readonly [x: number, y: number];
export type Body = Record<BodyPoint, Point>;

const RADIUS: Partial<Record<BodyPoint, number>> = {
  hip: TORSO_RADIUS,
  waist: TORSO_RADIUS,
  shoulder: TORSO_RADIUS,
  head: SEGMENTS.head,
};
export const radiusOf = (point: BodyPoint): number => RADIUS[point] ?? LIMB_RADIUS;

const step = ([x, y]: Point, degrees: number, length: number): Point => [
  x + length * Math.cos((degrees * Math.PI) / 180),
  y + length * Math.sin((degrees * Math.PI) / 180),
];

/**
 * The body's points for one pose, y up, hip at the origin. Angles add along
 * each limb; for a body facing +x, flexion turns hips, shoulders and elbows
 * counter-clockwise and knees, spine and neck clockwise.
 */
export function pose(angles: Pose): Body {
  const hip: Point = [0, 0];
  const waist = step(hip, angles.pelvis, SEGMENTS.pelvis);
  const trunk = angles.pelvis - angles.spine;
  const shoulder = step(waist, trunk, SEGMENTS.trunk);
  const neck = trunk - angles.neck;
  const head = step(shoulder, neck, SEGMENTS.neck + SEGMENTS.head);
  const arm = ({ shoulder: flexion, elbow }: ArmAngles) => {
    const upper = trunk + 180 + flexion;
    const elbowPoint = step(shoulder, upper, SEGMENTS.upperArm);
    return [elbowPoint, step(elbowPoint, upper + elbow, SEGMENTS.forearm)] as const;
  };
  const leg = ({ hip: flexion, knee, ankle }: LegAngles) => {
    const thigh = angles.pelvis + 180 + flexion;
    const kneePoint = step(hip, thigh, SEGMENTS.thigh);
    const shin = thigh - knee;
    const anklePoint = step(kneePoint, shin, SEGMENTS.shin);
    return [kneePoint, anklePoint, step(anklePoint, shin + 90 - ankle, SEGMENTS.foot)] as const;
  };
  const [nearElbow, nearHand] = arm(angles.arms.near);
  const [farElbow, farHand] = arm(angles.arms.far);
  const [nearKnee, nearAnkle, nearToe] = leg(angles.legs.near);
  const [farKnee, farAnkle, farToe] = leg(angles.legs.far);
  return {
    hip,
    waist,
    shoulder,
    head,
    'near-elbow': nearElbow,
    'near-hand': nearHand,
    'far-elbow': farElbow,
    'far-hand': farHand,
    'near-knee': nearKnee,
    'near-ankle': nearAnkle,
    'near-toe': nearToe,
    'far-knee': farKnee,
    'far-ankle': farAnkle,
    'far-toe': farToe,
  };
}

const map = (body: Body, move: (point: Point, name: BodyPoint) => Point): Body =>
  Object.fromEntries(Object.entries(body).map(([name, point]) => [name, move(point, name as BodyPoint)])) as Body;

/** How far a pose's lowest outline sits below the hip, so it can be lifted onto the floor. */
const lowest = (body: Body) => Math.min(...Object.entries(body).map(([name, [, y]]) => y - radiusOf(name as BodyPoint)));

/**
 * Both poses in view-box coordinates (y down): each rests its lowest point on
 * the floor, the first point it rests on keeps its place from start to end,
 * and the pair is centred in its panels.
 */
export function layout({ start, end }: Illustration): [start: Body, end: Body] {
  const anchor = end.restsOn[0] ?? 'hip';
  const grounded = [start, end].map((angles) => {
    const body = pose(angles);
    const [anchorX] = body[anchor];
    const floor = lowest(body);
    return map(body, ([x, y]) => [x - anchorX, VIEW.floor - (y - floor)]);
  });
  const edges = grounded.flatMap((body) =>
    Object.entries(body).flatMap(([name, [x]]) => [x - radiusOf(name as BodyPoint), x + radiusOf(name as BodyPoint)]),
  );
  const shift = (VIEW.panel - Math.min(...edges) - Math.max(...edges)) / 2;
  const [first, second] = grounded.map((body, panel) =>
    map(body, ([x, y]) => [x + shift + panel * (VIEW.width - VIEW.panel), y]),
  );
  return [first, second];
}

/** The top of the view box: just above the highest point, so low poses are drawn as large as tall ones. */
export const top = (bodies: readonly Body[]): number =>
  Math.max(0, Math.floor(Math.min(...bodies.flatMap((body) => Object.entries(body).map(([name, [, y]]) => y - radiusOf(name as BodyPoint)))) - 6));
