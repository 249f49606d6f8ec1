// Loads the widgets only after the page has been painted once, as a slow network would: any space the host
// page did not reserve then shows up as a layout shift.
(() => {
  const load = () => import('/dist/cdn/back-pain-widgets.js');
  window.embedProbe.widgetsLoaded = new Promise((resolve, reject) => {
    const start = () => load().then(() => resolve(), reject);
    if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      new PerformanceObserver((list, observer) => {
        observer.disconnect();
        start();
      }).observe({ type: 'paint', buffered: true });
    } else {
      window.addEventListener('load', start, { once: true });
    }
  });
})();
