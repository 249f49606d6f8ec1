/**
 * Code a widget loads after its first render, once for all its elements: `code` is there once it has
 * arrived. A failed load warns and is forgotten, so the next `load()` tries again (the chunk may have
 * failed on a flaky network).
 */
export class LazyCode<T> {
  code: T | undefined;
  #loading: Promise<T | undefined> | undefined;
  readonly #what: string;
  readonly #importCode: () => Promise<T>;

  /** `what` names the code in the warning, e.g. "<back-pain-triage>: the result page". */
  constructor(what: string, importCode: () => Promise<T>) {
    this.#what = what;
    this.#importCode = importCode;
  }

  load(): Promise<T | undefined> {
    return (this.#loading ??= this.#importCode().then(
      (code) => (this.code = code),
      (error: unknown) => {
        this.#loading = undefined;
        console.warn(`${this.#what} could not be loaded: ${String(error)}`);
        return undefined;
      },
    ));
  }
}
