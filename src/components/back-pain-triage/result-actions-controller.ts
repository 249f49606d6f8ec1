import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentStrings } from '../../content/types.js';
import type { TriageResult } from '../../triage/types.js';
import { LazyCode } from '../../internal/lazy-code.js';

/** What the status line under the result actions says: nothing, copied, copy by hand, saved, or the download failed to load. */
export type ActionStatus = 'idle' | 'copied' | 'manual' | 'saved' | 'not-loaded';

/** The FHIR code, fetched only when someone downloads (the loader keeps it in a chunk of its own). */
const fhirCode = new LazyCode('back-pain-widgets: <back-pain-triage> FHIR download', () => import('../../fhir/questionnaire-response.js'));

/** Long enough for every browser to start the download before its object URL goes (Firefox needs a task). */
const REVOKE_AFTER_MS = 1000;

export interface ResultActionsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly strings: ContentStrings;
}

/** Copy, print and download of a result, and the status line that says what happened. */
export class ResultActions implements ReactiveController {
  private readonly host: ResultActionsHost;
  /** The summary's code comes with the result page's, so the first load does without it. */
  private readonly summaryText: (result: TriageResult) => string;
  status: ActionStatus = 'idle';
  /** "Start again" was pressed: the result asks before it clears the answers. */
  confirmingRestart = false;

  constructor(host: ResultActionsHost, summaryText: (result: TriageResult) => string) {
    this.host = host;
    this.summaryText = summaryText;
    host.addController(this);
  }

  /** A removed element forgets what it last said. */
  hostDisconnected(): void {
    this.clear();
  }

  /** A new page: the last action's status, and any question about starting again, no longer apply. */
  clear(): void {
    this.status = 'idle';
    this.confirmingRestart = false;
  }

  /** Asks "Start again?" (or takes the question back), in place of the actions. */
  askRestart(asking: boolean): void {
    this.confirmingRestart = asking;
    this.host.requestUpdate();
  }

  private set(status: ActionStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  async copy(result: TriageResult): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.summaryText(result));
      this.set('copied');
    } catch {
      // No clipboard (insecure context, permission refused): show the text to copy by hand.
      this.set('manual');
    }
  }

  print(): void {
    window.print();
  }

  /** Saves the result as a FHIR QuestionnaireResponse file: a local Blob, nothing is sent anywhere. */
  async download(result: TriageResult): Promise<void> {
    // Each click after a failure tries again; clicks while it loads share one load.
    const fhir = await fhirCode.retry();
    if (!fhir) return this.set('not-loaded');
    const file = fhir.questionnaireResponseFile(result, { strings: this.host.strings, authored: new Date() });
    const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    // A temporary link inside the shadow root: the host page's DOM is not touched.
    const link = document.createElement('a');
    link.href = url;
    link.download = file.filename;
    link.hidden = true;
    this.host.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    this.set('saved');
  }

  /** The text to copy by hand, when the clipboard was refused. */
  manualText(result: TriageResult): string {
    return this.summaryText(result);
  }
}
