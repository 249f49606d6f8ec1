import type { PropertyDeclarations, ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentStrings } from '../../content/types.js';
import type { Answers, TriageResult } from '../../triage/types.js';
import { WidgetElement } from '../../internal/widget-element.js';

/** What the controller reads from its element. */
export interface FormValueHost extends ReactiveControllerHost, HTMLElement {
  /** The form field name (the `name` attribute). */
  name: string | undefined;
  /** Also send the FHIR QuestionnaireResponse, as `<name>-fhir`. */
  formFhir: boolean;
  answers: Answers;
  readonly result: TriageResult | null;
  readonly strings: ContentStrings;
  readonly renderRoot: HTMLElement | DocumentFragment;
  reset(): void;
}

/**
 * Takes part in the host page's `<form>` through ElementInternals: the value
 * is the answers that count as JSON, read from the result (and, with
 * `form-fhir`, the QuestionnaireResponse), the field stays invalid
 * ("valueMissing") until there is a result, and form reset and restore reach
 * the element.
 */
export class FormValueController implements ReactiveController {
  /** The result the value was last set from. */
  #latest: TriageResult | null = null;

  /**
   * `loadResultText` settles once the host's strings hold the result's text, which the FHIR response names;
   * `resultSoFar` is the result for the answers given, before the questions are over.
   */
  constructor(
    private readonly host: FormValueHost,
    readonly internals: ElementInternals,
    private readonly loadResultText: () => Promise<unknown>,
    private readonly resultSoFar: () => TriageResult,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { host, internals } = this;
    const result = host.result ?? this.resultSoFar();
    this.#latest = result;
    const answers = result.answersThatCount;
    const json = Object.keys(answers).length ? JSON.stringify(answers) : null;
    internals.setFormValue(json, json);
    if (json && host.formFhir && host.name) void this.addQuestionnaireResponse(host.name, json, result);
    if (host.result) {
      internals.setValidity({});
    } else {
      // The anchor is where the browser points when it reports the problem: the question's first option.
      const anchor = host.renderRoot.querySelector<HTMLElement>('input, button') ?? undefined;
      internals.setValidity({ valueMissing: true }, host.strings.ui['form-incomplete'], anchor);
    }
  }

  /** FHIR loads only for hosts that ask for it; the answers are in the form value already. */
  private async addQuestionnaireResponse(name: string, json: string, result: TriageResult): Promise<void> {
    const { host, internals } = this;
    const [{ questionnaireResponse }] = await Promise.all([import('../../fhir/questionnaire-response.js'), this.loadResultText()]);
    // The result changed while FHIR was loading: a newer update sets the value.
    if (result !== this.#latest || host.name !== name) return;
    // A FormData value sends its entries under their own names.
    const entries = new FormData();
    entries.append(name, json);
    const response = questionnaireResponse(result, { strings: host.strings });
    entries.append(`${name}-fhir`, JSON.stringify(response));
    internals.setFormValue(entries, json);
  }

  /** The form was reset: start again. */
  reset(): void {
    this.host.reset();
  }

  /** The browser restores the answers it kept (back/forward, autofill): the state is their JSON. */
  restore(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.host.answers = JSON.parse(state);
    } catch {
      // Not ours: keep the answers as they are.
    }
  }
}

/**
 * A widget that takes part in a host `<form>` as a form control does: its value (see FormValueController),
 * validity, and the form's reset and restore. The widget says what its answers and result are.
 */
export abstract class FormAssociatedElement extends WidgetElement implements FormValueHost {
  static formAssociated = true;

  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    formFhir: { type: Boolean, attribute: 'form-fhir' },
  };

  /** The field name in a host `<form>`: the form sends the answers as JSON under it, and is invalid until there is a result. */
  declare name: string | undefined;

  /** In a host `<form>`, also send the FHIR QuestionnaireResponse, under `<name>-fhir`. */
  declare formFhir: boolean;

  abstract get answers(): Answers;
  abstract set answers(value: unknown);
  abstract get result(): TriageResult | null;
  abstract reset(): void;
  /** The result for the answers given, before the questions are over. */
  protected abstract resultSoFar(): TriageResult;
  /** Settles once `strings` hold the result's text, which the FHIR response names. */
  protected abstract loadResultText(): Promise<unknown>;

  readonly #formValue = new FormValueController(this, this.attachInternals(), () => this.loadResultText(), () => this.resultSoFar());

  constructor() {
    super();
    this.formFhir = false;
  }

  /** The host `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#formValue.internals.form;
  }

  /** Whether the form may send: `valueMissing` until there is a result. */
  get validity(): ValidityState {
    return this.#formValue.internals.validity;
  }

  /** Why the form may not send yet, in the person's language; empty once there is a result. */
  get validationMessage(): string {
    return this.#formValue.internals.validationMessage;
  }

  /** True once there is a result; otherwise fires `invalid`, as a form control does. */
  checkValidity(): boolean {
    return this.#formValue.internals.checkValidity();
  }

  /** Called by the browser when the host form is reset: the check starts again. */
  formResetCallback(): void {
    this.#formValue.reset();
  }

  /** Called by the browser when it restores the form (back and forward, autofill): the answers come back. */
  formStateRestoreCallback(state: unknown): void {
    this.#formValue.restore(state);
  }
}
