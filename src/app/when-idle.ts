/**
 * Runs `work` when the page has nothing better to do, and within `timeoutMs`
 * at the latest; a browser without requestIdleCallback runs it on the next task.
 */
export function whenIdle(work: () => void, timeoutMs = 1_000): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => work(), { timeout: timeoutMs });
  } else {
    setTimeout(work, 0);
  }
}
