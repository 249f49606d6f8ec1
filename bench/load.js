// Done when the triage (and the banner) have rendered and their content has been on screen (load-done.js).
await customElements.whenDefined('back-pain-triage');
for (const element of document.querySelectorAll('back-pain-triage, red-flag-banner')) await element.updateComplete;
await import('./load-done.js');
