import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dose } from '../../content/types.js';

export type TimerPhase = 'ready' | 'holding' | 'resting' | 'paused' | 'set-done' | 'done';

/** What just happened; the card turns these into announcements and events. */
export type TimerChange = 'start' | 'hold-start' | 'tick' | 'hold-done' | 'set-done' | 'done' | 'pause' | 'reset';

export interface TimerState {
  phase: TimerPhase;
  /** The round being held, or just held, from 1. */
  round: number;
  /** For a dose on each side: 0 for the first side, 1 for the second; always 0 otherwise. */
  side: 0 | 1;
  /** The current set, from 1. */
  set: number;
  /** Seconds left in the current hold or rest. */
  secondsLeft: number;
}

/** A short rest between holds, long enough to relax and reset the position. */
export const REST_SECONDS = 3;

/**
 * Counts holds, repetitions and sets for one exercise. Ticks once a second
 * while connected; when the card is disconnected the interval is cleared and
 * the timer waits, paused, for the person to resume.
 */
export class HoldTimer implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onChange: (change: TimerChange) => void;
  private dose: Dose;
  private interval: ReturnType<typeof setInterval> | undefined;
  private resumeTo: 'holding' | 'resting' = 'holding';
  state: TimerState;

  constructor(host: ReactiveControllerHost, dose: Dose, onChange: (change: TimerChange) => void) {
    this.host = host;
    this.dose = dose;
    this.onChange = onChange;
    this.state = this.initial();
    host.addController(this);
  }

  /** True while an interval is counting. */
  get running(): boolean {
    return this.interval !== undefined;
  }

  /** True while paused in a rest, so "Go on" returns to the rest. */
  get resumesResting(): boolean {
    return this.state.phase === 'paused' && this.resumeTo === 'resting';
  }

  /** Switches to another exercise's dose and starts over. */
  setDose(dose: Dose): void {
    this.dose = dose;
    this.stop();
    this.state = this.initial();
  }

  start(): void {
    const { phase } = this.state;
    if (this.running || phase === 'done') return;
    if (phase === 'paused') {
      this.state = { ...this.state, phase: this.resumeTo };
      this.run('start');
      return;
    }
    const set = phase === 'set-done' ? this.state.set + 1 : this.state.set;
    this.state = { phase: 'holding', round: 1, side: 0, set, secondsLeft: this.dose.holdSeconds };
    this.run('hold-start');
  }

  pause(): void {
    if (!this.running) return;
    this.stop();
    this.resumeTo = this.state.phase === 'resting' ? 'resting' : 'holding';
    this.state = { ...this.state, phase: 'paused' };
    this.changed('pause');
  }

  reset(): void {
    this.stop();
    this.state = this.initial();
    this.changed('reset');
  }

  /** Advances one second. Public so tests can step through a dose without waiting. */
  tick(): void {
    const { phase, round, side, set } = this.state;
    if (phase !== 'holding' && phase !== 'resting') return;
    const secondsLeft = this.state.secondsLeft - 1;
    const secondSideNext = this.dose.eachSide === true && side === 0;
    if (secondsLeft > 0) {
      this.state = { ...this.state, secondsLeft };
      this.changed('tick');
    } else if (phase === 'resting') {
      const next = secondSideNext ? { round, side: 1 as const } : { round: round + 1, side: 0 as const };
      this.state = { ...this.state, ...next, phase: 'holding', secondsLeft: this.dose.holdSeconds };
      this.changed('hold-start');
    } else if (secondSideNext || round < this.dose.repetitions) {
      this.state = { ...this.state, phase: 'resting', secondsLeft: REST_SECONDS };
      this.changed('hold-done');
    } else {
      this.stop();
      const last = set >= this.dose.sets;
      this.state = { ...this.state, phase: last ? 'done' : 'set-done', secondsLeft: 0 };
      this.changed(last ? 'done' : 'set-done');
    }
  }

  hostDisconnected(): void {
    this.pause();
  }

  private initial(): TimerState {
    return { phase: 'ready', round: 1, side: 0, set: 1, secondsLeft: this.dose.holdSeconds };
  }

  private run(change: TimerChange): void {
    this.interval = setInterval(() => this.tick(), 1000);
    this.changed(change);
  }

  private stop(): void {
    clearInterval(this.interval);
    this.interval = undefined;
  }

  private changed(change: TimerChange): void {
    this.onChange(change);
    this.host.requestUpdate();
  }
}
