// Opens a host page from test/embed/pages in an iframe and gives the tests typed access to it.
import type { BackPainTriage } from '../../src/components/back-pain-triage/back-pain-triage.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { nextQuestion } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/types.js';

/** What test/embed/pages/probe.js records from before the widgets' script runs. */
export interface Probe {
  globalsBefore: string[];
  violations: string[];
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  storageWrites: string[];
  cookieWrites: string[];
  networkCalls: string[];
  layoutShifts: { value: number; hadRecentInput: boolean }[];
  layoutShiftSupported: boolean;
  /** Set by pages that load the widgets late (after the first paint). */
  widgetsLoaded?: Promise<void>;
}

export type HostWindow = Window & typeof globalThis & { embedProbe: Probe };

export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  probe: Probe;
}

export const TAGS = [
  'back-pain-provider',
  'back-pain-triage',
  'red-flag-banner',
  'exercise-card',
  'self-care-guide',
  'factor-explainer',
] as const;

type Updatable = Element & { updateComplete?: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];

/** Loads `pages/<name>` in an iframe of the given size; resolves after its load event (module scripts have run). */
export async function openPage(name: string, size = { width: 800, height: 600 }): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block;border:0;inline-size:${size.width}px;block-size:${size.height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/embed/pages/${name}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  return { frame, win, doc: frame.contentDocument!, probe: win.embedProbe };
}

/** Removes every page opened by openPage (call in afterEach). */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Waits until every widget under `root`, including those inside widgets' shadow roots, has rendered. */
export async function settle(root: ParentNode): Promise<void> {
  for (const element of root.querySelectorAll<Updatable>('*')) {
    if (element.updateComplete) await element.updateComplete;
    if (element.shadowRoot) await settle(element.shadowRoot);
  }
}

/** Waits for the page's widgets to be defined and rendered. */
export async function widgetsReady(page: HostPage): Promise<void> {
  await page.probe.widgetsLoaded;
  const present = TAGS.filter((tag) => page.doc.querySelector(tag));
  await Promise.all(present.map((tag) => page.win.customElements.whenDefined(tag)));
  await settle(page.doc);
}

export function triageIn(page: HostPage): BackPainTriage {
  return page.doc.querySelector('back-pain-triage')!;
}

export function cardIn(page: HostPage): ExerciseCard {
  return page.doc.querySelector('exercise-card')!;
}

/** Part of a widget's shadow root, which must exist. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T {
  const found = host.shadowRoot?.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`<${host.localName}> has no part "${name}"`);
  return found;
}

/**
 * Answers the triage's current question as a person would: choose the option, press Continue. On a
 * page of signs the option answers its first sign, and "None of these" answers "No" for the others.
 */
export async function answer(triage: BackPainTriage, option: string): Promise<void> {
  choose(triage, option);
  await settle(triage.ownerDocument);
}

/** `answer` without waiting for the page to settle (which waits for any code the next page loads). */
export function choose(triage: BackPainTriage, option: string): void {
  const root = triage.shadowRoot!;
  const choice = root.querySelector<HTMLInputElement>(`[part~="options"] input[type="radio"][value="${option}"]`);
  if (!choice) throw new Error(`the current question has no option "${option}"`);
  choice.click();
  root.querySelector<HTMLButtonElement>('[part~="none-of-these"]')?.click();
  part(triage, 'continue').click();
}

/** Resolves with the detail of the next `type` event that reaches the host document. */
export function nextEvent<T>(doc: Document, type: string): Promise<T> {
  return new Promise((resolve) =>
    doc.addEventListener(type, (event) => resolve((event as CustomEvent<T>).detail), { once: true }),
  );
}

/** The option a person with no warning sign would choose for a question. */
export function calmOption(question: NonNullable<ReturnType<typeof nextQuestion>>): string {
  const option = question.options.find(({ id }) => ['no', 'none', 'neither', 'easing', '20-to-49'].includes(id));
  return (option ?? question.options[0]).id;
}

/** Every question answered without a warning sign. */
export function calmAnswers(): Answers {
  const calm: Record<string, string> = {};
  for (let question = nextQuestion(calm); question; question = nextQuestion(calm)) calm[question.id] = calmOption(question);
  return calm;
}
