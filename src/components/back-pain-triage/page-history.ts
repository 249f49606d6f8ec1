import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { samePage, type Page } from '../../triage/journey.js';

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

type PageOf = Record<string, unknown>;

/** Each triage's page on a history entry, by owner; empty when the entry is not ours. */
function pagesOn(state: unknown): PageOf {
  const pages = (state as Record<string, unknown> | null)?.[STATE_KEY];
  return typeof pages === 'object' && pages !== null && !Array.isArray(pages) ? (pages as PageOf) : {};
}

/** Numbers the triages without an id in the order they are made, the same on each load of a page. */
let unnamed = 0;

/**
 * Makes each step a browser history entry, so Back and Forward move between questions. Off unless
 * the host opts in; the URL is never changed (entries carry state only), and the host's own state on
 * the entry the check started from is kept. Each entry holds the page of every triage on it, so Back
 * moves only the triage whose step made that entry, and the others stay where they are.
 */
export class PageHistory implements ReactiveController {
  private readonly host: PageHistoryHost;
  private readonly show: (page: Page) => void;
  private readonly current: () => Page;
  private readonly number = (unnamed += 1);
  private started = false;

  constructor(host: PageHistoryHost, show: (page: Page) => void, current: () => Page) {
    this.host = host;
    this.show = show;
    this.current = current;
    host.addController(this);
  }

  /** Whose entries these are: the id, else the element's place among the triages made on this page. */
  private get owner(): string {
    return this.host.id || `triage-${this.number}`;
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
    const state: unknown = window.history.state;
    const pages = pagesOn(state);
    if (!this.started) {
      const hostState = typeof state === 'object' && state !== null ? state : {};
      window.history.replaceState({ ...hostState, [STATE_KEY]: { ...pages, [this.owner]: from } }, '');
      this.started = true;
    }
    window.history.pushState({ [STATE_KEY]: { ...pages, [this.owner]: to } }, '');
  }

  private onPopState = (event: PopStateEvent): void => {
    if (!this.host.history) return;
    const page = pagesOn(event.state)[this.owner];
    if (isPage(page) && !samePage(page, this.current())) this.show(page);
  };
}
