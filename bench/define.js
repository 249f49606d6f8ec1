// One sample: the element is already in the page (not upgraded); time define -> first render finished.
import { create, define, dependencies, rendered } from './elements.js';

const tag = new URL(location.href).searchParams.get('tag');
for (const dependency of dependencies[tag] ?? []) define(dependency);
const element = create(tag);
document.body.append(element);
const start = performance.now();
define(tag);
await rendered(element);
window.benchResult = performance.now() - start;
