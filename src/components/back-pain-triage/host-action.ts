import type { TriageResult } from '../../triage/types.js';

/** The host's own next step for a result (such as "Book with us", or its page for same-day appointments). */
export interface HostAction {
  href: string;
  label: string;
}

/** The attributes a host gives its own main actions with. */
export interface HostActionAttributes {
  actionHref: string | undefined;
  actionLabel: string | undefined;
  urgentHref: string | undefined;
  urgentLabel: string | undefined;
}

type Warn = (field: string, value: unknown, validValues: string) => void;

/** Addresses a host action may use: a page on the web, never script or data. */
const SAFE_PROTOCOLS = ['https:', 'http:'];

function safeAction(field: string, href: string | undefined, label: string, warn: Warn): HostAction | null {
  if (!href) return null;
  try {
    const url = new URL(href, document.baseURI);
    if (SAFE_PROTOCOLS.includes(url.protocol)) return { href: url.href, label };
  } catch {
    // Not an address at all: reported below like an unsafe one.
  }
  warn(field, href, 'an http: or https: address');
  return null;
}

/**
 * The host's main action for a result of this urgency, when it gave one (both attributes) and the address is
 * safe; `urgentLabel` is the words for an urgent one without `urgent-label`. Mistakes go to `warn`.
 */
export function hostAction(
  urgency: TriageResult['urgency'],
  host: HostActionAttributes,
  urgentLabel: string,
  warn: Warn,
): HostAction | null {
  if (urgency === 'emergency') return null;
  if (urgency === 'urgent') return safeAction('urgent-href', host.urgentHref, host.urgentLabel?.trim() || urgentLabel, warn);
  const href = host.actionHref;
  // A label of spaces would render a link that says nothing.
  const label = typeof host.actionLabel === 'string' ? host.actionLabel.trim() : host.actionLabel;
  if (!href && !label) return null;
  if (!href || !label) {
    warn(href ? 'action-label' : 'action-href', href ? label : href, 'both action-href and action-label');
    return null;
  }
  return safeAction('action-href', href, label, warn);
}
