// The embedding tests' probe: a classic script loaded first, before the widgets, that records what
// the widgets do to the host page. It is test scaffolding, not part of any snippet a host would copy.
(() => {
  const probe = {
    globalsBefore: [...Object.keys(window), 'embedProbe'],
    violations: [],
    errors: [],
    warnings: [],
    consoleErrors: [],
    storageWrites: [],
    cookieWrites: [],
    networkCalls: [],
    layoutShifts: [],
    layoutShiftSupported: false,
  };

  window.addEventListener(
    'securitypolicyviolation',
    (event) => probe.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    true,
  );
  window.addEventListener('error', (event) => probe.errors.push(String(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => probe.errors.push(String(event.reason)));

  const { warn, error } = console;
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  console.error = (...args) => {
    probe.consoleErrors.push(args.map(String).join(' '));
    error.apply(console, args);
  };

  const { setItem } = Storage.prototype;
  Storage.prototype.setItem = function (key, value) {
    probe.storageWrites.push(key);
    return setItem.call(this, key, value);
  };

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get.call(document),
    set: (value) => {
      probe.cookieWrites.push(String(value));
      cookie.set.call(document, value);
    },
  });

  // Resource timing sees fetch, XHR and images; these also catch beacons and sockets, which it may not.
  const record = (kind, target) => probe.networkCalls.push(`${kind} ${String(target)}`);
  const { fetch } = window;
  window.fetch = (...args) => (record('fetch', args[0]), fetch.apply(window, args));
  const { open } = XMLHttpRequest.prototype;
  XMLHttpRequest.prototype.open = function (...args) {
    record('xhr', args[1]);
    return open.apply(this, args);
  };
  const { sendBeacon } = navigator;
  navigator.sendBeacon = (...args) => (record('beacon', args[0]), sendBeacon.apply(navigator, args));
  for (const name of ['WebSocket', 'EventSource']) {
    const Original = window[name];
    window[name] = new Proxy(Original, {
      construct(target, args) {
        record(name, args[0]);
        return new target(...args);
      },
    });
  }

  if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    probe.layoutShiftSupported = true;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.layoutShifts.push({ value: entry.value, hadRecentInput: entry.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  }

  window.embedProbe = probe;
})();
