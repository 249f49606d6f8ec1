import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as spanish from '../../src/content/locales/es-built-in.js';

// The Spanish bundle is built with es-built-in.ts in place of every English text module (rollup.config.ts): each
// name those modules export must be there, with Spanish text for every English key, or the bundle would show a
// key, or nothing, where the English has text.

const englishModules = readdirSync('src/content/locales').filter((file) => /^en(-[\w-]+)?\.ts$/.test(file));

/** The paths of `english` for which `translated` has no text that is not empty (lists compare item by item). */
function untranslated(english: unknown, translated: unknown, path: string): string[] {
  if (typeof english === 'string') return typeof translated === 'string' && translated.trim() !== '' ? [] : [path];
  if (typeof translated !== 'object' || translated === null) return [path];
  if (Array.isArray(english) !== Array.isArray(translated)) return [path];
  return Object.entries(english as object).flatMap(([key, value]) =>
    untranslated(value, (translated as Record<string, unknown>)[key], `${path}.${key}`),
  );
}

describe('the Spanish bundle\'s text', () => {
  it('finds the English text modules', () => {
    expect(englishModules).to.include.members(['en.ts', 'en-language.ts', 'en-ui.ts', 'en-questions.ts', 'en-warning-signs.ts']);
  });

  for (const file of englishModules) {
    it(`has Spanish for every name and key of ${file}`, async () => {
      const english: Record<string, unknown> = await import(pathToFileURL(resolve('src/content/locales', file)).href);
      const exported: Record<string, unknown> = spanish;
      const gaps = Object.entries(english)
        .filter(([name]) => !name.startsWith('builtIn'))
        .flatMap(([name, value]) => (name in exported ? untranslated(value, exported[name], name) : [`${name} (not exported)`]));
      expect(gaps).to.deep.equal([]);
    });
  }

  it('says its text is Spanish, where the English modules say English', async () => {
    const { builtInLanguage, builtInLocale } = await import('../../src/content/locales/en-language.js');
    expect([builtInLocale, builtInLanguage]).to.deep.equal(['en', 'English']);
    expect([spanish.builtInLocale, spanish.builtInLanguage]).to.deep.equal(['es', 'Spanish']);
    expect(spanish.en.locale).to.equal('es');
  });

  it('is the Spanish text itself, not a copy (the bundle carries it once)', async () => {
    const { es } = await import('../../src/content/locales/es.js');
    expect(spanish.en).to.equal(es);
    expect(spanish.enUrgency).to.equal(es.urgency);
    expect(spanish.enSharedUi).to.equal(es.ui);
  });
});
