import type { PropertyDeclarations } from 'lit';
import type { Answers, TriageResult } from '../../triage/types.js';
import { WidgetElement } from '../../internal/widget-element.js';

/**
 * A widget that takes part in a host `<form>` through ElementInternals, as a form control does: the value is
 * the answers that count as JSON, read from the result (and, with `form-fhir`, the QuestionnaireResponse), the
 * field stays invalid ("valueMissing") until there is a result, and form reset and restore reach the widget.
 */
export abstract class FormAssociatedElement extends WidgetElement {
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

  readonly #internals = this.attachInternals();
  /** The result the value was last set from. */
  #latest: TriageResult | null = null;

  constructor() {
    super();
    this.formFhir = false;
    this.addController({ hostUpdated: () => this.#setValue() });
  }

  /** The host `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Whether the form may send: `valueMissing` until there is a result. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** Why the form may not send yet, in the person's language; empty once there is a result. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** True once there is a result; otherwise fires `invalid`, as a form control does. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Called by the browser when the host form is reset: the check starts again. */
  formResetCallback(): void {
    this.reset();
  }

  /** Called by the browser when it restores the form (back and forward, autofill): the state is the answers' JSON. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.answers = JSON.parse(state);
    } catch {
      // Not ours: keep the answers as they are.
    }
  }

  #setValue(): void {
    const internals = this.#internals;
    const result = this.result ?? this.resultSoFar();
    this.#latest = result;
    const answers = result.answersThatCount;
    const json = Object.keys(answers).length ? JSON.stringify(answers) : null;
    internals.setFormValue(json, json);
    if (json && this.formFhir && this.name) void this.#addQuestionnaireResponse(this.name, json, result);
    if (this.result) {
      internals.setValidity({});
    } else {
      // The anchor is where the browser points when it reports the problem: the question's first option.
      const anchor = this.renderRoot.querySelector<HTMLElement>('input, button') ?? undefined;
      internals.setValidity({ valueMissing: true }, this.strings.ui['form-incomplete'], anchor);
    }
  }

  /** FHIR loads only for hosts that ask for it; the answers are in the form value already. */
  async #addQuestionnaireResponse(name: string, json: string, result: TriageResult): Promise<void> {
    const [{ questionnaireResponse }] = await Promise.all([import('../../fhir/questionnaire-response.js'), this.loadResultText()]);
    // The result changed while FHIR was loading: a newer update sets the value.
    if (result !== this.#latest || this.name !== name) return;
    // A FormData value sends its entries under their own names.
    const entries = new FormData();
    entries.append(name, json);
    entries.append(`${name}-fhir`, JSON.stringify(questionnaireResponse(result, { strings: this.strings })));
    this.#internals.setFormValue(entries, json);
  }
}
