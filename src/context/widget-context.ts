import { createContext } from '@lit/context';
import type { StringOverrides } from '../content/types.js';

/** What a `<back-pain-provider>` shares with the widgets inside it. */
export interface WidgetSettings {
  locale?: string;
  emergencyNumber?: string;
  overrides?: StringOverrides;
}

/**
 * A string key (not a Symbol) so two copies of the widgets on one page still
 * find each other's provider.
 */
export const widgetContext = createContext<WidgetSettings>('back-pain-widgets/settings');
