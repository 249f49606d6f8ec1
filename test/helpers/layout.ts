import { setViewport } from '@web/test-runner-commands';
import { expectAccessible } from './axe.js';

export const WIDTHS = [320, 1280] as const;

/**
 * Makes the page `width` px wide. Engines whose driver cannot resize the
 * window (WebKit over WebDriver) get the same width on the element's container,
 * which is what the widgets lay out against (they use no viewport media queries).
 */
let canResize = true;

export async function useWidth(element: HTMLElement, width: number): Promise<void> {
  if (canResize) {
    try {
      await setViewport({ width, height: 800 });
    } catch {
      // Resizing the window is not supported here; the container width below stands in for it.
      canResize = false;
    }
  }
  const container = element.parentElement;
  if (container) container.style.inlineSize = `${width - 16}px`;
  // Reading layout flushes it; no animation frame is needed (and background tabs may never get one).
  element.getBoundingClientRect();
}

/** Fails when the element or anything in its shadow root sticks out sideways. */
export function expectNoHorizontalOverflow(element: HTMLElement): void {
  const host = element.getBoundingClientRect();
  if (element.scrollWidth > element.clientWidth + 1) {
    throw new Error(`<${element.localName}> scrolls sideways: ${element.scrollWidth} > ${element.clientWidth}`);
  }
  const parts = element.shadowRoot ? [...element.shadowRoot.querySelectorAll('*')] : [];
  for (const part of parts) {
    const box = part.getBoundingClientRect();
    if (box.width > 0 && (box.left < host.left - 1 || box.right > host.right + 1)) {
      throw new Error(
        `<${element.localName}> ${part.localName}.${part.getAttribute('class') ?? ''} sticks out: ${box.left}-${box.right} outside ${host.left}-${host.right}`,
      );
    }
  }
}

/** axe at 320 px and 1280 px, and no sideways scrolling at 320 px. */
export async function expectAccessibleAtAllWidths(element: HTMLElement): Promise<void> {
  for (const width of WIDTHS) {
    await useWidth(element, width);
    if (width === 320) expectNoHorizontalOverflow(element);
    await expectAccessible(element);
  }
}
