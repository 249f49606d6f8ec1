/** How long to wait before each new try of a failed load: three tries more, then the person is told. */
export const RETRY_AFTER_MS = [1000, 3000, 9000] as const;

/** A load still going after this long is slow: the element says it is loading. */
export const SLOW_AFTER_MS = 1000;

/** Where a load is: not asked for yet, going, going for longer than SLOW_AFTER_MS, failed after every try, or here. */
export type LoadState = 'idle' | 'loading' | 'slow' | 'failed' | 'loaded';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Code loaded when it is first needed, once for all the elements that use it: `code` is there once it has
 * arrived. A failed load is tried again after 1, 3 and 9 seconds, then warns and stays failed until `retry()`
 * (the person's "Try again"), so a missing file is never asked for in a loop. Whoever passes `changed` is told
 * each time the state moves on, until the load settles.
 */
export class LazyCode<T> {
  code: T | undefined;
  #state: LoadState = 'idle';
  #loading: Promise<T | undefined> | undefined;
  readonly #waiting = new Set<() => void>();
  readonly #what: string;
  readonly #importCode: () => Promise<T>;

  /** `what` names the code in the warning, e.g. "<back-pain-triage>: the result page". */
  constructor(what: string, importCode: () => Promise<T>) {
    this.#what = what;
    this.#importCode = importCode;
  }

  get state(): LoadState {
    return this.#state;
  }

  /** Starts the load unless it has started (or failed); settles with the code, or undefined when it failed. */
  load(changed?: () => void): Promise<T | undefined> {
    const loading = (this.#loading ??= this.#tryLoading());
    if (changed && (this.#state === 'loading' || this.#state === 'slow')) this.#waiting.add(changed);
    return loading;
  }

  /** After a failed load, starts again from the first try (and tells `changed` it is loading); otherwise `load`. */
  retry(changed?: () => void): Promise<T | undefined> {
    if (this.#state === 'failed') {
      this.#loading = undefined;
      if (changed) this.#waiting.add(changed);
    }
    return this.load(changed);
  }

  async #tryLoading(): Promise<T | undefined> {
    this.#set('loading');
    const slow = setTimeout(() => this.#set('slow'), SLOW_AFTER_MS);
    try {
      for (let attempt = 0; ; attempt += 1) {
        try {
          this.code = await this.#importCode();
          this.#set('loaded');
          return this.code;
        } catch (error) {
          if (attempt === RETRY_AFTER_MS.length) {
            console.warn(`${this.#what} could not be loaded: ${String(error)}`);
            this.#set('failed');
            return undefined;
          }
          await wait(RETRY_AFTER_MS[attempt]);
        }
      }
    } finally {
      clearTimeout(slow);
    }
  }

  #set(state: LoadState): void {
    // A slow load that has already settled stays settled.
    if (state === 'slow' && this.#state !== 'loading') return;
    this.#state = state;
    const waiting = [...this.#waiting];
    if (state === 'loaded' || state === 'failed') this.#waiting.clear();
    for (const changed of waiting) changed();
  }
}
