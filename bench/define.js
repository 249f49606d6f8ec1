// One sample: the element is already in the page (not upgraded); time define -> first render finished and laid
// out. `static-<tag>` times the widget's no-logic copy (bench/copies.js) the same way.
import { loadCopies } from './copies.js';

const tag = new URL(location.href).searchParams.get('tag');
const widget = tag.replace(/^static-/, '');
const { create, define, rendered } = widget === tag ? await import('./elements.js') : await loadCopies();
// The widgets the triage renders inside itself are defined first, as its define file does.
if (widget === 'back-pain-triage') ['red-flag-banner', 'exercise-card'].forEach(define);
const element = create(widget);
document.body.append(element);
const start = performance.now();
define(widget);
await rendered(element);
void element.offsetHeight;
performance.measure('define to render', { start });
