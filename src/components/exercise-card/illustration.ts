import { html, svg, nothing } from 'lit';
import type { BodyPart, BodyPoint, Illustration } from '../../content/types.js';
import { layout, SEGMENTS, top, VIEW, type Body, type Point } from './figure.js';

/** Each part as the points its line runs through; far limbs first, so the body covers them. */
const PARTS: readonly [BodyPart, readonly BodyPoint[], 'limb' | 'torso'][] = [
  ['far-arm', ['shoulder', 'far-elbow', 'far-hand'], 'limb'],
  ['far-leg', ['hip', 'far-knee', 'far-ankle', 'far-toe'], 'limb'],
  ['pelvis', ['hip', 'waist'], 'torso'],
  ['trunk', ['waist', 'shoulder'], 'torso'],
  ['head', ['shoulder', 'head'], 'limb'],
  ['near-leg', ['hip', 'near-knee', 'near-ankle', 'near-toe'], 'limb'],
  ['near-arm', ['shoulder', 'near-elbow', 'near-hand'], 'limb'],
];

const round = (value: number) => Math.round(value * 10) / 10;
const line = (body: Body, points: readonly BodyPoint[]) =>
  points.map((point, index) => `${index ? 'L' : 'M'}${round(body[point][0])} ${round(body[point][1])}`).join('');

const offset = ([x, y]: Point, degrees: number, length: number): Point => {
  const angle = (degrees * Math.PI) / 180;
  return [x + length * Math.cos(angle), y - length * Math.sin(angle)];
};
const xy = ([x, y]: Point) => `${round(x)} ${round(y)}`;

/** An arrow pointing along `direction` whose tip stops just short of the outline at `point`. */
function arrowTo(point: Point, direction: number) {
  const back = direction + 180;
  const tip = offset(point, back, 12);
  return `M${xy(offset(point, back, 34))}L${xy(tip)}M${xy(offset(tip, back + 40, 8))}L${xy(tip)}L${xy(offset(tip, back - 40, 8))}`;
}

/** Far limbs stay behind the body; moving parts are drawn over the parts that stay still. */
const depth = (part: BodyPart, moving: readonly BodyPart[]) => (part.startsWith('far') ? 0 : moving.includes(part) ? 2 : 1);

function figure(body: Body, { moving, strap, arrow }: Illustration, last: boolean) {
  const [headX, headY] = body.head;
  const parts = [...PARTS].sort(([a], [b]) => depth(a, moving) - depth(b, moving));
  return svg`<circle class="${moving.includes('head') ? 'moving' : ''}" cx=${round(headX)} cy=${round(headY)} r=${SEGMENTS.head}></circle>${parts.map(
    ([part, points, kind]) =>
      svg`<path class="${kind} ${part.split('-')[0]} ${moving.includes(part) ? 'moving' : ''}" d=${line(body, points)}></path>`,
  )}${strap ? svg`<path class="strap" d=${line(body, strap)}></path>` : nothing}${last && arrow
    ? svg`<path class="arrow" d=${arrowTo(body[arrow.at], arrow.direction)}></path>`
    : nothing}`;
}

/**
 * The start and end positions of one body side by side on a floor line, an
 * arrow between them, the moving parts highlighted. The text alternative is
 * the `aria-label`: a binding inside an SVG `<title>` breaks server rendering. The timer's phase is a
 * class on the card, so the drawing is the same for every card that shows the exercise.
 */
export function renderIllustration(illustration: Illustration, alt: string) {
  const [start, end] = layout(illustration);
  const y = top([start, end]);
  const middle = VIEW.width / 2;
  return html`<svg
    part="illustration"
    role="img"
    aria-label=${alt}
    viewBox="0 ${y} ${VIEW.width} ${VIEW.height - y}"
    focusable="false"
  >
    <path class="floor" d="M4 ${VIEW.floor}H${VIEW.width - 4}"></path>
    <g class="start">${figure(start, illustration, false)}</g>
    <path class="arrow" d="M${middle - 12} ${(y + VIEW.floor) / 2}h24m-8-8 8 8-8 8"></path>
    <g class="end">${figure(end, illustration, true)}</g>
  </svg>`;
}
