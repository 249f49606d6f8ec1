import { html, svg } from 'lit';
import type { BodyPart, BodyPoint, Illustration } from '../../content/types.js';
import { frame, layout, SEGMENTS, type Body } from './figure.js';

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

/** Em per view-box unit: a body lying down fills a phone's width, and larger text draws it larger. */
const EM_PER_UNIT = 1 / 6;
/** The tallest a drawing gets, in em, so an upright body leaves room for the text. */
const MAX_HEIGHT = 13;

const round = (value: number) => Math.round(value * 10) / 10;
const line = (body: Body, points: readonly BodyPoint[]) =>
  points.map((point, index) => `${index ? 'L' : 'M'}${round(body[point][0])} ${round(body[point][1])}`).join('');

/**
 * Far limbs stay behind the body; moving parts are drawn over the parts that stay still, and the near arm
 * over everything, so hands that hold a leg are seen holding it.
 */
const depth = (part: BodyPart, moving: readonly BodyPart[]) =>
  part === 'near-arm' ? 3 : part.startsWith('far') ? 0 : moving.includes(part) ? 2 : 1;

/** One pose; as a trace, only its moving pelvis and trunk, to be drawn faint behind the end. */
function figure(body: Body, { moving, strap }: Illustration, trace: boolean) {
  const parts = PARTS.filter(([part, , kind]) => !trace || (kind === 'torso' && moving.includes(part))).sort(
    ([a], [b]) => depth(a, moving) - depth(b, moving),
  );
  return svg`<g class=${trace ? 'trace' : 'pose'}>${parts.map(([part, points, kind]) => {
    const classes = `${kind} ${part.split('-')[0]} ${moving.includes(part) ? 'moving' : ''}`;
    return svg`<path class=${classes} d=${line(body, points)}></path>${part === 'head'
      ? svg`<circle class=${classes} cx=${round(body.head[0])} cy=${round(body.head[1])} r=${SEGMENTS.head}></circle>`
      : ''}`;
  })}${strap && !trace ? svg`<path class="strap" d=${line(body, strap)}></path>` : ''}</g>`;
}

/**
 * The start and end positions of one body at one scale on a floor line, the
 * moving parts highlighted; the end shows where a moving pelvis and trunk
 * started as a faint trace. The two drawings sit side by side when both fit,
 * one above the other on a phone. The text alternative is the `aria-label`
 * (a binding inside an SVG `<title>` breaks server rendering). The timer's
 * phase is a class on the card, so the drawing is the same for every card
 * that shows the exercise.
 */
export function renderIllustration(illustration: Illustration, alt: string, captions: readonly [string, string]) {
  const poses = layout(illustration);
  const box = frame(poses);
  const [left, , width, height] = box;
  const tall = Math.min(height * EM_PER_UNIT, MAX_HEIGHT);
  return html`<div class="illustration ${width < 1.5 * height ? 'upright' : ''}" role="img" aria-label=${alt}>
    ${poses.map(
      (body, index) =>
        html`<div class=${index ? 'end' : 'start'}>
          <svg part="illustration" viewBox=${box.join(' ')} width="${round((tall * width) / height)}em" height="${round(tall)}em">
            <path class="floor" d="M${left} 0h${width}"></path>
            ${index ? figure(poses[0], illustration, true) : ''}${figure(body, illustration, false)}
          </svg>
          ${captions[index]}
        </div>`,
    )}
  </div>`;
}
