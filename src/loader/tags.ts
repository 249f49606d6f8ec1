/**
 * Each tag's code and definition, as a chunk of its own. The literal `import()`s let rollup split the loader's
 * bundle per element; each define module also brings the elements its element renders inside itself.
 */
export const widgetLoaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'back-pain-provider': () => import('../define/back-pain-provider.js'),
  'back-pain-triage': () => import('../define/back-pain-triage.js'),
  'red-flag-banner': () => import('../define/red-flag-banner.js'),
  'exercise-card': () => import('../define/exercise-card.js'),
  'self-care-guide': () => import('../define/self-care-guide.js'),
  'factor-explainer': () => import('../define/factor-explainer.js'),
};
