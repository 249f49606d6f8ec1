/** Lit's dev-mode warnings link to lit.dev/msg/<code>; the dev-mode notice itself is expected. */
const LIT_WARNING = /lit\.dev\/msg\//;
const LIT_DEV_MODE_NOTICE = /lit\.dev\/msg\/dev-mode/;

export interface WarningCollector {
  /** Every console.warn message since the collector started. */
  readonly messages: string[];
  /** Lit dev-mode warnings other than the "Lit is in dev mode" notice. */
  litWarnings(): string[];
  /** Puts console.warn back. */
  restore(): void;
}

/**
 * Collects console.warn calls until restore(). Lit prints each dev-mode
 * warning only once per page, so start collecting before the first element
 * renders (at the top of a test file) to see them all.
 */
export function collectWarnings(): WarningCollector {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    litWarnings: () =>
      messages.filter((message) => LIT_WARNING.test(message) && !LIT_DEV_MODE_NOTICE.test(message)),
    restore: () => {
      console.warn = original;
    },
  };
}

/** Runs `task` while collecting warnings, always restoring console.warn. */
export async function withWarnings<T>(task: (warnings: WarningCollector) => Promise<T> | T): Promise<T> {
  const warnings = collectWarnings();
  try {
    return await task(warnings);
  } finally {
    warnings.restore();
  }
}
