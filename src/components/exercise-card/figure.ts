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

/** Outline edges of every point along one axis (0: x, 1: y). */
const edges = (bodies: readonly Body[], axis: 0 | 1) =>
  bodies.flatMap((body) =>
    Object.entries(body).flatMap(([name, point]) => [point[axis] - radiusOf(name as BodyPoint), point[axis] + radiusOf(name as BodyPoint)]),
  );

/** How far a pose's lowest outline sits below the hip, so it can be lifted onto the floor. */
const lowest = (body: Body) => Math.min(...edges([body], 1));

/**
 * Both poses in one frame (y down, the floor at y = 0): each rests its lowest
 * point on the floor, and the first point the end rests on keeps its place,
 * so what moves between start and end is what differs.
 */
export function layout({ start, end }: Illustration): [start: Body, end: Body] {
  const anchor = end.restsOn[0] ?? 'hip';
  const [first, second] = [start, end].map((angles) => {
    const body = pose(angles);
    const [anchorX] = body[anchor];
    const floor = lowest(body);
    return map(body, ([x, y]) => [x - anchorX, floor - y]);
  });
  return [first, second];
}

/** The view box both poses share, `[left, top, width, height]`: one scale, so start and end compare. */
export function frame(bodies: readonly Body[]): [left: number, top: number, width: number, height: number] {
  const xs = edges(bodies, 0);
  const left = Math.floor(Math.min(...xs)) - 2;
  const top = Math.floor(Math.min(...edges(bodies, 1))) - 2;
  // 2 below the floor for its line.
  return [left, top, Math.ceil(Math.max(...xs)) + 2 - left, 2 - top];
}
