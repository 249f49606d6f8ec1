import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { exercises } from '../../content/index.js';
import type { Exercise, ExerciseStrings, PluralUiKey, UiKey } from '../../content/types.js';
import { pluralCategory } from '../../internal/format.js';
import { fill } from '../../triage/text.js';
import { WidgetElement } from '../../internal/widget-element.js';
import { HoldTimer, type TimerChange, type TimerState } from './hold-timer.js';
import { styles } from './exercise-card.styles.js';
import { renderIllustration } from './illustration.js';
import { RenderedOnce } from '../../internal/rendered-once.js';
import { HoldCues } from './hold-cues.js';
import { enExercises } from '../../content/locales/en-exercises.js';
import { enSharedUi, enExerciseUi } from '../../content/locales/en-ui.js';
import { controlStyles } from '../../internal/control-styles.js';

export interface ExerciseTimerChangeDetail extends TimerState {
  exercise: string;
  change: Exclude<TimerChange, 'tick'>;
}

const EXERCISE_IDS: readonly string[] = exercises.map((exercise) => exercise.id);

const findExercise = (id: unknown): Exercise | undefined =>
  (exercises as readonly Exercise[]).find((exercise) => exercise.id === id);

/** What the timer's main button says in each phase; holding or resting it pauses, otherwise it starts. */
const PRIMARY_ACTION = {
  ready: 'timer-start',
  holding: 'timer-pause',
  resting: 'timer-pause',
  paused: 'timer-resume',
  'set-done': 'timer-resume',
  done: 'timer-start',
} as const satisfies Record<TimerState['phase'], UiKey>;

/** The dose the timer counts when no exercise is found; it never runs then. */
const NO_DOSE = { repetitions: 1, holdSeconds: 1, sets: 1, frequency: 'daily' } as const;

/**
 * @summary One exercise: what it helps, how to do it, how much, and a hold timer.
 *
 * An unknown `exercise` id is reported in the console with the valid ids, and
 * the card says the exercise was not found. The timer stops when the card
 * leaves the page and waits, paused, to be resumed.
 *
 * @fires exercise-timer-change - The hold timer started, paused, finished a hold, a set or the exercise, or was reset. `detail`: `{ exercise, change, phase, round, side, set, secondsLeft }`.
 *
 * @csspart card - The whole card.
 * @csspart name - The exercise name (heading).
 * @csspart helps - What the exercise helps.
 * @csspart illustration - The line drawing (SVG).
 * @csspart start-position - The starting position.
 * @csspart steps - The numbered steps.
 * @csspart dose - Repetitions, hold, sets and how often.
 * @csspart variations - The easier and harder versions.
 * @csspart cautions - Cautions and when to stop.
 * @csspart details - The "How to do it" disclosure in the compact card.
 * @csspart timer-panel - The hold timer.
 * @csspart timer-count - The seconds left in the current hold or rest.
 * @csspart timer-side - Which side to move now, for a dose done on each side.
 * @csspart timer-cues - The sound and vibration choices.
 * @csspart timer-status - The timer's live announcements.
 * @csspart button - Every timer button (also `start-button`, `reset-button`).
 * @csspart not-found - The message shown for an unknown exercise id.
 *
 * @cssprop --bpw-color-accent - Buttons, links and the illustration.
 * @cssprop --bpw-color-on-accent - Text on accent buttons.
 * @cssprop --bpw-color-text - Text colour.
 * @cssprop --bpw-color-muted - Secondary text.
 * @cssprop --bpw-color-background - Card background.
 * @cssprop --bpw-color-surface - Timer and dose background.
 * @cssprop --bpw-color-border - Card border.
 * @cssprop --bpw-color-focus - Focus ring.
 * @cssprop --bpw-font-family - Font family.
 * @cssprop --bpw-radius - Corner radius.
 * @cssprop --bpw-space - Spacing unit.
 */
export class ExerciseCard extends WidgetElement {
  static override styles = [...WidgetElement.styles, controlStyles, styles];

  static override englishText = {
    locale: 'en',
    ui: { ...enSharedUi, ...enExerciseUi },
    exercises: enExercises,
  };

  static override properties = {
    exercise: { type: String },
    compact: { type: Boolean, reflect: true },
    announcement: { state: true },
  };

  /** The exercise id, e.g. `bird-dog`. */
  declare exercise: string | undefined;

  /** Shows the name, dose, timer and when to stop, with the rest behind "How to do it". */
  declare compact: boolean;

  declare private announcement: string;

  private readonly holdTimer = new HoldTimer(this, NO_DOSE, (change) => this.timerChanged(change));

  private readonly cues = new HoldCues(this);

  private readonly renderedOnce = new RenderedOnce(this);

  constructor() {
    super();
    this.compact = false;
    this.announcement = '';
  }

  /** The hold timer's state: phase, round (from 1), side (0 or 1), set and seconds left. */
  get timer(): Readonly<TimerState> {
    return this.holdTimer.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('exercise')) return;
    const found = findExercise(this.exercise);
    if (!found) this.warnInvalid('exercise', this.exercise, EXERCISE_IDS);
    this.holdTimer.setDose(found?.dose ?? NO_DOSE);
    this.announcement = '';
  }

  private timerChanged(change: TimerChange): void {
    const found = findExercise(this.exercise);
    if (change === 'tick' || !found) return;
    const { round, side, phase } = this.holdTimer.state;
    const { repetitions, sets, holdSeconds } = found.dose;
    const sides = this.sidesOf(found);
    const messages: Record<Exclude<TimerChange, 'tick'>, () => string[]> = {
      start: () => [this.ui(phase === 'resting' ? 'timer-relax' : 'timer-hold')],
      'hold-start': () => [
        sides
          ? this.ui('timer-round-side', { round, rounds: repetitions, side: sides[side] })
          : this.ui('timer-round', { round, rounds: repetitions }),
        this.plural('timer-hold-for', holdSeconds),
      ],
      'hold-done': () => [
        this.ui('timer-relax'),
        sides && side === 0
          ? this.ui('timer-next', { side: sides[1] })
          : this.ui('timer-rep-done', { current: round, total: repetitions }),
      ],
      'set-done': () => [this.ui('timer-set-done', { current: this.holdTimer.state.set, total: sets })],
      done: () => [this.ui('timer-all-done')],
      pause: () => [],
      reset: () => [],
    };
    this.announcement = messages[change]().join(' ');
    if (change === 'hold-start') this.cues.play('hold-start');
    if (change === 'hold-done' || change === 'set-done' || change === 'done') this.cues.play('hold-end');
    this.emit('exercise-timer-change', { exercise: found.id, change, ...this.holdTimer.state });
  }

  /**
   * A counted UI string: `key-one`, `key-few`… chosen by the locale's plural
   * rules, `key-other` when the locale has no form for that category.
   */
  private plural(key: PluralUiKey, count: number): string {
    const { ui, locale } = this.strings;
    return fill(ui[`${key}-${pluralCategory(locale, count)}`] ?? ui[`${key}-other`] ?? key, { count });
  }

  /** The two sides' names for a dose done on each side, when the locale has them. */
  private sidesOf(exercise: Exercise): readonly [string, string] | undefined {
    return exercise.dose.eachSide ? this.strings.exercises[exercise.id]?.sides : undefined;
  }

  protected override render() {
    const exercise = findExercise(this.exercise);
    const text = exercise && this.strings.exercises[exercise.id];
    if (!exercise || !text) return this.renderNotFound();
    const { strings } = this;
    const shown = (slot: string, template: () => TemplateResult) =>
      // `compact` counts as the template reads it, truthy or not: a host's odd value may not even turn into text.
      this.renderedOnce.show(slot, strings, `${exercise.id} ${this.compact ? 'compact' : 'full'}`, template);
    // The timer's phase is the card's class (the drawing fades the position not held), so the rest is the same
    // for every card that shows this exercise in this language.
    return html`<article
      part="card"
      class="card ${this.holdTimer.state.phase}"
      lang=${strings.locale}
      aria-labelledby="name"
    >
      ${shown('intro', () => this.renderIntro(exercise, text))}
      ${shown('body', () => this.renderBody(exercise, text))}
      ${this.renderTimer(exercise)}
    </article>`;
  }

  private renderIntro(exercise: Exercise, text: ExerciseStrings) {
    return html`<h2 id="name" part="name">${text.name}</h2>
      <div class="intro">
        <div class="illustration">
          ${renderIllustration(exercise.illustration, text.illustrationAlt)}
          <p class="captions" aria-hidden="true">
            <span>${this.ui('illustration-start')}</span><span>${this.ui('illustration-end')}</span>
          </p>
        </div>
        <p part="helps">${text.helps}</p>
      </div>`;
  }

  /** Everything between the introduction and the timer: it changes only with the exercise, the language and `compact`. */
  private renderBody(exercise: Exercise, text: ExerciseStrings) {
    const howTo = html`
      <h3>${this.ui('start-position')}</h3>
      <p part="start-position">${text.startPosition}</p>
      <h3>${this.ui('steps')}</h3>
      <ol part="steps">
        ${text.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      <div part="variations" class="variations">
        <div>
          <h3>${this.ui('easier')}</h3>
          <p>${text.easier}</p>
        </div>
        <div>
          <h3>${this.ui('harder')}</h3>
          <p>${text.harder}</p>
        </div>
      </div>
      ${text.cautions.length
        ? html`<h3>${this.ui('cautions')}</h3>
            <ul part="cautions">
              ${text.cautions.map((caution) => html`<li>${caution}</li>`)}
            </ul>`
        : nothing}
    `;
    return html`${this.renderDose(exercise)}
      ${this.compact
        ? html`<details part="details">
            <summary>${this.ui('exercise-how-to')}</summary>
            ${howTo}
          </details>`
        : howTo}
      <div class="stop" part="stop-rules">
        <h3>${this.ui('stop-rules')}</h3>
        <ul>
          ${text.stopRules.map((rule) => html`<li>${rule}</li>`)}
        </ul>
      </div>`;
  }

  private renderDose(exercise: Exercise) {
    const { repetitions, holdSeconds, sets, frequency, eachSide } = exercise.dose;
    return html`<div class="dose">
      <h3>${this.ui('dose')}</h3>
      <ul part="dose">
        <li>${this.plural(eachSide ? 'dose-repetitions-each-side' : 'dose-repetitions', repetitions)}</li>
        ${holdSeconds > 0 ? html`<li>${this.plural('dose-hold', holdSeconds)}</li>` : nothing}
        <li>${this.plural('dose-sets', sets)}</li>
        <li>${this.ui(`frequency-${frequency}`)}</li>
      </ul>
    </div>`;
  }

  private renderTimer(exercise: Exercise) {
    const { phase, round, side, set, secondsLeft } = this.holdTimer.state;
    const { repetitions, sets, holdSeconds } = exercise.dose;
    const sides = this.sidesOf(exercise);
    const label = this.ui(PRIMARY_ACTION[phase]);
    const left = this.plural('timer-seconds-left', secondsLeft);
    const phaseText: Record<typeof phase, string> = {
      ready: this.plural('dose-hold', holdSeconds),
      holding: `${this.ui('timer-hold')} ${left}`,
      resting: `${this.ui('timer-relax')} ${left}`,
      paused: left,
      'set-done': this.ui('timer-set-done', { current: set, total: sets }),
      done: this.ui('timer-all-done'),
    };
    const resting = phase === 'resting' || (phase === 'paused' && this.holdTimer.resumesResting);
    const sideText =
      sides &&
      (phase === 'ready' || phase === 'set-done'
        ? sides[0]
        : resting && side === 0
          ? this.ui('timer-next', { side: sides[1] })
          : sides[side]);
    // A group, not a region landmark: a page with several cards must not repeat one landmark name.
    return html`<div part="timer-panel" class="timer ${phase}" role="group" aria-labelledby="timer-heading">
      <h3 id="timer-heading">${this.ui('timer-label')}</h3>
      <p class="count">
        <span part="timer-count" class="seconds" aria-hidden="true">${secondsLeft}</span>
        <span>${phaseText[phase]}</span>
      </p>
      ${sideText && phase !== 'done' ? html`<p part="timer-side" class="side">${sideText}</p>` : nothing}
      <p class="progress">${this.ui('timer-progress', { round, rounds: repetitions, set, sets })}</p>
      <div class="buttons">
        <button part="button start-button" type="button" @click=${this.primaryClicked}>${label}</button>
        <button
          part="button reset-button"
          class="secondary"
          type="button"
          @click=${this.resetClicked}
        >
          ${this.ui('timer-reset')}
        </button>
      </div>
      ${this.renderCueChoices()}
      <p part="timer-status" class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  // Handlers made once per card, not per render: a page may show many cards.
  private readonly primaryClicked = (): void => {
    const { phase } = this.holdTimer.state;
    if (phase === 'holding' || phase === 'resting') return this.holdTimer.pause();
    if (phase === 'done') this.holdTimer.reset();
    this.holdTimer.start();
  };

  private readonly resetClicked = (): void => this.holdTimer.reset();

  /** The cue choices depend on the browser (sound, vibration), so they join after the first render, as on the server. */
  #cuesShown = false;

  protected override firstUpdated(): void {
    if (!(this.cues.canSound || this.cues.canVibrate)) return;
    // After this update has finished, so it is a new update rather than a change during one.
    void this.updateComplete.then(() => {
      this.#cuesShown = true;
      this.requestUpdate();
    });
  }

  private renderCueChoices() {
    const { cues } = this;
    if (!this.#cuesShown || !(cues.canSound || cues.canVibrate)) return nothing;
    // One template and one listener for both choices, a choice the browser cannot do hidden: a card keeps
    // as few bindings as it can, since a page may show many.
    return html`<div part="timer-cues" class="cues" @change=${this.cueChanged}>
      <label ?hidden=${!cues.canSound}
        ><input type="checkbox" name="sound" .checked=${cues.sound} /> ${this.ui('timer-sound')}</label
      >
      <label ?hidden=${!cues.canVibrate}
        ><input type="checkbox" name="vibration" .checked=${cues.vibration} /> ${this.ui('timer-vibrate')}</label
      >
    </div>`;
  }

  private readonly cueChanged = ({ target }: Event): void => {
    const { name, checked } = target as HTMLInputElement;
    if (name === 'sound') this.cues.setSound(checked);
    else this.cues.setVibration(checked);
  };

  private renderNotFound() {
    return html`<section part="not-found" class="not-found" lang=${this.strings.locale}>
      <p>${this.ui('exercise-not-found')}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
  // The events bubble and are composed, so listeners on document and window get typed details too.
  interface GlobalEventHandlersEventMap {
    'exercise-timer-change': CustomEvent<ExerciseTimerChangeDetail>;
  }
}
