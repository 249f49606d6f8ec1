import { nextTask } from '../internal/next-task.js';

/**
 * A widget's code, then, in a task of its own, its definition (which upgrades the tags already in the page):
 * on a slow phone neither is one long task.
 */
const codeThenDefinition =
  (code: () => Promise<unknown>, definition: () => Promise<unknown>) => async (): Promise<unknown> => {
    await code();
    await nextTask();
    return definition();
  };

/**
 * Each tag's code, as a chunk of its own. The literal `import()`s let rollup split the loader's
 * bundle per element; each define module also brings the elements its element renders inside itself.
 */
export const widgetLoaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'back-pain-provider': codeThenDefinition(
    () => import('../components/back-pain-provider/back-pain-provider.js'),
    () => import('../define/back-pain-provider.js'),
  ),
  'back-pain-triage': codeThenDefinition(
    () => import('../components/back-pain-triage/back-pain-triage.js'),
    () => import('../define/back-pain-triage.js'),
  ),
  'red-flag-banner': codeThenDefinition(
    () => import('../components/red-flag-banner/red-flag-banner.js'),
    () => import('../define/red-flag-banner.js'),
  ),
  'exercise-card': codeThenDefinition(
    () => import('../components/exercise-card/exercise-card.js'),
    () => import('../define/exercise-card.js'),
  ),
  'self-care-guide': codeThenDefinition(
    () => import('../components/self-care-guide/self-care-guide.js'),
    () => import('../define/self-care-guide.js'),
  ),
  'factor-explainer': codeThenDefinition(
    () => import('../components/factor-explainer/factor-explainer.js'),
    () => import('../define/factor-explainer.js'),
  ),
};
