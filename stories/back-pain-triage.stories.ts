import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import type { QuestionId, UrgencyId } from '../src/content/index.js';
import type { Answers } from '../src/triage/types.js';
import { answersToReach, finishedVignette, stageOneAnswers } from './support/answers.js';
import { dark, narrow, narrowGlobals, rightToLeft, rightToLeftParameters, spanish } from './support/decorators.js';

interface BackPainTriageArgs {
  answers: Answers;
  'save-answers': boolean;
  history: boolean;
  'action-href': string;
  'action-label': string;
  'urgent-href': string;
  'skip-start': boolean;
  lang: string;
}

const meta = {
  title: 'back-pain-triage',
  component: 'back-pain-triage',
  args: { answers: {}, 'save-answers': false, history: false, 'action-href': '', 'action-label': '', 'urgent-href': '', 'skip-start': false, lang: '' },
  argTypes: {
    answers: { control: 'object', description: 'Prefilled answers: question id -> option id.' },
    'save-answers': { control: 'boolean', description: 'Keep the answers in sessionStorage so a reload resumes.' },
    history: { control: 'boolean', description: 'Each step is a browser history entry (Back and Forward move between questions).' },
    'action-href': { control: 'text', description: "The host's own next step on routine and self-care results (http: or https:)." },
    'action-label': { control: 'text', description: 'The words on that action, such as "Book with us".' },
    'urgent-href': { control: 'text', description: 'The address for "Get an appointment today" on urgent results, such as a same-day booking or 111 page (http: or https:).' },
    'skip-start': { control: 'boolean', description: 'Open on the first question, without the start page (what the check is, how long, not a diagnosis, privacy, "Start now"): for host pages that introduce the check themselves.' },
    lang: { control: 'text', description: 'Language tag; its region gives the emergency number (en-GB: 999).' },
  },
  render: (args) =>
    html`<back-pain-triage
      .answers=${args.answers}
      ?save-answers=${args['save-answers']}
      ?history=${args.history}
      action-href=${args['action-href'] || nothing}
      action-label=${args['action-label'] || nothing}
      urgent-href=${args['urgent-href'] || nothing}
      ?skip-start=${args['skip-start']}
      lang=${args.lang || nothing}
    ></back-pain-triage>`,
} satisfies Meta<BackPainTriageArgs>;

export default meta;
type Story = StoryObj<BackPainTriageArgs>;

const triageIn = (canvas: HTMLElement) => canvas.querySelector('back-pain-triage')!;

/** True when the page shown asks `question`: its radio group (on its own page, or one sign's on a page of signs). */
async function asks(canvas: HTMLElement, question: string): Promise<boolean> {
  const element = triageIn(canvas);
  await element.updateComplete;
  return element.shadowRoot!.querySelector(`[part="question"] input[name="${question}"]`) !== null;
}

/** Presses the button with this part inside the triage. */
async function press(canvas: HTMLElement, part: string): Promise<void> {
  const element = triageIn(canvas);
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();
  await element.updateComplete;
}

/**
 * Prefilled so that `question` is shown (on its own page, or as a sign on a page of signs); the answers
 * come from the engine's order. Questions that only tailor the plan come after stage 1's result,
 * through "Tailor my plan".
 */
const step = (question: QuestionId): Story => ({
  // The first question has no answers before it: skip the start page there too.
  args: { answers: answersToReach(question), 'skip-start': true },
  play: async ({ canvasElement }) => {
    if (!(await asks(canvasElement, question))) await press(canvasElement, 'tailor-plan');
    await expect(await asks(canvasElement, question)).toBe(true);
  },
});

/** A finished clinical vignette, showing its result. */
const result = (vignette: string): Story => {
  const { answers, urgency } = finishedVignette(vignette);
  return {
    args: { answers },
    play: async ({ canvasElement }) => {
      const element = triageIn(canvasElement);
      await element.updateComplete;
      await expect(element.shadowRoot!.querySelector(`[part="urgency"]`)?.classList.contains(urgency)).toBe(true);
    },
  };
};

const urgencyVignettes = {
  emergency: 'new bladder problems with back pain after walking',
  urgent: 'new tingling and weakness in one leg, shooting below the knee',
  routine: 'older walker eased by sitting and by a shopping cart',
  'self-care': 'office worker, no core exercise, dull ache that builds on a walk',
} satisfies Record<UrgencyId, string>;

/** Nothing answered: the start page (the default) says what the check is, how long it takes, that it is not a diagnosis, and privacy; "Start now" opens the first question. */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'start-now');
    await expect(await asks(canvasElement, 'bladder-bowel')).toBe(true);
  },
};

/** With `skip-start`, for a host page that introduces the check itself: the first question, nothing answered. */
export const FirstQuestion: Story = {
  args: { 'skip-start': true },
  play: async ({ canvasElement }) => {
    await expect(await asks(canvasElement, 'bladder-bowel')).toBe(true);
  },
};

/** An urgent result with the host's same-day booking page: "Get an appointment today" is the one main action. */
export const UrgentWithBookingPage: Story = {
  args: { ...result(urgencyVignettes.urgent).args, 'urgent-href': 'https://clinic.example/today' },
  play: async ({ canvasElement }) => {
    const element = triageIn(canvasElement);
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('a[part~="action"]')?.getAttribute('href')).toBe('https://clinic.example/today');
  },
};

/** "Start again" asks before it clears the answers. */
export const StartAgainAsks: Story = {
  args: result(urgencyVignettes['self-care']).args,
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'start-again');
    await expect(triageIn(canvasElement).shadowRoot!.querySelector('[part~="restart-confirm"]')).not.toBeNull();
  },
};

/**
 * The page of signs with some answers: "Yes" to one sign, "Not sure" to another, the rest still open. Foot
 * drop and weak bones are on the page after leg symptoms and a small knock.
 */
export const CheckboxPageAnswered: Story = {
  args: {
    answers: {
      ...answersToReach('fever'),
      'leg-nerve-symptoms': 'long-standing',
      injury: 'minor-injury',
      'cancer-history': 'yes',
      'weight-loss': 'not-sure',
    },
  },
  play: async ({ canvasElement }) => {
    const root = triageIn(canvasElement).shadowRoot!;
    await expect(await asks(canvasElement, 'bone-risk')).toBe(true);
    await expect(root.querySelector<HTMLInputElement>('input[name="cancer-history"][value="yes"]')?.checked).toBe(true);
    await expect(root.querySelector<HTMLInputElement>('input[name="weight-loss"][value="not-sure"]')?.checked).toBe(true);
  },
};

/** The page of signs after Continue with nothing chosen: the error asks for an answer to each sign, or "None of these". */
export const CheckboxPageError: Story = {
  args: { answers: answersToReach('fever') },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'continue');
    const summary = triageIn(canvasElement).shadowRoot!.querySelector('[part~="error-summary"]');
    await expect(summary?.textContent).toContain('None of these');
  },
};

// One story per question, whatever its position: the compiler fails here when a question is added without one.
const steps = {
  'bladder-bowel': step('bladder-bowel'),
  'saddle-numbness': step('saddle-numbness'),
  'leg-nerve-symptoms': step('leg-nerve-symptoms'),
  'both-legs-pain': step('both-legs-pain'),
  'foot-drop': step('foot-drop'),
  fever: step('fever'),
  'infection-risk': step('infection-risk'),
  'past-drug-injection': step('past-drug-injection'),
  'cancer-history': step('cancer-history'),
  'weight-loss': step('weight-loss'),
  'night-pain': step('night-pain'),
  age: step('age'),
  'pain-start': step('pain-start'),
  injury: step('injury'),
  'bone-risk': step('bone-risk'),
  'pain-course': step('pain-course'),
  'legs-involved': step('legs-involved'),
  'leg-location': step('leg-location'),
  'leg-feeling': step('leg-feeling'),
  'standing-brings-on': step('standing-brings-on'),
  'what-eases': step('what-eases'),
  'shopping-cart': step('shopping-cart'),
  'circulation-risk': step('circulation-risk'),
  'walk-onset': step('walk-onset'),
  'load-worse': step('load-worse'),
  'sitting-most-of-day': step('sitting-most-of-day'),
  'hip-tightness': step('hip-tightness'),
  'hamstring-tightness': step('hamstring-tightness'),
  'core-exercise': step('core-exercise'),
  'foot-roll': step('foot-roll'),
  'walking-posture': step('walking-posture'),
  shoes: step('shoes'),
} satisfies Record<QuestionId, Story>;

export const StepBladderBowel = steps['bladder-bowel'];
export const StepSaddleNumbness = steps['saddle-numbness'];
export const StepLegNerveSymptoms = steps['leg-nerve-symptoms'];
export const StepBothLegsPain = steps['both-legs-pain'];
export const StepFootDrop = steps['foot-drop'];
export const StepFever = steps.fever;
export const StepInfectionRisk = steps['infection-risk'];
export const StepPastDrugInjection = steps['past-drug-injection'];
export const StepCancerHistory = steps['cancer-history'];
export const StepWeightLoss = steps['weight-loss'];
export const StepNightPain = steps['night-pain'];
export const StepAge = steps.age;
export const StepPainStart = steps['pain-start'];
export const StepInjury = steps.injury;
export const StepBoneRisk = steps['bone-risk'];
export const StepPainCourse = steps['pain-course'];
export const StepLegsInvolved = steps['legs-involved'];
export const StepLegLocation = steps['leg-location'];
export const StepLegFeeling = steps['leg-feeling'];
export const StepStandingBringsOn = steps['standing-brings-on'];
export const StepWhatEases = steps['what-eases'];
export const StepShoppingCart = steps['shopping-cart'];
export const StepCirculationRisk = steps['circulation-risk'];
export const StepWalkOnset = steps['walk-onset'];
export const StepLoadWorse = steps['load-worse'];
export const StepSittingMostOfDay = steps['sitting-most-of-day'];
export const StepHipTightness = steps['hip-tightness'];
export const StepHamstringTightness = steps['hamstring-tightness'];
export const StepCoreExercise = steps['core-exercise'];
export const StepFootRoll = steps['foot-roll'];
export const StepWalkingPosture = steps['walking-posture'];
export const StepShoes = steps.shoes;

// One story per urgency result.
export const ResultEmergency = result(urgencyVignettes.emergency);
export const ResultUrgent = result(urgencyVignettes.urgent);
export const ResultRoutine = result(urgencyVignettes.routine);
export const ResultSelfCare = result(urgencyVignettes['self-care']);

/** A warning sign raised part-way: the banner announces it above the next question. */
export const UrgentSignRaised: Story = {
  args: { answers: { ...answersToReach('infection-risk'), fever: 'yes' } },
};

/** "Continue" with no answer chosen: the error summary and the message next to the options. */
export const NoAnswerChosen: Story = {
  args: { 'skip-start': true },
  play: async ({ canvasElement }) => {
    const element = triageIn(canvasElement);
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="continue"]')!.click();
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('[part="error-summary"]')).not.toBeNull();
  },
};

/** Answers with unknown ids: the console names the field and the valid values; the valid ones are kept. */
export const InvalidAnswersIgnored: Story = {
  args: { answers: { 'bladder-bowel': 'no', 'saddle-numbness': 'perhaps', 'favourite-colour': 'blue' } },
};

export const DarkStep: Story = { ...StepLegsInvolved, decorators: [dark] };
export const DarkResultEmergency: Story = { ...ResultEmergency, decorators: [dark] };
export const DarkResultRoutine: Story = { ...ResultRoutine, decorators: [dark] };

export const RightToLeftStep: Story = { ...StepLegsInvolved, decorators: [rightToLeft], parameters: rightToLeftParameters };
export const RightToLeftResult: Story = { ...ResultRoutine, decorators: [rightToLeft], parameters: rightToLeftParameters };

export const Narrow320Step: Story = { ...StepLegsInvolved, decorators: [narrow], globals: narrowGlobals };
export const Narrow320Start: Story = { ...Start, decorators: [narrow], globals: narrowGlobals };
export const Narrow320Result: Story = { ...ResultRoutine, decorators: [narrow], globals: narrowGlobals };

/** The start page in Spanish. */
export const SpanishStart: Story = {
  decorators: [spanish],
  play: async ({ canvasElement }) => {
    const element = triageIn(canvasElement);
    await element.updateComplete;
    await expect(element.strings.locale).toBe('es');
  },
};
export const SpanishStep: Story = { ...StepLegsInvolved, decorators: [spanish] };
export const SpanishResultEmergency: Story = { ...ResultEmergency, decorators: [spanish] };
export const SpanishResultRoutine: Story = { ...ResultRoutine, decorators: [spanish] };

/** Stage 1 done: the result, with "Tailor my plan" offering the background questions. */
export const ResultStageOne: Story = {
  args: { answers: stageOneAnswers() },
  play: async ({ canvasElement }) => {
    const element = triageIn(canvasElement);
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('[part~="tailor"]')).not.toBeNull();
  },
};

/** The emergency result where the region gives the number: the call button comes first. */
export const ResultEmergencyCallButton: Story = {
  args: { ...ResultEmergency.args, lang: 'en-GB' },
  play: async ({ canvasElement }) => {
    const element = triageIn(canvasElement);
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('a[part~="call"]')?.getAttribute('href')).toBe('tel:999');
  },
};

/** A routine result with the host's own main action. */
export const ResultWithHostAction: Story = {
  args: { answers: stageOneAnswers({ 'legs-involved': 'both-legs', 'what-eases': 'sitting-or-bending', 'shopping-cart': 'yes' }), 'action-href': 'https://clinic.example/book', 'action-label': 'Book with us' },
  play: async ({ canvasElement }) => {
    const element = triageIn(canvasElement);
    await element.updateComplete;
    await expect(element.shadowRoot!.querySelector('a[part~="action"]')?.textContent?.trim()).toBe('Book with us');
  },
};

/** "Not sure" about the bladder: the next question opens with the warning in view. */
export const MidCheckWarning: Story = {
  args: { 'skip-start': true },
  play: async ({ canvasElement }) => {
    const element = triageIn(canvasElement);
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLInputElement>('input[value="not-sure"]')!.click();
    await press(canvasElement, 'continue');
    await expect(element.shadowRoot!.querySelector('[part~="warning"]')).not.toBeNull();
  },
};

/** "Get help now" from the warning: the result for the answers so far, with the way back to the questions. */
export const GetHelpNowResult: Story = {
  args: MidCheckWarning.args,
  play: async (context) => {
    await MidCheckWarning.play!(context);
    await press(context.canvasElement, 'get-help-now');
    await expect(triageIn(context.canvasElement).shadowRoot!.querySelector('[part~="partial"]')).not.toBeNull();
  },
};

/** "Check or change your answers" from a result: every answer with a Change button. */
export const CheckYourAnswers: Story = {
  args: { answers: stageOneAnswers() },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'change-answers');
    await expect(triageIn(canvasElement).shadowRoot!.querySelector('[part~="check-answers"]')).not.toBeNull();
  },
};

export const DarkMidCheckWarning: Story = { ...MidCheckWarning, decorators: [dark] };
export const DarkCheckYourAnswers: Story = { ...CheckYourAnswers, decorators: [dark] };
export const SpanishCheckYourAnswers: Story = { ...CheckYourAnswers, decorators: [spanish] };
