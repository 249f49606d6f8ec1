// The pages the people most at risk meet (issue 22): warnings that inform without burying the questions,
// one action per result, honest progress and a printed summary a clinician can use.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { en, questions, URGENCY_LEVELS, type UrgencyId } from '../../../src/content/index.js';
import { triageSession } from '../../../src/triage/index.js';
import type { BackPainTriage } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import { expectAccessible } from '../../helpers/axe.js';
import { answer, answerPage, answersRaising, applyPrintRules, button, calmOption, completeTriage, isCheckboxPage, isRendered, shadowOf, shownQuestion, shownQuestions, stepHeading, useWidth, type Answers } from './helpers.js';

/** A small phone and a usual one. */
const SCREENS = [
  { width: 320, height: 640 },
  { width: 375, height: 800 },
] as const;

/** "I'm not sure" wherever a question offers it, otherwise the calm answer. */
const unsureAnswers: Answers = Object.fromEntries(
  questions.map((question) => [
    question.id,
    question.options.some((option) => option.id === 'not-sure') ? 'not-sure' : calmOption(question.id),
  ]),
);

/** A triage in a column `width` wide; without the start page unless `startPage`. */
async function onScreen(width: number, { startPage = false, height = 900 } = {}): Promise<BackPainTriage> {
  await useWidth(width, height);
  const frame = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px; padding: 12px; box-sizing: border-box">
    <back-pain-triage ?skip-start=${!startPage}></back-pain-triage>
  </div>`);
  const el = frame.querySelector('back-pain-triage')!;
  await el.updateComplete;
  return el;
}

/** How far below the top of the widget a part ends. */
const bottomOf = (el: BackPainTriage, part: Element) => part.getBoundingClientRect().bottom - el.getBoundingClientRect().top;

const part = (el: BackPainTriage, name: string) => shadowOf(el).querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<back-pain-triage> warnings that inform without burying', () => {
  after(() => useWidth(1280));

  for (const screen of SCREENS) {
    it(`keeps every question's heading and first option in the first ${screen.width}x${screen.height} screen on the unsure path`, async () => {
      const el = await onScreen(screen.width);
      const pages: string[] = [];
      await completeTriage(el, unsureAnswers, () => {
        const question = shownQuestion(el)!;
        pages.push(question);
        const firstOption = shadowOf(el).querySelector('[part~="options"] input')!;
        expect(bottomOf(el, stepHeading(el)), `heading of ${question}`).to.be.at.most(screen.height);
        expect(bottomOf(el, firstOption), `first option of ${question}`).to.be.at.most(screen.height);
        // One control per sign: a radio group each (yes, no, not sure), never a second box that fights it.
        expect(shadowOf(el).querySelectorAll('input[type="checkbox"]'), question).to.have.length(0);
        for (const sign of shadowOf(el).querySelectorAll('[part~="sign"]')) {
          expect(new Set([...sign.querySelectorAll('input')].map((input) => (input as HTMLInputElement).name)).size).to.equal(1);
        }
      });
      // The walk met warnings (so the test can fail) and went on to the result.
      expect(el.result?.redFlags.length).to.be.above(2);
      expect(pages.length).to.be.above(6);
    });
  }

  it('says a warning once where it arises, then a one-line notice with the signs folded under it', async () => {
    const el = await onScreen(375);
    const banner = part(el, 'banner')!;
    await answer(el, 'not-sure');
    // Said once, where it arises: the warning box, focused; the banner (and its live regions) stays hidden.
    const warning = part(el, 'warning')!;
    expect(warning.textContent).to.contain(en.redFlags['bladder-bowel-unsure'].sign);
    expect(warning.textContent).not.to.contain(en.urgency.urgent.whatToDo);
    expect(isRendered(banner)).to.equal(false);
    expect(part(el, 'warning-notice')).to.equal(null);
    await expectAccessible(el);

    button(el, 'carry-on').click();
    await el.updateComplete;
    expect(part(el, 'warning')).to.equal(null);
    const notice = part(el, 'warning-notice')!;
    expect(notice.textContent).to.contain(en.ui['warning-notice-one']);
    expect(notice.querySelector('details')!.open).to.equal(false);
    expect(notice.querySelector('[role], [aria-live]'), 'not a live region: said once already').to.equal(null);
    await expectAccessible(el);

    // A second sign: said once in the box, then counted in the notice.
    await answer(el, 'not-sure');
    expect(part(el, 'warning')!.textContent).to.contain(en.redFlags['saddle-numbness-unsure'].sign);
    expect(part(el, 'warning')!.textContent).not.to.contain(en.redFlags['bladder-bowel-unsure'].sign);
    await answerPage(el, {});
    expect(part(el, 'warning')).to.equal(null);
    expect(part(el, 'warning-notice')!.textContent).to.contain(en.ui['warning-notice-other'].replace('{count}', '2'));
    expect(isRendered(banner)).to.equal(false);
  });

  it('still stops at once for an emergency, with the signs shown on the result', async () => {
    const el = await onScreen(375);
    await answer(el, 'yes');
    expect(el.result?.urgency).to.equal('emergency');
    expect(isRendered(part(el, 'banner')!)).to.equal(true);
    expect(part(el, 'warning-notice')).to.equal(null);
  });
});

describe('<back-pain-triage> one result, one message, one action', () => {
  /** Answers every question the engine would ask, calmly unless `given` says otherwise. */
  function walk(given: Answers): Answers {
    const answers: Answers = {};
    for (let session = triageSession(answers); session.current; session = triageSession(answers)) {
      for (const question of session.page) answers[question.id] = given[question.id] ?? calmOption(question.id);
    }
    return answers;
  }

  const answersFor: Record<UrgencyId, Answers> = {
    emergency: answersRaising('emergency'),
    // A new sign in one leg, with the leg pain that makes sciatica the leading factor.
    urgent: { 'leg-nerve-symptoms': 'new-one-leg', 'legs-involved': 'one-leg', 'leg-location': 'below-knee' },
    routine: answersRaising('routine'),
    'self-care': {},
  };

  /** The controls drawn as the main action: filled buttons, the host's link, the call. */
  const primaries = (el: BackPainTriage) =>
    [...shadowOf(el).querySelectorAll<HTMLElement>('button:not(.secondary), a.main-action, .call')].filter(isRendered);

  async function resultFor(urgency: UrgencyId, attributes: Record<string, string> = {}): Promise<BackPainTriage> {
    const el = await onScreen(375);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.answers = walk(answersFor[urgency]);
    await el.updateComplete;
    expect(el.result?.urgency).to.equal(urgency);
    return el;
  }

  const hostLinks = { 'urgent-href': 'https://gp.example/today', 'action-href': 'https://gp.example/book', 'action-label': 'Book with us' };

  for (const urgency of URGENCY_LEVELS) {
    it(`gives a ${urgency} result one main action that fits it, with copy, print and download secondary`, async () => {
      const el = await resultFor(urgency, hostLinks);
      const [main, ...others] = primaries(el);
      expect(others.map((other) => other.outerHTML.slice(0, 80)), 'no second main action').to.deep.equal([]);
      const wanted = { emergency: 'call', urgent: 'action', routine: 'action', 'self-care': 'action' }[urgency];
      expect(main.matches(`[part~="${wanted}"]`), main.outerHTML.slice(0, 80)).to.equal(true);
      if (urgency === 'urgent') {
        expect(main.getAttribute('href')).to.equal(hostLinks['urgent-href']);
        expect(main.textContent!.trim()).to.equal(en.ui['appointment-today']);
      }
      for (const secondary of ['copy', 'print', 'download']) {
        const control = part(el, secondary);
        if (control) expect(control.classList.contains('secondary'), secondary).to.equal(true);
      }
      await expectAccessible(el);
    });
  }

  it('without host links: the call, no filled button for urgent or routine (what to do says how), and "Start your plan" for self-care', async () => {
    for (const urgency of URGENCY_LEVELS) {
      const el = await resultFor(urgency);
      const shown = primaries(el).map((control) => control.getAttribute('part'));
      expect(shown, urgency).to.deep.equal({ emergency: ['call'], urgent: [], routine: [], 'self-care': ['start-plan'] }[urgency]);
    }
    const el = await resultFor('self-care');
    button(el, 'start-plan').click();
    expect(shadowOf(el).activeElement?.id).to.equal('plan-heading');
    expect(part(el, 'plan')!.localName, 'the self-care plan shows open').to.equal('section');
  });

  it('gives no later time than "today" on an urgent result, offers no tailoring and no exercises, and says where to go when the surgery is closed', async () => {
    const el = await resultFor('urgent');
    expect(el.result!.factors.some((factor) => factor.id === 'sciatica')).to.equal(true);
    // Everything the person reads on screen apart from their own answers.
    const read = [...shadowOf(el).querySelectorAll('[part~="urgency"], [part~="factors"], [part~="plan"], [part~="cautions"], [part~="safety-net"]')]
      .map((node) => node.textContent)
      .join(' ');
    expect(read).to.contain(en.urgency.urgent.howSoon);
    expect(read).not.to.match(/weeks?|months?|semanas?|meses/i);
    expect(read).not.to.contain(en.factors.sciatica.whenToSeeClinician);
    expect(part(el, 'tailor')).to.equal(null);
    expect(shadowOf(el).querySelectorAll('exercise-card')).to.have.length(0);
    expect(part(el, 'cautions')!.textContent).to.contain(en.cautions['get-checked-first']);
    expect(part(el, 'when-closed')!.textContent).to.contain(en.ui['urgent-closed']);
  });

  it('names confidence and the clinic file in plain words', async () => {
    const el = await resultFor('urgent');
    const words = [...shadowOf(el).querySelectorAll('[part~="confidence"]')].map((label) => label.textContent!.trim());
    expect(words.length).to.be.above(0);
    for (const word of words) expect(word).to.match(/^Fits (your answers well|some of your answers|few of your answers)$/);
    expect(shadowOf(el).textContent).not.to.match(/Weak match|Strong match|\(\d+\)/);
    const download = button(el, 'download');
    expect(download.textContent!.trim()).to.equal(en.ui['download-summary']);
    expect(download.textContent).not.to.contain('FHIR');
    expect(shadowOf(el).getElementById(download.getAttribute('aria-describedby')!)!.textContent).to.contain('FHIR');
  });
});

describe('<back-pain-triage> honest progress', () => {
  const progressOf = (el: BackPainTriage) => part(el, 'progress')!.textContent!.replace(/\s+/g, ' ').trim();
  const counted = (text: string) => {
    const [, current, total] = /Question (\d+) of up to (\d+)$/.exec(text) ?? [];
    return { current: Number(current), total: Number(total) };
  };

  it('counts each stage from 1, one more a page, never promising fewer pages than it asks; "Tailor my plan" says so', async () => {
    const el = await onScreen(375);
    const seen: string[] = [];
    await completeTriage(el, { 'legs-involved': 'none' }, () => {
      seen.push(progressOf(el));
    });
    const tailor = seen.filter((text) => text.startsWith(`${en.ui['tailor-plan']}: `));
    const stageOne = seen.slice(0, seen.length - tailor.length);
    expect(tailor.length, 'the walk went on to "Tailor my plan"').to.be.above(0);
    for (const stage of [stageOne, tailor]) {
      stage.forEach((text, position) => {
        const { current, total } = counted(text);
        expect(current, text).to.equal(position + 1);
        expect(total, `${text}: asks ${stage.length}`).to.be.at.least(stage.length);
        if (position > 0) expect(total, text).to.be.at.most(counted(stage[position - 1]).total);
      });
    }
  });

  it('shows no count while an answer is changed, and says why a question the change brought in is asked', async () => {
    const el = await onScreen(375);
    await completeTriage(el, { 'legs-involved': 'none' }, undefined, true);
    button(el, 'change-answers').click();
    await el.updateComplete;
    await el.updateComplete;
    shadowOf(el).querySelector<HTMLButtonElement>('[part~="change"][data-question="legs-involved"]')!.click();
    await el.updateComplete;
    expect(progressOf(el)).to.equal(en.ui['changing-answer']);
    expect(part(el, 'asked-after-change')).to.equal(null);
    await answer(el, 'one-leg');
    expect(shownQuestion(el)).to.equal('leg-location');
    expect(progressOf(el)).to.equal(en.ui['changing-answer']);
    expect(part(el, 'asked-after-change')!.textContent).to.contain(en.ui['asked-after-change']);
    await expectAccessible(el);
  });
});

describe('<back-pain-triage> a question a change brings in', () => {
  /** The pages stage 1 shows for `answers`, each as its questions. */
  async function stageOnePages(answers: Answers): Promise<string[][]> {
    const el = await onScreen(375);
    const pages: string[][] = [];
    await completeTriage(el, answers, () => void pages.push(shownQuestions(el)), true);
    return pages;
  }

  const calmPath = { age: '20-to-49', 'legs-involved': 'none' };
  // An older age brings in the shopping trolley alone, as stage 1 asks it at that age; a leg in the pain
  // brings it in on the page of walking signs, as stage 1 asks it then.
  for (const [question, option] of [['age', '60-or-over'], ['legs-involved', 'one-leg']] as const) {
    it(`after changing ${question} to ${option}, shows each new page as stage 1 would, saying why it is asked`, async () => {
      const changed = { ...calmPath, [question]: option };
      const before = (await stageOnePages(calmPath)).flat();
      const expected = (await stageOnePages(changed)).filter((page) => !page.some((id) => before.includes(id)));
      expect(expected.flat(), 'the change brings in the shopping trolley').to.include('shopping-cart');

      const el = await onScreen(375);
      await completeTriage(el, calmPath, undefined, true);
      button(el, 'change-answers').click();
      await el.updateComplete;
      shadowOf(el).querySelector<HTMLButtonElement>(`[part~="change"][data-question="${question}"]`)!.click();
      await el.updateComplete;
      await answer(el, option);
      const shown: string[][] = [];
      while (shownQuestion(el)) {
        shown.push(shownQuestions(el));
        expect(part(el, 'asked-after-change')?.textContent, shownQuestion(el)!).to.contain(en.ui['asked-after-change']);
        expect(isCheckboxPage(el), shownQuestion(el)!).to.equal(shownQuestions(el).length > 1);
        await answerPage(el, changed);
      }
      expect(shown).to.deep.equal(expected);
      expect(part(el, 'check-answers')).to.not.equal(null);
    });
  }
});

describe('<back-pain-triage> tailoring says what changed', () => {
  it('lists the self-care steps and exercises the answers added, under the headline', async () => {
    const el = await onScreen(375);
    const answers = { 'legs-involved': 'none', 'sitting-most-of-day': 'yes', 'hip-tightness': 'yes', 'hamstring-tightness': 'yes', 'core-exercise': 'rarely', shoes: 'worn-out' };
    await completeTriage(el, answers, undefined, true);
    const before = el.result!.plan;
    expect(part(el, 'plan-updated'), 'nothing to say before tailoring').to.equal(null);
    button(el, 'tailor-plan').click();
    await el.updateComplete;
    await completeTriage(el, answers);
    const after = el.result!.plan;
    const added = [
      ...after.selfCare.filter((id) => !before.selfCare.includes(id)).map((id) => en.selfCare[id].title),
      ...after.exercises.filter((id) => !before.exercises.includes(id)).map((id) => en.exercises[id].name),
    ];
    expect(added.length, 'these answers add to the plan').to.be.above(0);
    const updated = part(el, 'plan-updated')!;
    expect(updated.textContent).to.contain(en.ui['plan-updated']);
    expect([...updated.querySelectorAll('li')].map((item) => item.textContent!.trim())).to.deep.equal(added);
    // Right under the headline: in the first screen.
    expect(bottomOf(el, updated.querySelector('p')!)).to.be.at.most(800);
    await expectAccessible(el);
  });
});

describe('<back-pain-triage> a printed summary a clinician can use', () => {
  it('prints what to do and how soon, the answers behind each sign, the factors with evidence, the plan, the exercises with doses and the safety net, with nothing to click', async () => {
    const el = await onScreen(375);
    await completeTriage(el, answersRaising('routine'), undefined, true);
    const result = el.result!;
    expect(result.urgency).to.equal('routine');
    stepHeading(el).focus();
    const undo = applyPrintRules(el);
    try {
      const printed = (selector: string) =>
        [...shadowOf(el).querySelectorAll<HTMLElement>(selector)].filter(isRendered).map((node) => node.innerText).join('\n');
      const paper = printed('[part~="print-header"], [part~="urgency"], [part~="result-details"] > *');
      const urgency = en.urgency.routine;
      for (const line of [urgency.headline, urgency.whatToDo, urgency.howSoon, en.ui['not-a-diagnosis']]) expect(paper).to.contain(line);
      for (const line of [en.safetyNet[0], en.safetyNet[3]]) expect(paper).to.contain(line);
      const summary = printed('[part~="print-summary"]');
      for (const flag of result.redFlags) {
        expect(summary).to.contain(en.redFlags[flag.id].sign);
        for (const { question, option } of flag.answers) expect(summary).to.contain(`${en.questions[question].text} ${en.questions[question].options[option]}`);
      }
      for (const factor of result.factors) {
        expect(summary).to.contain(`${en.factors[factor.id].name}: ${en.ui[`confidence-${factor.confidence}`]}.`);
        for (const { question } of factor.for) expect(summary).to.contain(en.questions[question].text);
      }
      for (const id of result.plan.selfCare) expect(summary).to.contain(en.selfCare[id].title);
      expect(result.plan.exercises.length).to.be.above(0);
      for (const id of result.plan.exercises) expect(summary).to.match(new RegExp(`${en.exercises[id].name}: Repeat: \\d+ times?`));
      expect(summary).to.match(/Hold: \d+ seconds?, \d+ sets?, (Every day|Twice a day|Most days)/);
      // No interactive leftovers and no focus ring on paper.
      const leftovers = [...shadowOf(el).querySelectorAll('button, summary, a, exercise-card, red-flag-banner, [role="status"]')].filter(isRendered);
      expect(leftovers.map((node) => node.outerHTML.slice(0, 60))).to.deep.equal([]);
      expect(getComputedStyle(stepHeading(el)).outlineStyle).to.equal('none');
    } finally {
      undo();
    }
    // On screen, the paper-only summary takes no space.
    expect(isRendered(part(el, 'print-summary')!)).to.equal(false);
  });
});

describe('<back-pain-triage> start page and "Start again"', () => {
  it('opens on the start page by default: heading and "Start now" in the first 320x640 screen, then question 1', async () => {
    const el = await onScreen(320, { startPage: true, height: 640 });
    const start = part(el, 'start-page')!;
    for (const key of ['start-heading', 'start-what', 'start-how-long', 'not-a-diagnosis', 'start-privacy'] as const) {
      expect(start.textContent).to.contain(en.ui[key]);
    }
    expect(shownQuestion(el)).to.equal(null);
    expect(bottomOf(el, stepHeading(el))).to.be.at.most(640);
    expect(stepHeading(el).textContent).to.contain(en.ui['start-heading']);
    expect(bottomOf(el, button(el, 'start-now'))).to.be.at.most(640);
    await expectAccessible(el);
    button(el, 'start-now').click();
    await el.updateComplete;
    expect(part(el, 'start-page')).to.equal(null);
    expect(shownQuestion(el)).to.equal(questions[0].id);
    expect(shadowOf(el).activeElement).to.equal(stepHeading(el));
    // A heading takes focus without a ring that looks like an input.
    expect(getComputedStyle(stepHeading(el)).outlineStyle).to.equal('none');
  });

  it('with skip-start, or with answers to resume, opens on the questions', async () => {
    const el = await onScreen(375);
    expect(part(el, 'start-page')).to.equal(null);
    expect(shownQuestion(el)).to.equal(questions[0].id);
    const resumed = await onScreen(375, { startPage: true });
    resumed.answers = { 'bladder-bowel': 'no' };
    await resumed.updateComplete;
    expect(part(resumed, 'start-page')).to.equal(null);
    expect(shownQuestion(resumed)).to.equal('saddle-numbness');
  });

  it('"Start again" returns to the start page, with focus on its heading, unless skip-start', async () => {
    const el = await onScreen(375, { startPage: true });
    button(el, 'start-now').click();
    await el.updateComplete;
    await completeTriage(el, {}, undefined, true);
    button(el, 'start-again').click();
    await el.updateComplete;
    button(el, 'confirm-restart').click();
    await el.updateComplete;
    expect(part(el, 'start-page')).to.not.equal(null);
    expect(shadowOf(el).activeElement).to.equal(stepHeading(el));
    expect(stepHeading(el).textContent).to.contain(en.ui['start-heading']);
  });

  it('"Start again?" shows its buttons: pressed at the foot of a 375x800 screen, the question scrolls into view with them', async () => {
    const el = await onScreen(375, { height: 800 });
    await completeTriage(el, {}, undefined, true);
    // A person sees the result drawn before scrolling: by then the result's own check that its heading is in view
    // (at the next layout) is done, and cannot scroll back up after the scroll below.
    await nextFrame();
    await nextFrame();
    // Where a person meets the button: scrolled to it, at the foot of the screen.
    button(el, 'start-again').scrollIntoView({ block: 'end' });
    button(el, 'start-again').click();
    await el.updateComplete;
    const inView = (name: string) => {
      const box = button(el, name).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    };
    await waitUntil(() => inView('confirm-restart') && inView('cancel-restart'), 'the "Start again?" buttons stay below the fold');
    expect(part(el, 'restart-confirm')!.getBoundingClientRect().top).to.be.at.least(0);
  });

  it('"Start again" asks first: "No" keeps the result and answers, "Yes" clears them', async () => {
    const el = await onScreen(375);
    await completeTriage(el, answersRaising('routine'), undefined, true);
    const answers = el.answers;
    button(el, 'start-again').click();
    await el.updateComplete;
    expect(part(el, 'restart-confirm')!.textContent).to.contain(en.ui['start-again-question']);
    expect(shadowOf(el).activeElement?.id).to.equal('restart-question');
    expect(el.answers).to.deep.equal(answers);
    await expectAccessible(el);
    button(el, 'cancel-restart').click();
    await el.updateComplete;
    expect(part(el, 'restart-confirm')).to.equal(null);
    expect(el.result).to.not.equal(null);
    button(el, 'start-again').click();
    await el.updateComplete;
    button(el, 'confirm-restart').click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(shownQuestion(el)).to.equal(questions[0].id);
  });
});
