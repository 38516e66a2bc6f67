/**
 * Resolves in a task of its own, after what the current one still does: a MessageChannel message,
 * which runs even where timers are faked (tests), unlike setTimeout.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
