import type { LitElement, ReactiveController } from 'lit';

// Callers check `isServer` themselves, so browser bundles drop these functions with the dead branch.

/**
 * Lit's server renderer never connects an element, so it gets no shadow root there, and the context
 * requests of the widgets rendered inside it would skip it. Giving it its shadow root on the server
 * puts it on their event path, so a provider's settings reach them.
 */
export function attachShadowOnServer(element: LitElement): void {
  if (!element.shadowRoot) element.attachShadow((element.constructor as typeof LitElement).shadowRootOptions);
}

const asked = new WeakSet<ReactiveController>();

/**
 * A context consumer asks its provider when its element connects, which never happens on the server:
 * there it asks once, the first time the value is needed (the provider above has rendered by then).
 */
export function askProviderOnServer(consumer: ReactiveController): void {
  if (asked.has(consumer)) return;
  asked.add(consumer);
  consumer.hostConnected?.();
}
