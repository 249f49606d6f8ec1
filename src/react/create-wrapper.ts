import * as React from 'react';
import { isServer, type ReactiveElement } from 'lit';
import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';

type EventNames = Record<string, EventName | string>;

/**
 * The element's props that have an attribute, as attributes: text and numbers as they are, `true` as
 * present, `false` and objects left out (objects are properties only).
 */
function attributesOf(elementClass: typeof ReactiveElement, props: Record<string, unknown>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, options] of elementClass.elementProperties) {
    const value = props[name as string];
    if (options.attribute === false || options.state || value == null || value === false) continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
    if (value === true) attributes[attribute] = '';
    else if (typeof value === 'string' || typeof value === 'number') attributes[attribute] = String(value);
  }
  return attributes;
}

/**
 * A React wrapper made by @lit/react. @lit/react sets the element's props as properties after React
 * renders, so server rendering (`renderToString`) would drop them: on the server the wrapper renders the
 * tag with those props as attributes instead, and the browser upgrades it from them.
 */
export function createWrapper<I extends HTMLElement, E extends EventNames = Record<never, never>>(
  options: Options<I, E>,
): ReactWebComponent<I, E> {
  const component = createComponent(options);
  if (!isServer) return component;
  const elementClass = options.elementClass as unknown as typeof ReactiveElement;
  // Reading observedAttributes finalizes the class, which fills elementProperties.
  void elementClass.observedAttributes;
  const skipped = new Set<string>([...Object.keys(options.events ?? {}), ...(elementClass.elementProperties.keys() as Iterable<string>)]);
  const onServer = React.forwardRef<I, Record<string, unknown>>(({ className, ...props }, ref) => {
    const passed = Object.fromEntries(Object.entries(props).filter(([name]) => !skipped.has(name)));
    return React.createElement(options.tagName, { ...passed, class: className, ref, ...attributesOf(elementClass, props) });
  });
  onServer.displayName = options.displayName;
  return onServer as unknown as ReactWebComponent<I, E>;
}
