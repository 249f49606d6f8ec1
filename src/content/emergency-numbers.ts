import type { EmergencyNumbers, SourceId } from './types.js';
import { deepFreeze } from './deep-freeze.js';

/**
 * The number that brings an ambulance, by region (ISO 3166). It is read from the region in the
 * language tag (es-MX, en-GB); a tag without a region gives no number, so the text says "your local
 * emergency number" rather than guess. A provider's `emergency-number` always wins.
 */
export const emergencyNumbers = /* @__PURE__ */ deepFreeze(<const>{
  byRegion: {
    GB: '999',
    US: '911',
    CA: '911',
    MX: '911',
    CO: '123',
    // Ambulance numbers where police, fire and ambulance have their own.
    AR: '107',
    CL: '131',
    PE: '106',
    AU: '000',
    NZ: '111',
    IN: '112',
  },
  // The EU, the EEA and most of Europe.
  regionsWith112:
    'AD AL AT BA BE BG CH CY CZ DE DK EE ES FI FO FR GR HR HU IE IS IT LI LT LU LV MC ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK',
  sources: ['eu-112', 'us-state-911-abroad'],
} satisfies EmergencyNumbers & { sources: readonly SourceId[] });
