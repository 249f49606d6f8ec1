import { describe, expect, it } from 'vitest';
import { emergencyNumbers } from '../../src/content/index.js';

describe('emergency numbers', () => {
  it('gives the number that brings an ambulance in each listed region', () => {
    // Written out here so a slip in the content table fails (U.S. Department of State, 911 Abroad; EU 112).
    expect(emergencyNumbers.byRegion).to.deep.equal({
      GB: '999',
      US: '911',
      CA: '911',
      MX: '911',
      CO: '123',
      AR: '107',
      CL: '131',
      PE: '106',
      AU: '000',
      NZ: '111',
      IN: '112',
    });
  });

  it('uses 112 across the EU, the EEA and most of Europe', () => {
    const regions = emergencyNumbers.regionsWith112.split(' ');
    expect(regions).to.include.members(['DE', 'ES', 'FR', 'IE', 'IT', 'NL', 'NO', 'PL', 'PT', 'SE', 'CH', 'UA']);
    expect(regions.every((region) => /^[A-Z]{2}$/.test(region))).to.equal(true);
    expect(regions).to.have.lengthOf(43);
    expect(emergencyNumbers.sources).to.deep.equal(['eu-112', 'us-state-911-abroad']);
  });
});
