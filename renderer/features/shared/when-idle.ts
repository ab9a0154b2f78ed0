/**
 * Runs work nobody waits for when the window is idle (within `timeoutMs` at the latest), or in the
 * next task where the browser has no idle callbacks (tests). Answers a function that cancels it.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}
