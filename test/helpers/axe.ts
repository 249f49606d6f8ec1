// axe-core ships a UMD bundle: importing it registers `window.axe` in every engine.
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, NodeResult, Result, RunOptions } from 'axe-core';

type Axe = { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function describeNode(node: NodeResult): string {
  const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ');
  return `    at ${target}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}\n      ${node.html}`;
}

function describeViolation(violation: Result): string {
  return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${violation.nodes.map(describeNode).join('\n')}`;
}

// axe refuses to run twice at once; tests that check several elements queue here.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs axe-core (WCAG 2.0-2.2 A/AA and best practices, shadow DOM included)
 * on `element` and fails with readable violation messages.
 */
export async function expectAccessible(element: Element, options: RunOptions = {}): Promise<void> {
  const axe = (globalThis as unknown as { axe: Axe }).axe;
  const run = queue.then(() =>
    axe.run(element, {
      ...options,
      runOnly: { type: 'tag', values: AXE_TAGS },
      resultTypes: ['violations'],
    }),
  );
  queue = run.catch(() => undefined);
  const { violations } = await run;
  if (violations.length) {
    throw new Error(
      `<${element.localName}> has ${violations.length} accessibility violation(s):\n${violations.map(describeViolation).join('\n')}`,
    );
  }
}
