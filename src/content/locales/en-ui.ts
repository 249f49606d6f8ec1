/**
 * Interface text for the elements. English is the reference locale: every
 * key here is a key each locale must translate (see UiKey in ../types.ts), so
 * adding a string is one line here and one line in each locale.
 * Placeholders in braces are filled in by the elements. The text is grouped by
 * element so a bundle with one element carries only its own labels.
 */

/** The language of the elements' own text, and its name for console warnings; the Spanish bundle's is Spanish (see es-built-in.ts). */
export const builtInLocale = 'en';
export const builtInLanguage = 'English';

/** Text the explainer and the self-care guide share with the triage. */
export const enSharedUi = {
  'not-a-diagnosis': 'This is not a diagnosis. It is information to help you choose what to do next.',
  'sources-heading': 'Sources',
  'cannot-show': 'This could not be shown on this page. Ask the website owner to fix it.',
} as const satisfies Record<string, string>;

/** `<red-flag-banner>` (the triage shows the same emergency line). */
export const enWarningSignUi = {
  'call-emergency-local': 'Call your local emergency number now',
  'call-emergency': 'Call {number} now',
  'warning-signs-heading': 'Warning signs',
  'warning-signs-raised-heading': 'Warning signs in your answers',
  'warning-signs-intro': 'Get help fast if you have any of these signs.',
} as const satisfies Record<string, string>;

/** `<factor-explainer>`. */
export const enFactorUi = {
  'what-it-is': 'What it is',
  'how-it-feels': 'How it feels when you walk',
  'what-helps': 'What helps',
  'when-to-see-clinician': 'When to get help',
  'factor-not-found': 'Sorry, we could not find this topic.',
} as const satisfies Record<string, string>;

/** `<self-care-guide>` (the triage shows the same heading). */
export const enSelfCareUi = {
  'self-care-heading': 'Looking after your back',
} as const satisfies Record<string, string>;

/** `<exercise-card>` and its hold timer. */
export const enExerciseUi = {
  'exercise-not-found': 'Sorry, we could not find this exercise.',
  'start-position': 'Start position',
  steps: 'Steps',
  dose: 'How much',
  'dose-repetitions-one': 'Repeat: {count} time',
  'dose-repetitions-other': 'Repeat: {count} times',
  'dose-repetitions-each-side-one': 'Repeat: {count} time on each side',
  'dose-repetitions-each-side-other': 'Repeat: {count} times on each side',
  'dose-hold-one': 'Hold: {count} second',
  'dose-hold-other': 'Hold: {count} seconds',
  'dose-sets-one': '{count} set',
  'dose-sets-other': '{count} sets',
  'frequency-daily': 'Every day',
  'frequency-twice-daily': 'Twice a day',
  'frequency-most-days': 'Most days',
  easier: 'Easier version',
  harder: 'Harder version',
  cautions: 'Take care',
  'stop-rules': 'When to stop',
  'timer-label': 'Hold timer',
  'timer-start': 'Start',
  'timer-pause': 'Pause',
  'timer-resume': 'Go on',
  'timer-reset': 'Reset',
  'timer-hold': 'Hold now.',
  'timer-relax': 'Relax.',
  'timer-seconds-left-one': '{count} second left',
  'timer-seconds-left-other': '{count} seconds left',
  'timer-hold-for-one': 'Hold for {count} second.',
  'timer-hold-for-other': 'Hold for {count} seconds.',
  'timer-round': 'Repeat {round} of {rounds}.',
  'timer-round-side': 'Repeat {round} of {rounds}: {side}.',
  'timer-next': 'Next: {side}.',
  'timer-rep-done': 'Repeat {current} of {total} done.',
  'timer-set-done': 'Set {current} of {total} done.',
  'timer-progress': 'Repeat {round} of {rounds}, set {set} of {sets}',
  'timer-all-done': 'All done. Well done.',
  'exercise-how-to': 'How to do it',
  'illustration-start': 'Start',
  'illustration-end': 'Hold',
  'timer-sound': 'Beep when a hold starts and ends',
  'timer-vibrate': 'Vibrate when a hold starts and ends',
} as const satisfies Record<string, string>;

/** `<back-pain-triage>`. */
export const enTriageUi = {
  back: 'Back',
  continue: 'Continue',
  'start-heading': 'Check your back pain',
  'start-what': 'Answer some questions about pain in your lower back when you walk. We will tell you how soon to get help and what may help.',
  'start-how-long': 'It takes about 5 minutes.',
  'start-privacy': 'Your answers stay on this device. We do not send them anywhere.',
  'start-now': 'Start now',
  'start-again': 'Start again',
  'start-again-question': 'Start again? This clears all your answers.',
  'start-again-yes': 'Yes, clear my answers',
  'start-again-no': 'No, keep my answers',
  'change-answers': 'Check or change your answers',
  'check-answers-heading': 'Check your answers',
  change: 'Change',
  'see-result': 'See my result',
  'warning-new-one': '1 of your answers is a warning sign.',
  'warning-new-other': '{count} of your answers are warning signs.',
  'warning-notice-one': 'You told us about 1 thing a doctor should check. We will say what to do at the end.',
  'warning-notice-other': 'You told us about {count} things a doctor should check. We will say what to do at the end.',
  'warning-notice-details': 'What you told us',
  'get-help-now': 'Get help now',
  'carry-on': 'Carry on',
  'answer-the-rest': 'Answer the other questions',
  'more-exercises': 'More exercises ({count})',
  'urgency-settled': 'Your other answers will not change this.',
  'tailor-plan': 'Tailor my plan',
  'tailor-plan-intro': 'Answer {count} more questions about how you sit, stand and walk. They fit your plan and exercises to you. They do not change how soon to get help.',
  'question-progress': 'Question {current} of up to {total}',
  'stage-progress': '{stage}: {count}',
  'changing-answer': 'Changing an answer',
  'asked-after-change': 'We ask this because of the answer you changed.',
  'plan-updated': 'Your plan now includes:',
  'plan-unchanged': 'Your answers fit the plan you already had, so it stays the same.',
  'choose-an-answer': 'Choose an answer to go on.',
  'choose-signs': 'Choose yes, no or not sure for each one. If you have none of them, choose "None of these".',
  'none-of-these': 'None of these',
  'no-to-the-rest': 'No to all the others',
  'sign-yes': 'Yes',
  'sign-no': 'No',
  'sign-not-sure': 'Not sure',
  'error-summary-title': 'There is a problem',
  'error-prefix': 'Error:',
  'no-warning-signs': 'None of your answers is a warning sign.',
  'why-we-ask': 'Why we ask this',
  'result-heading': 'Your result',
  'partial-result': 'This result uses only the answers you have given so far.',
  'what-to-do': 'What to do',
  'how-soon': 'How soon',
  'why-this-result': 'Why this result',
  'your-answers': 'Your answers',
  'not-answered': 'Not answered',
  'still-unknown': 'Questions you have not answered yet',
  'possible-factors': 'Possible contributing factors',
  'no-factors': 'Your answers do not point to any one cause.',
  'confidence-likely': 'Fits your answers well',
  'confidence-possible': 'Fits some of your answers',
  'confidence-less-likely': 'Fits few of your answers',
  'less-likely-factors-one': '1 more that fits few of your answers',
  'less-likely-factors-other': '{count} more that fit few of your answers',
  'evidence-for': 'Answers that point to this',
  'evidence-against': 'Answers that point away from this',
  'exercises-heading': 'Exercises that may help',
  'safety-net-heading': 'Get help if things change',
  'cautions-heading': 'Take care',
  'copy-summary': 'Copy summary',
  'summary-copied': 'Summary copied',
  'copy-failed': 'Could not copy. Select the text and copy it yourself.',
  'print-summary': 'Print summary',
  'download-summary': 'Save a file for your doctor',
  'download-note': 'The file is a health record (FHIR) that clinic computer systems can read. It stays on your device until you share it.',
  'start-plan': 'Start your plan',
  'appointment-today': 'Get an appointment today',
  'urgent-closed': 'Surgery closed? Use an out-of-hours or urgent care service. In the UK, call 111 or go to 111.nhs.uk.',
  'summary-saved': 'Summary saved',
  'summary-title': 'Back pain summary to show a doctor',
  'summary-date': 'Date: {date}',
  'all-answers': 'All your answers',
  'form-incomplete': 'Answer the back pain questions to the end.',
  'details-loading': 'Loading the rest of your result…',
  'details-not-loaded': 'The rest of your result could not be loaded. What to do and how soon are above. Check your connection and try again, or reload the page.',
  'download-not-loaded': 'The download could not be loaded. Check your connection, then try again.',
  'try-again': 'Try again',
} as const satisfies Record<string, string>;

export const enUi = {
  ...enTriageUi,
  ...enSharedUi,
  ...enWarningSignUi,
  ...enFactorUi,
  ...enSelfCareUi,
  ...enExerciseUi,
} as const satisfies Record<string, string>;
