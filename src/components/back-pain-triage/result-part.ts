import { nothing, type ReactiveControllerHost } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ContentStrings } from '../../content/types.js';
import type { LazyCode } from '../../internal/lazy-code.js';
import type { OwnElements } from '../../internal/own-elements.js';
import type { JourneyAction, JourneyState } from '../../triage/journey.js';
import type { TriageResult } from '../../triage/types.js';
import { calendarDate } from '../../triage/text.js';
import { answersInOrder } from './check-answers.js';
import { hostAction, type HostActionAttributes } from './host-action.js';
import type { PageText } from './page-text.js';
import { ResultActions } from './result-actions-controller.js';
import { detailsPending, resultDetails, type ExerciseFold, type ResultView } from './result-page.js';

export interface ResultHost extends ReactiveControllerHost, HostActionAttributes {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly strings: ContentStrings;
  readonly locale: string;
  readonly emergencyNumber: string | null;
}

/** What the result's buttons ask of the element: a move in the journey, focus on "Start again?", and warnings. */
export interface ResultMoves {
  dispatch(action: JourneyAction): void;
  onAskRestart(asking: boolean): void;
  warn(field: string, value: unknown, validValues: string): void;
}

/**
 * The result page's workings: its details' code (loaded apart), copy, print and download, the host's own action
 * and the exercise cards. The element says where the person is; this builds what the result page shows.
 */
export class ResultPart {
  readonly actions: ResultActions;
  /** Renders again when the result details' code arrives, is slow or has failed. */
  readonly #rerender = () => this.host.requestUpdate();
  /** Exercise folds the person has opened on this result: their cards stay made, timers and all, when closed again. */
  readonly #opened = new Set<ExerciseFold>();

  constructor(
    private readonly host: ResultHost,
    private readonly code: LazyCode<typeof import('./result.js')>,
    private readonly own: OwnElements,
    private readonly moves: ResultMoves,
  ) {
    this.actions = new ResultActions(host, (result) => code.code!.summaryText(result, host.strings));
  }

  /** A routine or urgent result, or a self-care one, shows its details once their code is here. */
  needsCode(result: TriageResult | null): boolean {
    return result !== null && result.urgency !== 'emergency' && !this.code.code;
  }

  /** A new page: the last action's status no longer applies, and exercise cards start afresh on the next result. */
  left(toResult: boolean): void {
    if (!toResult) {
      this.own.forget('card:');
      this.#opened.clear();
    }
    this.actions.clear();
  }

  view({ session, planBefore }: JourneyState, text: PageText, callText: string): ResultView {
    const { result } = session;
    const { actions, code, moves } = this;
    return {
      result,
      answers: answersInOrder(result),
      emergencyNumber: this.host.emergencyNumber,
      callText,
      action: hostAction(result.urgency, this.host, text.ui('appointment-today'), moves.warn),
      planBefore,
      status: actions.status,
      date: calendarDate(new Date()),
      // The summary names the factors and the plan, whose text comes with the details' code.
      onCopy: () => void code.retry(this.#rerender).then((loaded) => loaded && actions.copy(result)),
      onPrint: () => actions.print(),
      onDownload: () => actions.download(result),
      onCheckAnswers: () => moves.dispatch({ type: 'check-answers' }),
      confirmingRestart: actions.confirmingRestart,
      onAskRestart: (asking) => {
        actions.askRestart(asking);
        moves.onAskRestart(asking);
      },
      onRestart: () => moves.dispatch({ type: 'restart' }),
      onCarryOn: () => moves.dispatch({ type: 'open-questions' }),
      onTailor: () => moves.dispatch({ type: 'tailor' }),
      manualText: () => actions.manualText(result),
      card: (exercise) => code.code?.exerciseCard(this.own, exercise) ?? nothing,
      opened: (fold) => this.#opened.has(fold),
      onFoldToggle: (fold, event) => {
        if (!(event.currentTarget as HTMLDetailsElement).open || this.#opened.has(fold)) return;
        this.#opened.add(fold);
        this.#rerender();
      },
    };
  }

  /** The result's details, or in their place a note while their code loads (or could not be loaded). */
  details(text: PageText, view: ResultView) {
    if (!this.needsCode(view.result)) return keyed('result', resultDetails(text, view));
    void this.code.load(this.#rerender);
    return detailsPending(text, this.code.state, () => void this.code.retry(this.#rerender));
  }
}
