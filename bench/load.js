// Done when the triage and the banner have rendered and been laid out: the mark's time counts from navigation start.
await Promise.all(['back-pain-triage', 'red-flag-banner'].map((tag) => customElements.whenDefined(tag)));
for (const element of document.querySelectorAll('back-pain-triage, red-flag-banner')) await element.updateComplete;
void document.body.offsetHeight;
performance.mark('loaded');
