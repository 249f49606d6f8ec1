// Renders `count` elements at once and times until every one has rendered and the page has laid them out.
import { create, define, rendered } from './elements.js';

const exerciseIds = ['knee-to-chest', 'pelvic-tilt', 'bird-dog', 'plank', 'hip-flexor-stretch', 'hamstring-stretch'];

window.renderMany = async (tag, count) => {
  define(tag);
  const container = document.createElement('div');
  for (let index = 0; index < count; index += 1) {
    const element = create(tag);
    if (tag === 'exercise-card') element.setAttribute('exercise', exerciseIds[index % exerciseIds.length]);
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
window.benchReady = true;
