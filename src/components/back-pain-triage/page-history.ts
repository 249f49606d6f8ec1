import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the person is: a question, the list of answers, or the result. */
export type Page = { kind: 'question'; id: string } | { kind: 'check' } | { kind: 'result' };

const STATE_KEY = 'back-pain-triage';

export interface PageHistoryHost extends ReactiveControllerHost, HTMLElement {
  /** The host opted in (`history`): only then are history entries added. */
  readonly history: boolean;
}

const isPage = (value: unknown): value is Page => {
  const page = value as Partial<Page> | null;
  if (typeof page !== 'object' || page === null) return false;
  if (page.kind === 'question') return typeof (page as { id?: unknown }).id === 'string';
  return page.kind === 'check' || page.kind === 'result';
};

/**
 * Makes each step a browser history entry, so Back and Forward move between questions. Off unless
 * the host opts in; the URL is never changed (entries carry state only), and the host's own state on
 * the entry the check started from is kept.
 */
export class PageHistory implements ReactiveController {
  private readonly host: PageHistoryHost;
  private readonly show: (page: Page) => void;
  private started = false;

  constructor(host: PageHistoryHost, show: (page: Page) => void) {
    this.host = host;
    this.show = show;
    host.addController(this);
  }

  /** Two triages on one page each follow their own entries. */
  private get owner(): string {
    return this.host.id || 'triage';
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Records the page the person just moved to; the first call marks the current entry as the start. */
  moved(from: Page, to: Page): void {
    if (!this.host.history) return;
    if (!this.started) {
      const state: unknown = window.history.state;
      const hostState = typeof state === 'object' && state !== null ? state : {};
      window.history.replaceState({ ...hostState, [STATE_KEY]: { owner: this.owner, page: from } }, '');
      this.started = true;
    }
    window.history.pushState({ [STATE_KEY]: { owner: this.owner, page: to } }, '');
  }

  private onPopState = (event: PopStateEvent): void => {
    if (!this.host.history) return;
    const entry = (event.state as Record<string, { owner?: unknown; page?: unknown }> | null)?.[STATE_KEY];
    if (entry?.owner === this.owner && isPage(entry.page)) this.show(entry.page);
  };
}
