// Runs while the elements are still unknown to the browser (module scripts run after parsing), as a host
// script that sets properties early would.
(() => {
  const triage = document.querySelector('back-pain-triage');
  const card = document.querySelector('exercise-card');
  window.embedEarly = { definedWhenSet: customElements.get('back-pain-triage') !== undefined };
  triage.answers = { 'bladder-bowel': 'no', 'saddle-numbness': 'no' };
  card.compact = true;
})();
