import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dose } from '../../../src/content/types.js';
import { HoldTimer, REST_SECONDS, type TimerChange } from '../../../src/components/exercise-card/hold-timer.js';

function makeTimer(dose: Dose = { repetitions: 2, holdSeconds: 3, sets: 2, frequency: 'daily' }) {
  const changes: TimerChange[] = [];
  const controllers: ReactiveController[] = [];
  const host = {
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  } satisfies ReactiveControllerHost;
  const timer = new HoldTimer(host, dose, (change) => changes.push(change));
  return { timer, changes, controllers };
}

const ticks = (timer: HoldTimer, count: number) => {
  for (let i = 0; i < count; i += 1) timer.tick();
};

describe('HoldTimer', () => {
  let timers: HoldTimer[] = [];
  afterEach(() => {
    timers.forEach((timer) => timer.reset());
    timers = [];
  });
  const track = (made: ReturnType<typeof makeTimer>) => (timers.push(made.timer), made);

  it('counts holds, rests, repetitions and sets through a whole dose', () => {
    const { timer, changes } = track(makeTimer());
    expect(timer.state).to.deep.equal({ phase: 'ready', round: 1, side: 0, set: 1, secondsLeft: 3 });
    timer.start();
    expect(timer.running).to.equal(true);
    expect(timer.state.phase).to.equal('holding');
    ticks(timer, 2);
    expect(timer.state).to.include({ phase: 'holding', secondsLeft: 1 });
    timer.tick();
    expect(timer.state).to.include({ phase: 'resting', round: 1, secondsLeft: REST_SECONDS });
    ticks(timer, REST_SECONDS);
    expect(timer.state).to.include({ phase: 'holding', round: 2, secondsLeft: 3 });
    ticks(timer, 3);
    expect(timer.state).to.include({ phase: 'set-done', round: 2, set: 1 });
    expect(timer.running).to.equal(false);
    timer.start();
    expect(timer.state).to.include({ phase: 'holding', round: 1, set: 2 });
    ticks(timer, 3 + REST_SECONDS + 3);
    expect(timer.state).to.include({ phase: 'done', round: 2, set: 2 });
    expect(timer.running).to.equal(false);
    expect(changes.filter((change) => change !== 'tick')).to.deep.equal([
      'hold-start',
      'hold-done',
      'hold-start',
      'set-done',
      'hold-start',
      'hold-done',
      'hold-start',
      'done',
    ]);
  });

  it('counts rounds from 1 and, on each side, holds the first side then the second in every round', () => {
    const { timer } = track(makeTimer({ repetitions: 2, holdSeconds: 2, sets: 1, frequency: 'daily', eachSide: true }));
    const seen: string[] = [];
    const note = () => seen.push(`${timer.state.phase} ${timer.state.round}/${timer.state.side}`);
    timer.start();
    note();
    while (timer.state.phase !== 'done') {
      const before = timer.state.phase;
      timer.tick();
      if (timer.state.phase !== before) note();
    }
    expect(seen).to.deep.equal([
      'holding 1/0',
      'resting 1/0',
      'holding 1/1',
      'resting 1/1',
      'holding 2/0',
      'resting 2/0',
      'holding 2/1',
      'done 2/1',
    ]);
  });

  it('pauses and resumes where it was, in a hold or a rest', () => {
    const { timer, changes } = track(makeTimer());
    timer.start();
    timer.tick();
    timer.pause();
    expect(timer.running).to.equal(false);
    expect(timer.state).to.include({ phase: 'paused', secondsLeft: 2 });
    timer.tick();
    expect(timer.state.secondsLeft).to.equal(2);
    timer.start();
    expect(timer.state).to.include({ phase: 'holding', secondsLeft: 2 });
    ticks(timer, 2);
    timer.pause();
    timer.start();
    expect(timer.state.phase).to.equal('resting');
    expect(changes).to.include('pause').and.include('start');
  });

  it('resets to the start of the dose and stops counting', () => {
    const { timer } = track(makeTimer());
    timer.start();
    ticks(timer, 4);
    timer.reset();
    expect(timer.running).to.equal(false);
    expect(timer.state).to.deep.equal({ phase: 'ready', round: 1, side: 0, set: 1, secondsLeft: 3 });
  });

  it('ignores start when finished and pause when not running', () => {
    const { timer, changes } = track(makeTimer({ repetitions: 1, holdSeconds: 1, sets: 1, frequency: 'daily' }));
    timer.pause();
    expect(changes).to.deep.equal([]);
    timer.start();
    timer.tick();
    expect(timer.state.phase).to.equal('done');
    timer.start();
    expect(timer.running).to.equal(false);
  });

  it('stops its interval and waits paused when the host disconnects', () => {
    const { timer, controllers } = track(makeTimer());
    expect(controllers).to.include(timer);
    timer.start();
    timer.hostDisconnected();
    expect(timer.running).to.equal(false);
    expect(timer.state.phase).to.equal('paused');
  });
});
