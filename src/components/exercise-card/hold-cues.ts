import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Cue = 'hold-start' | 'hold-end';

/**
 * The person's choice, shared by every card on the page. It lives only as
 * long as the page: nothing is stored.
 */
const choice = { sound: false, vibration: false };
const hosts = new Set<ReactiveControllerHost>();

const TONES: Record<Cue, readonly number[]> = { 'hold-start': [880], 'hold-end': [660, 660] };
const PULSES: Record<Cue, number | number[]> = { 'hold-start': 200, 'hold-end': [100, 100, 100] };
const TONE_SECONDS = 0.15;

/**
 * A beep (Web Audio oscillator, no audio file) and a vibration when a hold
 * starts and ends, for someone on the floor who cannot watch the screen.
 * Both stay silent until the person turns them on.
 */
export class HoldCues implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private audio: AudioContext | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Read when rendering, so a stubbed or missing API is noticed. */
  get canSound(): boolean {
    return typeof globalThis.AudioContext === 'function';
  }

  get canVibrate(): boolean {
    return typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';
  }

  get sound(): boolean {
    return choice.sound;
  }

  get vibration(): boolean {
    return choice.vibration;
  }

  setSound(on: boolean): void {
    choice.sound = on;
    // Made and resumed in the click that turned sound on, so browsers let it play.
    if (on) void this.context()?.resume();
    hosts.forEach((host) => host.requestUpdate());
  }

  setVibration(on: boolean): void {
    choice.vibration = on;
    hosts.forEach((host) => host.requestUpdate());
  }

  play(cue: Cue): void {
    if (choice.vibration && this.canVibrate) navigator.vibrate(PULSES[cue]);
    const audio = choice.sound ? this.context() : undefined;
    if (!audio) return;
    TONES[cue].forEach((frequency, index) => {
      const at = audio.currentTime + index * TONE_SECONDS * 2;
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = frequency;
      volume.gain.setValueAtTime(0.0001, at);
      volume.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, at + TONE_SECONDS);
      tone.connect(volume);
      volume.connect(audio.destination);
      tone.start(at);
      tone.stop(at + TONE_SECONDS);
    });
  }

  hostConnected(): void {
    hosts.add(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    void this.audio?.close();
    this.audio = undefined;
  }

  private context(): AudioContext | undefined {
    if (!this.audio && this.canSound) this.audio = new AudioContext();
    return this.audio;
  }
}
