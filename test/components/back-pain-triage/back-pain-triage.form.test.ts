import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/locales/es.js';
import { en, es } from '../../../src/content/index.js';
import type { BackPainTriage } from '../../../src/components/back-pain-triage/back-pain-triage.js';
import { answersRaising, completeTriage, shownQuestion } from './helpers.js';

/**
 * A host form that really submits (GET) into a frame, so the test reads what the browser sent.
 * It sends to a file the test server has, so the frame loads without a 404.
 */
async function formFixture(attributes = ''): Promise<{ form: HTMLFormElement; el: BackPainTriage; frame: HTMLIFrameElement }> {
  const host = await fixture<HTMLDivElement>(html`<div>
    <iframe name="form-sink" title="Form result"></iframe>
    <form action="/package.json" method="get" target="form-sink">
      <input name="clinic" value="north" />
      <back-pain-triage skip-start name="triage"></back-pain-triage>
      <button>Send</button>
    </form>
  </div>`);
  const el = host.querySelector('back-pain-triage')!;
  if (attributes) el.toggleAttribute(attributes, true);
  await el.updateComplete;
  return { form: host.querySelector('form')!, el, frame: host.querySelector('iframe')! };
}

/** Submits the form as a person would (the Send button) and returns the query the frame received. */
async function submit(form: HTMLFormElement, frame: HTMLIFrameElement): Promise<URLSearchParams> {
  const loaded = oneEvent(frame, 'load');
  form.querySelector('button')!.click();
  await loaded;
  return new URLSearchParams(frame.contentWindow!.location.search);
}

describe('<back-pain-triage> in a form', () => {
  it('is invalid with a clear message until there is a result, and the form does not send', async () => {
    const { form, el } = await formFixture();
    expect(el.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(el.checkValidity()).to.equal(false);
    expect(form.elements.namedItem('triage')).to.equal(el);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal(en.ui['form-incomplete']);
    let sent = false;
    form.addEventListener('submit', () => (sent = true));
    const invalid = oneEvent(el, 'invalid');
    form.requestSubmit();
    await invalid;
    expect(sent).to.equal(false);
    expect(new FormData(form).has('triage')).to.equal(false);
  });

  it('sends the answers as JSON with the form once there is a result', async () => {
    const { form, el, frame } = await formFixture();
    await completeTriage(el, answersRaising('emergency'));
    expect(shownQuestion(el)).to.equal(null);
    expect(form.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
    const sent = await submit(form, frame);
    expect(sent.get('clinic')).to.equal('north');
    expect(JSON.parse(sent.get('triage')!)).to.deep.equal(el.answers);
    expect(el.answers).to.deep.include(answersRaising('emergency'));
    expect(sent.has('triage-fhir')).to.equal(false);
  });

  it('sends the QuestionnaireResponse too with form-fhir', async () => {
    const { form, el } = await formFixture('form-fhir');
    await completeTriage(el, {});
    // FHIR loads only for hosts that ask for it, so the response joins the value once its module is in.
    await waitUntil(() => new FormData(form).has('triage-fhir'), 'the QuestionnaireResponse joins the form value');
    const data = new FormData(form);
    const response = JSON.parse(String(data.get('triage-fhir')));
    expect(response.resourceType).to.equal('QuestionnaireResponse');
    expect(response.status).to.equal('completed');
    // A page's answers sit in its group.
    type Item = { linkId: string; item?: Item[] };
    const linkIds = (response.item as Item[]).flatMap((item) => [item, ...(item.item ?? [])]).map((item) => item.linkId);
    expect(linkIds).to.include.members(Object.keys(el.answers));
    expect(JSON.parse(String(data.get('triage')))).to.deep.equal(el.answers);
  });

  it('sends the answers that count, with triage-complete: not one left on a path the person went back from', async () => {
    const { form, el } = await formFixture();
    // Leg pain below the knee, then "no leg pain" after all: where the pain is no longer counts.
    el.answers = { 'legs-involved': 'one-leg', 'leg-location': 'below-knee' };
    await el.updateComplete;
    el.answers = { ...el.answers, 'legs-involved': 'none' };
    const complete = oneEvent(el, 'triage-complete');
    await completeTriage(el, {}, undefined, true);
    const { detail } = await complete;
    expect(el.answers).to.have.property('leg-location', 'below-knee');
    const sent = JSON.parse(String(new FormData(form).get('triage')));
    expect(sent).to.not.have.property('leg-location');
    expect(sent).to.include({ 'legs-involved': 'none' });
    expect(sent).to.deep.equal(el.result!.answersThatCount);
    expect(detail.answers).to.deep.equal(sent);
  });

  it('starts again when the form is reset', async () => {
    const { form, el } = await formFixture();
    await completeTriage(el, {});
    expect(form.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(shownQuestion(el)).to.not.equal(null);
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).has('triage')).to.equal(false);
  });

  it('takes back the answers the browser restores', async () => {
    const { form, el } = await formFixture();
    const answers = answersRaising('emergency');
    el.formStateRestoreCallback(JSON.stringify(answers));
    await waitUntil(() => shownQuestion(el) === null, 'the result shows');
    expect(el.answers).to.deep.equal(answers);
    expect(JSON.parse(String(new FormData(form).get('triage')))).to.deep.equal(answers);
    el.formStateRestoreCallback('not json');
    expect(el.answers).to.deep.equal(answers);
  });

  it('says what is missing in the person\'s language', async () => {
    const { el } = await formFixture();
    el.lang = 'es';
    // The element picks up a new lang on its next update.
    await waitUntil(() => el.validationMessage === es.ui['form-incomplete'], el.validationMessage);
  });

  it('sends nothing when it has no name', async () => {
    const { form, el } = await formFixture();
    el.removeAttribute('name');
    await completeTriage(el, {});
    expect([...new FormData(form).keys()]).to.deep.equal(['clinic']);
  });
});
