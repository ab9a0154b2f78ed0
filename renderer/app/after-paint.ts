/** Frames waited for now: each resolves its promise once. */
const waiting = new Set<() => void>();
let isListening = false;

/** A window being left (reloaded, closed) paints nothing more: what waits for a frame goes now. */
function releaseAll(): void {
  for (const release of [...waiting]) release();
}

/**
 * Resolves after the next frame has been painted: a task queued from an animation frame runs once
 * that frame is drawn. A hidden window gets no frames, so a timer stands in (what waits for it, a
 * project added or an edit's write, still goes out within a tenth of a second), and a window being
 * left resolves at once, so a write made just before a reload or a close is still sent.
 */
export function afterPaint(): Promise<void> {
  if (!isListening) {
    window.addEventListener('pagehide', releaseAll);
    window.addEventListener('beforeunload', releaseAll);
    isListening = true;
  }
  return new Promise((resolve) => {
    const release = (): void => {
      if (!waiting.delete(release)) return;
      clearTimeout(timer);
      resolve();
    };
    waiting.add(release);
    const timer = setTimeout(release, 100);
    requestAnimationFrame(() => setTimeout(release, 0));
  });
}
