/** What the framework fixtures (bundled by test/embed/build-fixtures.mjs) export to the tests. */
export interface FrameworkEventLog {
  stepChanges: string[];
  completions: string[];
  redFlags: string[];
  restarts: number;
  timerChanges: string[];
}

export interface MountedApp {
  /** The app's own record of the events its handlers received. */
  events: FrameworkEventLog;
  /** Waits until the framework has applied pending state changes to the DOM. */
  settle(): Promise<void>;
  unmount(): void;
}

export type Mount = (container: HTMLElement) => MountedApp;

/** Answers both apps pass as a property, so the triage starts at the third question. */
export const PRESET_ANSWERS = { 'bladder-bowel': 'no', 'saddle-numbness': 'no' } as const;

export function emptyLog(): FrameworkEventLog {
  return { stepChanges: [], completions: [], redFlags: [], restarts: 0, timerChanges: [] };
}
