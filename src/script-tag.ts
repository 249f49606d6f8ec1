// The script-tag bundle (`dist/cdn/back-pain-widgets.js`): the package's API, and every element defined one per
// task. A definition upgrades that tag's elements already in the page (constructors, shadow roots, style
// sheets); on a slow phone, all of them in the task that ran the script were one long task. The build also
// pauses the bundle's evaluation after each widget's code (see evaluateEachWidgetInItsOwnTask in rollup.config.ts).
import { defineElement } from './internal/define.js';
import { nextTask } from './internal/next-task.js';
import { BackPainProvider } from './components/back-pain-provider/back-pain-provider.js';
import { RedFlagBanner } from './components/red-flag-banner/red-flag-banner.js';
import { ExerciseCard } from './components/exercise-card/exercise-card.js';
import { SelfCareGuide } from './components/self-care-guide/self-care-guide.js';
import { FactorExplainer } from './components/factor-explainer/factor-explainer.js';
import { BackPainTriage } from './components/back-pain-triage/back-pain-triage.js';

const widgets: readonly (readonly [tag: string, element: CustomElementConstructor])[] = [
  ['back-pain-provider', BackPainProvider],
  ['red-flag-banner', RedFlagBanner],
  ['exercise-card', ExerciseCard],
  ['self-care-guide', SelfCareGuide],
  ['factor-explainer', FactorExplainer],
  ['back-pain-triage', BackPainTriage],
];

/** The tags the page shows first come first (what is in view renders first); tags not in the page come last. */
function inPageOrder(): (readonly [string, CustomElementConstructor])[] {
  const first = new Map(widgets.map(([tag]) => [tag, document.querySelector(tag)]));
  const before = (a: Element | null, b: Element | null): number => {
    if (!a || !b) return Number(!a) - Number(!b);
    return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  };
  return [...widgets].sort(([a], [b]) => before(first.get(a)!, first.get(b)!));
}

async function defineOnePerTask(): Promise<void> {
  for (const [tag, element] of inPageOrder()) {
    await nextTask();
    defineElement(tag, element);
  }
}

void defineOnePerTask();

export * from './api.js';
