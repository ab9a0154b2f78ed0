/**
 * An edit's write waits for the frame that shows the edit. Its Dexie work costs the main thread
 * about 2 ms (2.3 of a 1,000-task plan's 23 ms edit in the peer bench's profiles); sent before
 * React rendered the change, it delayed the frame a person waits for. Sent after that frame it
 * reaches the disk at most a frame later (a tenth of a second in a hidden window: boot's
 * afterPaint). The session counts a write in pendingWrites when it is queued, so the dirty
 * marker and the window's close wait for it as before.
 */

/**
 * A function that sends each write once `afterPaint` resolves, all writes queued before that
 * frame in the order they were made (IndexedDB applies transactions in the order they are
 * created). Without `afterPaint` (tests, the command line) a write goes out at once.
 */
export function writesAfterPaint(afterPaint: (() => Promise<void>) | undefined): (send: () => Promise<void>) => Promise<void> {
  if (!afterPaint) return (send) => send();
  let unsent: (() => void)[] = [];
  return (send) => new Promise((resolve) => {
    unsent.push(() => resolve(send()));
    if (unsent.length > 1) return;
    void afterPaint().then(() => {
      const queued = unsent;
      unsent = [];
      for (const sendNow of queued) sendNow();
    });
  });
}
