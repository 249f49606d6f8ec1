import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers } from '../../triage/types.js';
import { warnOnce } from '../../internal/warn.js';
import { showValue } from '../../triage/show-value.js';

export const STORAGE_PREFIX = 'back-pain-widgets:back-pain-triage';

/** What the controller needs from its element. */
export interface SavedAnswersHost extends ReactiveControllerHost, HTMLElement {
  saveAnswers: boolean;
  readonly answers: Answers;
}

export interface SavedAnswersOptions {
  /** Applies answers read back from storage (they may be invalid: the element validates them). */
  restore(saved: unknown): void;
  warn(field: string, value: unknown, validValues: string): void;
}

/** Which element holds each storage key, so two elements never share (and overwrite) one saved copy. */
const holders = new Map<string, WeakRef<Element>>();

/**
 * Where this window sits among the frames of its tab, such as "0.1"; "" at the top. Same-origin frames
 * share one sessionStorage, so a frame adds this to its keys: two frames with the same triage keep their
 * own answers. Cross-origin parents still let a frame count their frames and compare them.
 */
function framePath(): string {
  const path: number[] = [];
  try {
    for (let frame: Window = window; frame !== frame.parent; frame = frame.parent) {
      const siblings = frame.parent.frames;
      let index = 0;
      while (index < siblings.length && siblings[index] !== frame) index += 1;
      path.unshift(index);
    }
  } catch {
    // A browser that will not say: the frame keeps the keys of a top-level page.
    return '';
  }
  return path.join('.');
}

/**
 * Keeps the triage's answers in sessionStorage while the host opts in with `save-answers`. The saved copy
 * is read back at the first update with `save-answers` on, whether the attribute was there at connection
 * or the property was set later (as @lit/react does, after connection), and only then written.
 */
export class SavedAnswersController implements ReactiveController {
  readonly #host: SavedAnswersHost;
  readonly #options: SavedAnswersOptions;
  /** The key this element claimed; null until `save-answers` is first on. */
  #key: string | null = null;
  /** What is in storage now, as this element last wrote or read it. */
  #written: string | null = null;
  #wasOn = false;

  constructor(host: SavedAnswersHost, options: SavedAnswersOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Before rendering: read the saved copy the first time `save-answers` is on, so the first render resumes. */
  hostUpdate(): void {
    if (!this.#host.saveAnswers || this.#key !== null) return;
    const key = this.#claimKey();
    this.#storage((storage) => {
      const saved = storage.getItem(key);
      this.#written = saved;
      // Answers the host set itself win over the saved copy.
      if (saved === null || Object.keys(this.#host.answers).length) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(saved);
      } catch {
        this.#options.warn('saved answers', saved, 'JSON written by this element');
        return;
      }
      this.#options.restore(parsed);
    });
  }

  /** After rendering: write the answers when they changed, or forget them once `save-answers` is off. */
  hostUpdated(): void {
    const on = this.#host.saveAnswers;
    if (on) this.#save();
    else if (this.#wasOn && this.#key !== null) {
      const key = this.#key;
      this.#storage((storage) => storage.removeItem(key));
      this.#written = null;
    }
    this.#wasOn = on;
  }

  #save(): void {
    const key = this.#key ?? this.#claimKey();
    const answers = this.#host.answers;
    const text = Object.keys(answers).length ? JSON.stringify(answers) : null;
    if (text === this.#written) return;
    this.#storage((storage) => (text === null ? storage.removeItem(key) : storage.setItem(key, text)));
    this.#written = text;
  }

  /**
   * The element's own key: by `id` (and by frame, in a frame), or numbered when another element on the page
   * already holds it.
   */
  #claimKey(): string {
    const frame = framePath();
    const base = `${this.#host.id ? `${STORAGE_PREFIX}:${this.#host.id}` : STORAGE_PREFIX}${frame ? `@frame-${frame}` : ''}`;
    let key = base;
    for (let n = 2; this.#heldByAnother(key); n += 1) key = `${base}:${n}`;
    if (key !== base) {
      const tag = `<${this.#host.localName}>`;
      warnOnce(
        this.#host,
        'shared key',
        `another ${tag} on this page already keeps its answers under ${this.#host.id ? `id "${this.#host.id}"` : 'no id'}, so with save-answers the two would overwrite each other; give each ${tag} with save-answers its own id. This one now keeps them as "${key}".`,
      );
    }
    holders.set(key, new WeakRef(this.#host));
    this.#key = key;
    return key;
  }

  #heldByAnother(key: string): boolean {
    const holder = holders.get(key)?.deref();
    return holder !== undefined && holder !== this.#host && holder.isConnected;
  }

  #storage(task: (storage: Storage) => void): void {
    try {
      task(window.sessionStorage);
    } catch (error) {
      warnOnce(
        this.#host,
        'storage',
        `save-answers cannot keep the answers: sessionStorage is blocked (${showValue(error)}). They are lost when the page is left.`,
      );
    }
  }
}
