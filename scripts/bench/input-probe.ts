/**
 * Time from a person's input to a change in the DOM, measured in the page:
 * a capturing window listener notes each input event's own timestamp (when
 * the browser received it, so waiting in the input queue counts), and a
 * MutationObserver notes when the watched change has happened. The observer
 * runs right after the handler that changed the DOM, before any paint.
 */
import type { Page } from '@playwright/test';

/** What to wait for: every match of `selector` gone from the DOM, or one appearing. */
export interface Change {
  selector: string;
  until: 'gone' | 'appears';
}

/** One measured input → change. */
export interface InputTiming {
  /** The input event that came last before the change. */
  type: string;
  /** From the event's timestamp to the change (includes input queueing). */
  sinceEvent: number;
  /** From the first listener of that event to the change: the page's own work. */
  handling: number;
}

// Plain JavaScript as text: a bundler's helpers (e.g. esbuild's __name) don't exist in the page.
function probeSource(change: Change): string {
  return `(() => {
  const selector = ${JSON.stringify(change.selector)};
  const until = ${JSON.stringify(change.until)};
  let last = null;
  for (const type of ['pointerdown', 'click', 'keyup', 'touchstart']) {
    window.addEventListener(type, (event) => {
      last = { type, stamp: event.timeStamp, start: performance.now() };
    }, { capture: true });
  }
  let seen = document.querySelector(selector) !== null;
  new MutationObserver(() => {
    const present = document.querySelector(selector) !== null;
    if (until === 'gone' && seen && !present && last && !window.__inputTiming) {
      const now = performance.now();
      window.__inputTiming = { type: last.type, sinceEvent: now - last.stamp, handling: now - last.start };
    }
    if (until === 'appears' && present && last && !window.__inputTiming) {
      const now = performance.now();
      window.__inputTiming = { type: last.type, sinceEvent: now - last.stamp, handling: now - last.start };
    }
    seen = present;
  }).observe(document, { childList: true, subtree: true });
})();`;
}

/** Installs the probe for every later navigation of `page`. */
export async function installProbe(page: Page, change: Change): Promise<void> {
  await page.addInitScript({ content: probeSource(change) });
}

/**
 * The timing of the change once it has happened, or null if it didn't within
 * `timeoutMs`. The wait is a function, not a string: a string is evaluated in
 * the page, which the app's CSP (no 'unsafe-eval') refuses once the wait has to
 * poll, and a refused wait looked like a change that never came.
 */
export async function takeTiming(page: Page, timeoutMs = 5_000): Promise<InputTiming | null> {
  const taken = page.waitForFunction(
    () => (window as Window & { __inputTiming?: InputTiming }).__inputTiming,
    undefined,
    { timeout: timeoutMs },
  );
  try {
    return (await (await taken).jsonValue()) ?? null;
  } catch (error) {
    // Only the wait running out means "no change"; anything else is the bench's own fault.
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  }
}
