import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers } from '../../triage/types.js';

const STORAGE_PREFIX = 'back-pain-widgets:back-pain-triage';

export interface SavedAnswersHost extends ReactiveControllerHost, HTMLElement {
  /** The host opted in (`save-answers`); storage is touched only then. */
  readonly saveAnswers: boolean;
  readonly answers: Answers;
}

/**
 * Keeps a triage's answers in `sessionStorage`, only when the host opts in, so a reload resumes.
 * Saves after each update that changed the answers; forgets the copy when the opt-in is removed.
 */
export class SavedAnswers implements ReactiveController {
  private readonly host: SavedAnswersHost;
  private readonly restore: (saved: unknown) => void;
  private readonly warn: (field: string, value: unknown, valid: string) => void;
  private saved: string | null = null;
  private wasOn = false;

  constructor(
    host: SavedAnswersHost,
    restore: (saved: unknown) => void,
    warn: (field: string, value: unknown, valid: string) => void,
  ) {
    this.host = host;
    this.restore = restore;
    this.warn = warn;
    host.addController(this);
  }

  private get key(): string {
    return this.host.id ? `${STORAGE_PREFIX}:${this.host.id}` : STORAGE_PREFIX;
  }

  hostConnected(): void {
    // A moved element keeps its answers in memory; storage is only read for a fresh one.
    if (!this.host.saveAnswers || Object.keys(this.host.answers).length) return;
    this.storage((storage) => {
      const saved = storage.getItem(this.key);
      if (saved === null) return;
      try {
        this.restore(JSON.parse(saved));
      } catch {
        this.warn('saved answers', saved, 'JSON written by this element');
      }
    });
  }

  hostUpdated(): void {
    if (this.host.saveAnswers) {
      const answers = this.host.answers;
      const text = Object.keys(answers).length ? JSON.stringify(answers) : null;
      if (text !== this.saved || !this.wasOn) {
        this.storage((storage) => (text ? storage.setItem(this.key, text) : storage.removeItem(this.key)));
        this.saved = text;
      }
    } else if (this.wasOn) {
      // Turning `save-answers` off forgets the saved copy.
      this.storage((storage) => storage.removeItem(this.key));
      this.saved = null;
    }
    this.wasOn = this.host.saveAnswers;
  }

  private storage(task: (storage: Storage) => void): void {
    try {
      task(window.sessionStorage);
    } catch (error) {
      this.warn('save-answers', true, `sessionStorage is not available here (${String(error)})`);
    }
  }
}
