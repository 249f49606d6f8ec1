/** Callers waiting for a task of their own, first come first served (see nextTask). */
const waiting: (() => void)[] = [];
let ownMessages: MessageChannel | undefined;

/**
 * A new task: the browser may paint and handle input before the promise settles. Callers get theirs in the
 * order they asked (the first widget in the page renders first). `scheduler.yield()` where the browser has it;
 * elsewhere a message to ourselves on one channel (messages on one port keep their order), which, unlike a
 * timer, a background tab does not slow to once a second.
 */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    if (!ownMessages) {
      ownMessages = new MessageChannel();
      ownMessages.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    ownMessages.port2.postMessage(null);
  });
};
