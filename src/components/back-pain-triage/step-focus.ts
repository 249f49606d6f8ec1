/** What gets focus after a step: the page's heading, the error summary, the mid-check warning or "Start again?". */
export type StepFocus = 'heading' | 'error' | 'warning' | 'restart';

const TARGETS: Record<StepFocus, string> = {
  heading: '#step-heading',
  error: '#error-summary',
  warning: '#warning-heading',
  restart: '#restart-question',
};

/** Scrolls `element` into view once the next layout shows it is not wholly in view; forces no layout itself. */
const scrollIntoViewIfHidden = (element: Element): void => {
  const observer = new IntersectionObserver(([entry]) => {
    observer.disconnect();
    if (entry.intersectionRatio < 1) element.scrollIntoView({ block: 'nearest' });
  });
  observer.observe(element);
};

/** Moves focus to `focus` in `root`, once the step has rendered, so a screen reader says the new page. */
export function focusStep(root: ParentNode, focus: StepFocus): void {
  const element = root.querySelector<HTMLElement>(TARGETS[focus]);
  if (!element) return;
  // The heading is kept from page to page: when it still has focus (after the browser's Back), focus it
  // afresh so the new question is announced.
  if (element.matches(':focus')) element.blur();
  // A plain focus() scrolls, and so forces style and layout in the middle of the step; the browser's own
  // next layout tells whether the heading needs scrolling into view.
  element.focus({ preventScroll: true });
  scrollIntoViewIfHidden(element);
}
