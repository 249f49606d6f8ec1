import { expect } from '@open-wc/testing';
import { closePages, openPage, widgetsReady, type HostPage } from './host-page.js';

const SIZE = { width: 800, height: 600 };

/** The page's layout shifts, once the frame after the widgets rendered has been painted. */
async function shiftsAfterLoad(name: string): Promise<{ page: HostPage; total: number }> {
  const page = await openPage(name, SIZE);
  await widgetsReady(page);
  // Layout shifts are reported when a frame is presented; two frames after rendering, they are all in.
  for (let frame = 0; frame < 2; frame += 1) {
    await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => page.win.setTimeout(resolve));
  const shifts = page.probe.layoutShifts.filter((shift) => !shift.hadRecentInput);
  return { page, total: shifts.reduce((sum, shift) => sum + shift.value, 0) };
}

// The shift-*.html pages load the bundle only after their first paint (pages/late-load.js).
describe('layout shift while the widgets load', () => {
  afterEach(closePages);

  before(function () {
    if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
      // Firefox and WebKit do not implement the Layout Instability API, so there is nothing to measure.
      this.skip();
    }
  });

  it('is 0 on a page that uses the documented reservation snippet', async () => {
    const { page, total } = await shiftsAfterLoad('shift-reserved.html');
    expect(page.probe.layoutShiftSupported).to.equal(true);
    expect(total).to.equal(0);
  });

  it('is measured: a page without the snippet shifts', async () => {
    const { total } = await shiftsAfterLoad('shift-unreserved.html');
    expect(total).to.be.greaterThan(0);
  });
});
