// Imported before the widgets by define-as.test.ts: a host page whose own elements already use two of our
// generic tag names, and a record of the console warnings from then on.
export const warningsFromLoad: string[] = [];
const { warn } = console;
console.warn = (...args: unknown[]) => {
  warningsFromLoad.push(args.map(String).join(' '));
  warn.apply(console, args);
};

export class HostCard extends HTMLElement {}
export class HostBanner extends HTMLElement {}
customElements.define('exercise-card', HostCard);
customElements.define('red-flag-banner', HostBanner);
