import { expect } from '@open-wc/testing';
import { TAGS, answer, calmAnswers, cardIn, closePages, openPage, part, triageIn, widgetsReady } from './host-page.js';

/**
 * The only globals the bundle may add are Lit's: its version lists, the property metadata map its
 * decorators share (ReactiveElement creates it even without decorators) and, in dev builds, its warning set.
 */
const LIT_GLOBALS = [
  'litElementVersions',
  'litHtmlVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
  'litIssuedWarnings',
];

/**
 * What the page fetches besides probe.js: the all-in bundle, or the loader, the chunks of the tags it shows,
 * and the triage's result details, which the triage loads once its first question is on screen.
 */
async function ourFiles(pageName: string): Promise<string[]> {
  if (pageName === 'plain.html') return ['/dist/cdn/back-pain-widgets.js'];
  const preload: Record<string, string[]> = await (await fetch('/dist/cdn/preload.json')).json();
  // The triage's result details chunk, and what it imports, load after the first question.
  const later = new Set<string>();
  const addWithImports = async (file: string): Promise<void> => {
    if (later.has(file)) return;
    later.add(file);
    const code = await (await fetch(`/dist/cdn/chunks/${file}`)).text();
    for (const [, imported] of code.matchAll(/from\s*"\.\/([\w-]+\.js)"/g)) await addWithImports(imported);
  };
  await addWithImports('result.js');
  const files = [...TAGS.flatMap((tag) => preload[tag]), ...[...later].map((file) => `chunks/${file}`)];
  return [...new Set(files)].map((file) => `/dist/cdn/${file}`);
}

// plain.html loads test/embed/pages/probe.js first: it snapshots the globals, wraps Storage, document.cookie
// and the network APIs, then the page loads the bundle (loader.html: the loader). The tests use every widget
// and then read the record.
for (const pageName of ['plain.html', 'loader.html']) describe(`privacy and globals on a host page (${pageName})`, () => {
  afterEach(closePages);

  async function usedPage() {
    const page = await openPage(pageName);
    await widgetsReady(page);
    const triage = triageIn(page);
    await answer(triage, 'no');
    await answer(triage, 'yes');
    part(triage, 'start-again').click();
    await triage.updateComplete;
    part(triage, 'confirm-restart').click();
    part(cardIn(page), 'start-button').click();
    part(cardIn(page), 'reset-button').click();
    // A calm result: its details' code has loaded once updateComplete settles.
    triage.answers = calmAnswers();
    await triage.updateComplete;
    return page;
  }

  it('makes no network request besides the page and its script', async () => {
    const page = await usedPage();
    const requested = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .sort();
    expect(requested).to.deep.equal([...(await ourFiles(pageName)), '/test/embed/pages/probe.js'].sort());
    expect(page.probe.networkCalls).to.deep.equal([]);
  });

  it('writes no cookie and nothing to localStorage or sessionStorage', async () => {
    const page = await usedPage();
    expect(page.probe.cookieWrites).to.deep.equal([]);
    expect(page.doc.cookie).to.equal('');
    expect(page.probe.storageWrites).to.deep.equal([]);
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
  });

  it('adds no global besides Lit’s own', async () => {
    const page = await usedPage();
    const before = new Set(page.probe.globalsBefore);
    const added = Object.keys(page.win).filter((key) => !before.has(key));
    expect(added.filter((key) => !LIT_GLOBALS.includes(key))).to.deep.equal([]);
    // The snapshot does see what the bundle adds: Lit's version list is new.
    expect(added).to.include('litHtmlVersions');
  });
});
