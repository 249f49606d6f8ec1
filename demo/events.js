// The clinic's own listener: shows how a host hears from the widgets. Nothing leaves the page.
document.addEventListener('triage-complete', (event) => {
  console.info('Triage finished with urgency', event.detail.result.urgency);
});
