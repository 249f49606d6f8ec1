// Renders `count` elements at once and times until every one has rendered and the page has laid them out.
import { create, define, rendered } from './elements.js';
import { prepareStaticCopies } from './static-copy.js';

const exerciseIds = ['knee-to-chest', 'pelvic-tilt', 'bird-dog', 'plank', 'hip-flexor-stretch', 'hamstring-stretch'];

window.renderMany = async (tag, count) => {
  define(tag);
  const container = document.createElement('div');
  for (let index = 0; index < count; index += 1) {
    const element = create(tag);
    if (tag.endsWith('exercise-card')) element.setAttribute('exercise', exerciseIds[index % exerciseIds.length]);
    container.append(element);
  }
  const start = performance.now();
  document.body.append(container);
  await Promise.all([...container.children].map(rendered));
  void container.offsetHeight;
  const elapsed = performance.now() - start;
  container.remove();
  return elapsed;
};
/** Keeps `count` elements in the page, for a heap measurement; returns nothing so no reference leaks out. */
window.keepMany = async (tag, count) => {
  define(tag);
  const container = document.createElement('div');
  container.className = 'kept';
  for (let index = 0; index < count; index += 1) {
    const element = create(tag);
    if (tag.endsWith('exercise-card')) element.setAttribute('exercise', exerciseIds[index % exerciseIds.length]);
    container.append(element);
  }
  document.body.append(container);
  await Promise.all([...container.children].map(rendered));
};
window.dropKept = () => document.querySelectorAll('.kept').forEach((container) => container.remove());

await prepareStaticCopies();
window.benchReady = true;
