// Vue's GlobalComponents lists every tag with its props.
import type { GlobalComponents } from 'vue';
import 'back-pain-widgets';
// One import anywhere in the app brings the tags' types into every template.
import type {} from 'back-pain-widgets/types/vue';

const tags: (keyof GlobalComponents)[] = ['back-pain-provider', 'back-pain-triage', 'exercise-card', 'factor-explainer', 'red-flag-banner', 'self-care-guide'];
console.log(tags);
