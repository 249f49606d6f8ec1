import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { questions, redFlagRules, type Condition, type UrgencyId } from '../../../src/content/index.js';
import type { BackPainTriage } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import '../../../src/define/back-pain-triage.js';
import '../../../src/define/red-flag-banner.js';
import '../../../src/define/exercise-card.js';
import { partsOf } from '../../../src/triage/conditions.js';

export type Answers = Record<string, string>;

/** Every answer some warning sign reacts to, as "question=option". */
const flagged = new Set(
  redFlagRules.flatMap((rule) =>
    partsOf(rule.when).flatMap((condition) => condition.anyOf.map((option) => `${condition.question}=${option}`)),
  ),
);

/** Answers that raise a warning sign on their own, as "question=option". */
const flaggedAlone = new Set(
  redFlagRules.flatMap((rule) =>
    'allOf' in rule.when ? [] : partsOf(rule.when).flatMap((c) => c.anyOf.map((option) => `${c.question}=${option}`)),
  ),
);

/** The first sure answer to a question that no warning sign reacts to. */
export function calmOption(questionId: string): string {
  const question = questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`unknown question ${questionId}`);
  const calm = question.options.find((option) => !('notSure' in option) && !flagged.has(`${questionId}=${option.id}`));
  return (calm ?? question.options[0]).id;
}

/** Answers that raise the first warning sign whose urgency on its own is `urgency` (none for self-care). */
export function answersRaising(urgency: UrgencyId): Answers {
  if (urgency === 'self-care') return {};
  // A sign the person has, not an "I'm not sure" answer.
  const rule = redFlagRules.find((candidate) => candidate.urgencyAlone === urgency && !candidate.unsure);
  if (!rule) throw new Error(`no warning sign gives ${urgency} on its own`);
  return Object.fromEntries(partsOf(rule.when).map((condition) => [condition.question, condition.anyOf[0]]));
}

/**
 * Answers that open every follow-up question (each `askIf` of the content)
 * without raising a warning sign, so one walk meets every question.
 */
export const openingAnswers: Answers = Object.fromEntries(
  questions.flatMap((question) => {
    const askIf: Condition | undefined = 'askIf' in question ? question.askIf : undefined;
    if (!askIf) return [];
    return partsOf(askIf).map((condition) => {
      // Prefer an option that opens the most follow-ups and raises no sign.
      const opens = (option: string) =>
        questions.filter(
          (other) =>
            'askIf' in other &&
            partsOf(other.askIf as Condition).some((c) => c.question === condition.question && c.anyOf.includes(option)),
        ).length;
      const choices = [...condition.anyOf].filter((option) => !flaggedAlone.has(`${condition.question}=${option}`));
      choices.sort((a, b) => opens(b) - opens(a));
      return [condition.question, choices[0] ?? condition.anyOf[0]];
    });
  }),
);

export const all = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

export function shadowOf(el: BackPainTriage): ShadowRoot {
  return el.shadowRoot!;
}

export function stepHeading(el: BackPainTriage): HTMLElement {
  return shadowOf(el).querySelector<HTMLElement>('#step-heading')!;
}

/** The id of the question shown (the first on a checkbox page), or null on the result view. */
export function shownQuestion(el: BackPainTriage): string | null {
  return shadowOf(el).querySelector<HTMLInputElement>('[part~="question"] input')?.name ?? null;
}

/** The questions on the page shown: one, or each sign of a page of signs. */
export function shownQuestions(el: BackPainTriage): string[] {
  const radios = all(shadowOf(el), '[part~="options"] input[type="radio"]') as HTMLInputElement[];
  return [...new Set(radios.map((radio) => radio.name))];
}

/** Chooses an answer for each sign of a page of signs: from `answers`, else the calm one. */
export function tickSigns(el: BackPainTriage, answers: Answers): void {
  for (const question of shownQuestions(el)) {
    const option = answers[question] ?? calmOption(question);
    const radio = shadowOf(el).querySelector<HTMLInputElement>(`input[name="${question}"][value="${option}"]`);
    if (!radio) throw new Error(`no answer ${option} for sign ${question}`);
    if (!radio.checked) radio.click();
  }
}

/** True when the page shown asks several signs at once. */
export const isCheckboxPage = (el: BackPainTriage): boolean => !!shadowOf(el).querySelector('[part~="sign"]');

/** Answers every question on the page shown (from `answers`, else calmly) and presses Continue. */
export async function answerPage(el: BackPainTriage, answers: Answers): Promise<void> {
  if (isCheckboxPage(el)) {
    tickSigns(el, answers);
    button(el, 'continue').click();
    await el.updateComplete;
    return;
  }
  const question = shownQuestion(el)!;
  await answer(el, answers[question] ?? calmOption(question));
}

export function radio(el: BackPainTriage, option: string): HTMLInputElement {
  const input = shadowOf(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${option}"]`);
  if (!input) throw new Error(`no option ${option} on question ${shownQuestion(el)}`);
  return input;
}

export function button(el: BackPainTriage, part: string): HTMLButtonElement {
  const found = shadowOf(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`);
  if (!found) throw new Error(`no ${part} button`);
  return found;
}

/**
 * Chooses an option by pointer and presses Continue. On a checkbox page the option is the answer to the
 * page's first question, and the other signs on it are answered calmly.
 */
export async function answer(el: BackPainTriage, option: string): Promise<void> {
  if (isCheckboxPage(el)) tickSigns(el, { [shownQuestion(el)!]: option });
  else radio(el, option).click();
  button(el, 'continue').click();
  await el.updateComplete;
}

/**
 * Answers each page shown (every question on a checkbox page), from `answers`
 * or else calmly, until the result shows; then, unless `stageOneOnly`, takes "Tailor my plan" and answers
 * those questions too, so the walk meets every question that applies. Calls
 * `onStep` on every question before answering it.
 */
export async function completeTriage(
  el: BackPainTriage,
  answers: Answers,
  onStep: (questionId: string) => Promise<void> | void = () => undefined,
  stageOneOnly = false,
): Promise<string[]> {
  const asked: string[] = [];
  for (let question = shownQuestion(el); question; question = shownQuestion(el)) {
    const onPage = shownQuestions(el);
    if (onPage.some((id) => asked.includes(id))) throw new Error(`question ${question} asked twice`);
    asked.push(...onPage);
    await onStep(question);
    await answerPage(el, answers);
    const tailor = shadowOf(el).querySelector<HTMLButtonElement>('[part~="tailor-plan"]');
    if (!shownQuestion(el) && tailor && !stageOneOnly) {
      tailor.click();
      await el.updateComplete;
    }
  }
  return asked;
}

/** A triage inside a frame of a given width (the frame keeps the width where the runner cannot resize the page). */
export async function triageFixture(width = 1280): Promise<BackPainTriage> {
  const frame = await fixture<HTMLDivElement>(html`<div><back-pain-triage skip-start></back-pain-triage></div>`);
  frame.style.inlineSize = `${width}px`;
  const el = frame.querySelector('back-pain-triage')!;
  await el.updateComplete;
  return el;
}

/**
 * Sets the page width in engines whose runner can (Chromium and Firefox via
 * puppeteer). WebDriver (WebKit) has no viewport command: there the fixture's
 * frame alone sets the width.
 */
export async function useWidth(width: number, height = 900): Promise<void> {
  try {
    await setViewport({ width, height });
  } catch (error) {
    if (!/not supported for browser type webdriver/.test(String(error))) throw error;
  }
}

/** True when nothing inside the element sticks out sideways. */
export function overflowsSideways(el: BackPainTriage): boolean {
  const limit = el.getBoundingClientRect().right + 0.5;
  const nodes = [el, ...all(shadowOf(el), '*')];
  return el.scrollWidth > el.clientWidth || nodes.some((node) => node.getBoundingClientRect().right > limit);
}

/** What pressing "Download for a clinic (FHIR)" did: the Blobs made, the links clicked, the URLs revoked, the fetches tried. */
export interface DownloadCapture {
  blobs: Blob[];
  links: HTMLAnchorElement[];
  revoked: string[];
  fetched: unknown[];
}

/**
 * Presses the download button with object URLs and `fetch` stubbed, stops the
 * browser's own download (the test page must not navigate or show a dialog),
 * and waits until the object URL is revoked.
 */
export async function captureDownload(el: BackPainTriage): Promise<DownloadCapture> {
  const capture: DownloadCapture = { blobs: [], links: [], revoked: [], fetched: [] };
  const { createObjectURL, revokeObjectURL } = URL;
  const { fetch } = window;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    capture.blobs.push(blob as Blob);
    return `blob:captured-${capture.blobs.length}`;
  };
  URL.revokeObjectURL = (url: string) => {
    capture.revoked.push(url);
  };
  window.fetch = (...args: Parameters<typeof fetch>) => {
    capture.fetched.push(args);
    return Promise.reject(new TypeError('no network in this test'));
  };
  const stopDownload = (event: Event) => {
    const link = event.composedPath()[0];
    if (link instanceof HTMLAnchorElement) {
      capture.links.push(link);
      event.preventDefault();
    }
  };
  shadowOf(el).addEventListener('click', stopDownload, true);
  try {
    button(el, 'download').click();
    await el.updateComplete;
    await waitUntil(() => capture.revoked.length > 0, 'the object URL is revoked', { timeout: 5000 });
  } finally {
    shadowOf(el).removeEventListener('click', stopDownload, true);
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    window.fetch = fetch;
  }
  return capture;
}

/**
 * Adds the element's `@media print` rules as plain rules, so layout reads as
 * on paper in any engine (no print emulation needed); returns the undo.
 */
export function applyPrintRules(el: BackPainTriage): () => void {
  const root = shadowOf(el);
  // A copy: adoptedStyleSheets may be a live array.
  const original = [...root.adoptedStyleSheets];
  const printRules = original
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  if (!printRules.length) throw new Error('no @media print rules');
  const paper = new CSSStyleSheet();
  paper.replaceSync(printRules.join('\n'));
  root.adoptedStyleSheets = [...original, paper];
  return () => {
    root.adoptedStyleSheets = original;
  };
}

/** True when the element takes up no box (it or an ancestor is display: none). */
export const isRendered = (node: Element): boolean => node.getClientRects().length > 0;

/** Taps a fold's summary, as a person opens or closes it, and waits for the triage to show what it holds. */
export async function tapFold(el: BackPainTriage, fold: HTMLDetailsElement): Promise<void> {
  const toggled = oneEvent(fold, 'toggle');
  fold.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
}
