import { expect, waitUntil } from '@open-wc/testing';
import type { BackPainTriage } from '../../src/components/back-pain-triage/back-pain-triage.js';
import type { ExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import type { BackPainProvider } from '../../src/components/back-pain-provider/back-pain-provider.js';
import { PRESET_ANSWERS, type Mount, type MountedApp } from './apps/types.js';
import { answer, part, settle } from './host-page.js';

// The apps are bundled by test/embed/build-fixtures.mjs (React and Vue in their development builds, so
// their warnings about unknown elements or props would show).
async function loadApp(name: 'react-app' | 'vue-app'): Promise<Mount> {
  const url = `/test/embed/.fixtures/${name}.js`;
  return ((await import(url)) as { mount: Mount }).mount;
}

for (const name of ['react-app', 'vue-app'] as const) {
  describe(`${name === 'react-app' ? 'React 19 with the @lit/react wrappers' : 'Vue 3 with isCustomElement and .prop'}`, () => {
    let container: HTMLElement;
    let app: MountedApp;
    const warnings: string[] = [];
    const errors: string[] = [];
    const { warn, error } = console;

    beforeEach(async () => {
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      container = document.createElement('div');
      document.body.append(container);
      app = (await loadApp(name))(container);
      await settle(container);
    });

    afterEach(() => {
      app.unmount();
      container.remove();
      console.warn = warn;
      console.error = error;
      warnings.length = 0;
      errors.length = 0;
    });

    it('renders the elements, passing objects as properties', () => {
      const triage = container.querySelector<BackPainTriage>('back-pain-triage')!;
      const card = container.querySelector<ExerciseCard>('exercise-card')!;
      expect(triage.shadowRoot).to.exist;
      expect(triage.answers).to.deep.equal(PRESET_ANSWERS);
      expect(triage.shadowRoot!.querySelector('input[name="leg-nerve-symptoms"]')).to.exist;
      expect(card.exercise).to.equal('bird-dog');
      expect(card.compact).to.equal(true);
      expect(container.querySelector<BackPainProvider>('back-pain-provider')!.emergencyNumber).to.equal('112');
      expect(warnings.filter((message) => !/lit\.dev\/msg\/dev-mode/.test(message))).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it("hands the elements' events to the app's handlers, which update the app", async () => {
      const triage = container.querySelector<BackPainTriage>('back-pain-triage')!;
      await answer(triage, 'none');
      await app.settle();
      expect(app.events.stepChanges).to.deep.equal(['both-legs-pain']);
      await waitUntil(() => container.querySelector('#steps')!.textContent === 'Steps taken: 1', 'the app re-rendered');
      // Re-rendering passes the same `answers` object again; the person's progress must survive it.
      await settle(container);
      expect(triage.answers, 'answers after the app re-rendered').to.deep.equal({
        ...PRESET_ANSWERS,
        'leg-nerve-symptoms': 'none',
      });

      part(triage, 'back').click();
      await settle(container);
      // New or worsening symptoms in both legs are an emergency sign: it is raised and the check ends.
      await answer(triage, 'new-both-legs');
      await app.settle();
      expect(app.events.stepChanges).to.deep.equal(['both-legs-pain', 'leg-nerve-symptoms']);
      expect(app.events.redFlags).to.deep.equal(['new-both-legs']);
      expect(app.events.completions).to.deep.equal(['emergency']);

      part(triage, 'start-again').click();
      await triage.updateComplete;
      part(triage, 'confirm-restart').click();
      expect(app.events.restarts).to.equal(1);

      const card = container.querySelector<ExerciseCard>('exercise-card')!;
      part(card, 'start-button').click();
      part(card, 'reset-button').click();
      expect(app.events.timerChanges).to.deep.equal(['hold-start', 'reset']);
    });
  });
}

describe('React 19: save-answers set by the @lit/react wrapper', () => {
  const KEY = 'back-pain-widgets:back-pain-triage';

  afterEach(() => sessionStorage.clear());

  it('resumes from the saved answers and keeps them, though the wrapper sets saveAnswers after connection', async () => {
    const saved = { 'bladder-bowel': 'no', 'saddle-numbness': 'no' };
    sessionStorage.setItem(KEY, JSON.stringify(saved));
    const container = document.createElement('div');
    document.body.append(container);
    const { mountSaving } = (await import('/test/embed/.fixtures/react-app.js' as string)) as { mountSaving: Mount };
    const app = mountSaving(container);
    try {
      await settle(container);
      const triage = container.querySelector<BackPainTriage>('back-pain-triage')!;
      expect(triage.saveAnswers).to.equal(true);
      expect(triage.answers).to.deep.equal(saved);
      expect(JSON.parse(sessionStorage.getItem(KEY)!)).to.deep.equal(saved);
    } finally {
      app.unmount();
      container.remove();
    }
  });
});
