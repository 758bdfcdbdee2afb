/** Touch gestures sent through the DevTools protocol, as a phone would. */
import type { CDPSession } from '@playwright/test';

/**
 * Two fingers down and up, twice, 150 ms apart. The events carry explicit
 * timestamps (the machine reads `event.timeStamp`), so a busy test machine
 * that delivers them late can't stretch the gesture past its window.
 */
export async function twoFingerDoubleTap(cdp: CDPSession): Promise<void> {
  // From now on: a timestamp before the page's time origin would be clamped to 0.
  const start = Date.now() / 1000;
  const fingers = [
    { x: 60, y: 420, id: 1 },
    { x: 160, y: 420, id: 2 },
  ];
  for (const at of [0, 0.15]) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: fingers,
      timestamp: start + at,
    });
    const lift = cdp.send('Input.dispatchTouchEvent', {
      type: 'touchEnd',
      touchPoints: [],
      timestamp: start + at + 0.05,
    });
    if (at === 0) {
      await lift;
    } else {
      // The second touch has exited, and in a tab the exit leaves for another page: a lift
      // sent as that page goes may never be acknowledged (a CI run timed out after the exit,
      // the cover up, most likely waiting on it), so the last one is waited for a second at most.
      await Promise.race([
        lift.catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 1_000)),
      ]);
    }
  }
}
