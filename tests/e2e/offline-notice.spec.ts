/**
 * The "works without internet" notice on a small phone: it never lies over a
 * number or the bottom bar, at any scroll position, and it goes by itself.
 */
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';

for (const region of ['gb', 'ke']) {
  test(`the offline notice covers no number and not the bar at 360×640, and closes itself (${region})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/?r=${region}`);
    await expect(page.locator(appHotline).first()).toBeVisible();
    await waitForServiceWorker(page);
    const toast = page.locator('[data-sw="offline-ready"]');
    await expect(toast).toBeVisible();

    // From top to bottom: wherever the toast's box meets a number's or the bar's,
    // what lies on top there must not be the toast.
    const covered = await page.evaluate(() => {
      const notice = document.querySelector('[data-sw="offline-ready"]');
      if (!notice) return ['no notice'];
      const found = new Set<string>();
      const targets = [...document.querySelectorAll('a[href^="tel:"], a[href^="sms:"], nav')];
      const end = document.documentElement.scrollHeight - innerHeight;
      for (let y = 0; y <= end + 40; y += 40) {
        window.scrollTo(0, Math.min(y, end));
        const box = notice.getBoundingClientRect();
        for (const target of targets) {
          const other = target.getBoundingClientRect();
          const left = Math.max(box.left, other.left);
          const right = Math.min(box.right, other.right);
          const top = Math.max(box.top, other.top, 0);
          const bottom = Math.min(box.bottom, other.bottom, innerHeight);
          if (right <= left || bottom <= top) continue;
          const onTop = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
          if (onTop && notice.contains(onTop)) {
            found.add(target.getAttribute('href') ?? target.tagName.toLowerCase());
          }
        }
      }
      window.scrollTo(0, 0);
      return [...found];
    });
    expect(covered).toEqual([]);

    // Nobody has to close it: it goes by itself (generous wait; no duration asserted).
    await expect(toast).toHaveCount(0, { timeout: 30_000 });
  });
}
