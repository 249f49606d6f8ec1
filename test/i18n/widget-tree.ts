import { nextQuestion } from '../../src/triage/index.js';
import type { Answers } from '../../src/triage/types.js';
import { calmOption } from '../components/back-pain-triage/helpers.js';

type Rendering = Element & { updateComplete?: Promise<unknown> };

/** The shadow roots of `element` and of every widget nested in them, outermost first. */
export function shadowRoots(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap((inner) => shadowRoots(inner))];
}

/**
 * Waits until `element` and every widget nested in its shadow tree has
 * rendered (nested widgets update in their own microtasks, after the outer one).
 */
export async function rendered(element: Rendering): Promise<void> {
  await element.updateComplete;
  const nested = [...(element.shadowRoot?.querySelectorAll<Rendering>('*') ?? [])].filter((inner) => inner.shadowRoot);
  await Promise.all(nested.map((inner) => rendered(inner)));
}

/**
 * Complete answers: `chosen` where the engine asks those questions, and a
 * calm answer (one that raises no warning sign) to every other question asked.
 */
export function finishedAnswers(chosen: Answers = {}): Answers {
  const answers: Record<string, string> = {};
  for (let next = nextQuestion(answers); next; next = nextQuestion(answers)) {
    answers[next.id] = chosen[next.id] ?? calmOption(next.id);
  }
  return answers;
}

/** Answers that make `target` the next question, taking `chosen` where given and calm answers elsewhere. */
export function answersBefore(target: string, chosen: Answers = {}): Answers {
  const answers: Record<string, string> = {};
  for (let next = nextQuestion(answers); next?.id !== target; next = nextQuestion(answers)) {
    if (!next) throw new Error(`no calm answers reach the question ${target}`);
    answers[next.id] = chosen[next.id] ?? calmOption(next.id);
  }
  return answers;
}
