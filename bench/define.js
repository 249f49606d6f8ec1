// One sample: the element is already in the page (not upgraded); time define -> first render finished and laid
// out. For a no-logic copy (`static-<tag>`), the copy is made first from a rendered widget, off the clock.
import { create, define, dependencies, rendered } from './elements.js';
import { prepareStaticCopies } from './static-copy.js';

const tag = new URL(location.href).searchParams.get('tag');
if (tag.startsWith('static-')) await prepareStaticCopies();
for (const dependency of dependencies[tag] ?? []) define(dependency);
const element = create(tag);
document.body.append(element);
const start = performance.now();
define(tag);
await rendered(element);
void element.offsetHeight;
window.benchResult = performance.now() - start;
