import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { en, es } from '../../src/content/index.js';
import '../../src/define/back-pain-provider.js';
import '../../src/define/red-flag-banner.js';
import {
  emergencyNumberFor,
  mergeStrings,
  oneDialableNumber,
  registerLocale,
  resolveLocale,
  resolveStrings,
  stringsFor,
} from '../../src/internal/locale.js';
import type { RedFlagBanner } from '../../src/components/red-flag-banner/red-flag-banner.js';
import { collectWarnings } from '../helpers/warnings.js';

const callLine = (banner: RedFlagBanner) =>
  banner.shadowRoot!.querySelector('[part="emergency-number"]')!.textContent!.trim();

describe('locale resolution', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('prefers the element, then the nearest ancestor (across shadow roots), then the provider, then <html>, then English', async () => {
    document.documentElement.setAttribute('lang', 'en-US');
    const outer = fixtureSync<HTMLElement>(html`<div lang="en-GB"><span></span></div>`);
    const inner = outer.querySelector('span')!;
    const shadow = inner.attachShadow({ mode: 'open' });
    const deep = document.createElement('p');
    shadow.append(deep);

    expect(resolveLocale(deep, 'es')).to.equal('en-GB');
    deep.setAttribute('lang', 'en-IE');
    expect(resolveLocale(deep, 'es')).to.equal('en-IE');

    const loose = fixtureSync<HTMLElement>(html`<p></p>`);
    expect(resolveLocale(loose, 'es')).to.equal('es');
    expect(resolveLocale(loose, undefined)).to.equal('en-US');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(loose, undefined)).to.equal('en');
  });

  it('falls back to English strings, with one warning, for a locale it has no strings for', () => {
    const warnings = collectWarnings();
    try {
      expect(stringsFor('xx-Fake', en)).to.equal(en);
      expect(stringsFor('xx-Fake', en)).to.equal(en);
      expect(stringsFor('not a tag!', en)).to.equal(en);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.filter((m) => m.includes('"xx-Fake"'))).to.have.length(1);
    expect(warnings.messages.some((m) => m.includes('"not a tag!"'))).to.equal(true);
  });

  it('gives English for English locales without a warning', () => {
    const warnings = collectWarnings();
    try {
      expect(stringsFor('en-AU', en)).to.equal(en);
      expect(stringsFor('EN-gb', en)).to.equal(en);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it("labels an element's own text with the bundle's language", () => {
    // The Spanish bundle's elements carry Spanish text whose code says "en"; here the bundle's language is English.
    const labelled = stringsFor('en-GB', { locale: 'es', ui: { back: 'Atrás' } });
    expect(labelled.locale).to.equal('en');
    expect(labelled.ui.back).to.equal('Atrás');
  });

  it('uses a registered locale, also for its regional variants', () => {
    expect(stringsFor('es-MX', en)).to.equal(en);
    registerLocale(es);
    expect(stringsFor('es', en)).to.deep.equal(es);
    expect(stringsFor('es-MX', en)).to.equal(stringsFor('es', en));
    expect(stringsFor('en', en)).to.equal(en);
  });

  it('fills a translation\'s gaps from English key by key, warning once per key, and leaves a complete one as it is', () => {
    const urgency: Record<string, unknown> = { ...es.urgency };
    delete urgency.emergency;
    const ui: Record<string, unknown> = { ...es.ui, back: '' };
    delete ui['call-emergency'];
    const gappy = { ...es, locale: 'it', urgency, ui, safetyNet: ['', 'x'] } as unknown as typeof es;
    registerLocale(gappy);
    const warnings = collectWarnings();
    let filled;
    try {
      filled = stringsFor('it-IT', en);
      expect(stringsFor('it', en)).to.equal(filled);
    } finally {
      warnings.restore();
    }
    expect(filled.urgency.emergency).to.deep.equal(en.urgency.emergency);
    expect(filled.urgency.urgent).to.deep.equal(es.urgency.urgent);
    expect(filled.ui['call-emergency']).to.equal(en.ui['call-emergency']);
    expect(filled.ui.back).to.equal(en.ui.back);
    expect(filled.ui.continue).to.equal(es.ui.continue);
    expect(filled.safetyNet).to.deep.equal(en.safetyNet);
    expect(filled.locale).to.equal('it');
    expect([...warnings.messages].sort()).to.deep.equal(
      ['safetyNet', 'ui.back', 'ui.call-emergency', 'urgency.emergency'].map(
        (key) => `back-pain-widgets: locale "it" has no text for ${key}; showing English.`,
      ),
    );
    // A complete translation is used as it is, whatever English it is checked against.
    registerLocale(es);
    expect(stringsFor('es', en)).to.deep.equal(es);
    expect(stringsFor('es', { locale: 'en', ui: {} })).to.deep.equal(es);
  });

  it('merges overrides over the strings deeply, keeping the shape', () => {
    const merged = resolveStrings('en', en, {
      ui: { 'timer-start': 'Go' },
      exercises: { 'bird-dog': { name: 'Hand-knee reach', steps: ['One', 'Two'] } },
    });
    expect(merged.ui['timer-start']).to.equal('Go');
    expect(merged.ui['timer-pause']).to.equal(en.ui['timer-pause']);
    expect(merged.exercises['bird-dog'].name).to.equal('Hand-knee reach');
    expect(merged.exercises['bird-dog'].steps).to.deep.equal(['One', 'Two']);
    expect(merged.exercises['bird-dog'].helps).to.equal(en.exercises['bird-dog'].helps);
    expect(en.ui['timer-start']).to.equal('Start');
  });

  it('ignores override values of the wrong shape and prototype keys', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": "yes"}, "ui": {"timer-start": 5, "timer-pause": "Wait"}, "safetyNet": "not a list", "locale": {"x": 1}}');
    const merged = mergeStrings(en, hostile);
    expect(merged.ui['timer-start']).to.equal(en.ui['timer-start']);
    expect(merged.ui['timer-pause']).to.equal('Wait');
    expect(merged.safetyNet).to.equal(en.safetyNet);
    expect(merged.locale).to.equal('en');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(mergeStrings(en, 'text')).to.equal(en);
  });

  it('refuses empty text in overrides and says which key, so no label renders empty', () => {
    const rejected: [string, unknown][] = [];
    const merged = mergeStrings(en, { ui: { 'call-emergency': '', back: ' ', next: 'Go on' }, urgency: { emergency: { headline: '' } }, safetyNet: [''] }, (key, value) =>
      rejected.push([key, value]),
    );
    expect(merged.ui['call-emergency']).to.equal(en.ui['call-emergency']);
    expect(merged.urgency.emergency.headline).to.equal(en.urgency.emergency.headline);
    expect(merged.safetyNet).to.equal(en.safetyNet);
    expect(rejected).to.deep.equal([
      ['ui.call-emergency', ''],
      ['ui.back', ' '],
      ['urgency.emergency.headline', ''],
      ['safetyNet', ['']],
    ]);
  });

  it('returns the same merged object for the same overrides, so elements do not re-merge on each render', () => {
    const overrides = { ui: { back: 'Previous' } };
    expect(resolveStrings('en', en, overrides)).to.equal(resolveStrings('en', en, overrides));
    expect(resolveStrings('en', en, undefined)).to.equal(en);
  });
});

describe('oneDialableNumber', () => {
  const cases: [unknown, string | null][] = [
    ['112', '112'],
    [' 999 ', '999'],
    ['+441632960000', '+441632960000'],
    ['000', '000'],
    // Two numbers run together would dial neither.
    ['999 112', null],
    ['112 - 999', null],
    ['112/999', null],
    ['+44 20 7946 0000', null],
    ['9', null],
    ['1234567890123456', null],
    ['+', null],
    ['', null],
    ['*112#', null],
    [112, null],
    [null, null],
  ];
  for (const [value, expected] of cases) {
    it(`gives ${String(expected)} for ${JSON.stringify(value)}`, () => {
      expect(oneDialableNumber(value)).to.equal(expected);
    });
  }
});

describe('emergencyNumberFor', () => {
  const cases: [string, string | null][] = [
    // Every region of our locales (issue 8), from the content's sourced table.
    ['es-ES', '112'],
    ['es-MX', '911'],
    ['es-US', '911'],
    ['es-CO', '123'],
    ['es-AR', '107'],
    ['es-CL', '131'],
    ['es-PE', '106'],
    ['en-GB', '999'],
    ['en-US', '911'],
    ['en-IE', '112'],
    ['en-AU', '000'],
    ['en-CA', '911'],
    ['en-NZ', '111'],
    ['en-IN', '112'],
    ['de-DE', '112'],
    ['fr-FR', '112'],
    // A language alone does not say where someone lives: most Spanish speakers are outside Spain.
    ['es', null],
    ['it', null],
    ['en', null],
    ['ja-JP', null],
    ['not a tag!', null],
    ['', null],
  ];
  for (const [locale, number] of cases) {
    it(`gives ${number ?? 'no number'} for "${locale}"`, () => {
      expect(emergencyNumberFor(locale)).to.equal(number);
    });
  }
});

describe('runtime language changes', () => {
  it('re-renders when the element, its ancestor or <html> changes lang', async () => {
    const htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en-US');
    try {
      const wrapper = fixtureSync<HTMLElement>(html`<div><red-flag-banner></red-flag-banner></div>`);
      const banner = wrapper.querySelector('red-flag-banner')!;
      await banner.updateComplete;
      expect(callLine(banner)).to.contain('911');

      document.documentElement.setAttribute('lang', 'en-GB');
      await Promise.resolve();
      await banner.updateComplete;
      expect(callLine(banner)).to.contain('999');

      wrapper.setAttribute('lang', 'de-DE');
      await Promise.resolve();
      await banner.updateComplete;
      expect(callLine(banner)).to.contain('112');

      wrapper.setAttribute('lang', 'en-US');
      await Promise.resolve();
      await banner.updateComplete;
      expect(callLine(banner)).to.contain('911');

      banner.setAttribute('lang', 'en-GB');
      await Promise.resolve();
      await banner.updateComplete;
      expect(callLine(banner)).to.contain('999');
      expect(banner.locale).to.equal('en-GB');
    } finally {
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    }
  });

  it('stops watching lang once disconnected', async () => {
    const banner = await fixture<RedFlagBanner>(html`<red-flag-banner lang="en-US"></red-flag-banner>`);
    banner.remove();
    let updates = 0;
    banner.addController({ hostUpdate: () => (updates += 1) });
    const htmlLang = document.documentElement.getAttribute('lang');
    banner.setAttribute('lang', 'en-GB');
    document.documentElement.setAttribute('lang', 'de');
    await Promise.resolve();
    await Promise.resolve();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    expect(updates).to.equal(0);
  });
});
