// Test scaffolding for sandboxed.html: a frame sandboxed with only allow-scripts has an opaque origin, so
// the test cannot reach into it. It sends commands by postMessage; this script acts as the person would
// and answers with what the triage shows.
(() => {
  const errors = [];
  window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

  const triage = () => document.querySelector('back-pain-triage');
  const root = () => triage().shadowRoot;
  const state = () => {
    const urgency = root().querySelector('[part~="urgency"]');
    return {
      question: root().querySelector('[part~="question"] input')?.name ?? null,
      urgency: urgency ? [...urgency.classList].find((name) => !name.startsWith('urgency')) : null,
      errors,
    };
  };
  const settled = async () => {
    await triage().updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
  };

  const commands = {
    ready: async () => {
      await customElements.whenDefined('back-pain-triage');
      await settled();
    },
    // Choose an option and press Continue with the pointer.
    click: async ({ option }) => {
      root().querySelector(`input[type="radio"][value="${option}"]`).click();
      root().querySelector('[part~="continue"]').click();
      await settled();
    },
    // Choose an option and press Enter on it. WebDriver cannot send real keys into a cross-origin frame, so
    // the key event is made here; the page's keyboard tests press the real key.
    enter: async ({ option }) => {
      const radio = root().querySelector(`input[type="radio"][value="${option}"]`);
      radio.click();
      radio.focus();
      radio.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
      await settled();
    },
    state: settled,
  };

  window.addEventListener('message', async (event) => {
    const { id, command, ...args } = event.data;
    await commands[command](args);
    event.source.postMessage({ id, ...state() }, '*');
  });
})();
