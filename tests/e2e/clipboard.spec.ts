/**
 * A copied message must not outlive the app on the clipboard: every exit
 * trigger and "Remove everything" overwrite it (where the browser allows).
 */
import type { CDPSession, Page } from '@playwright/test';
import { launchProfile, test, expect } from './support/browser';
import { twoFingerDoubleTap } from './support/touch';

const copyButton =
  '[data-hotline="us-national-human-trafficking-hotline"] [data-action="copy-text"]';

async function copyReadyText(page: Page): Promise<string> {
  await page.goto('/?r=us');
  await page.locator(copyButton).click();
  await expect(page.locator(copyButton)).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The test is blind unless the text really reached the clipboard.
  expect(copied.length).toBeGreaterThan(5);
  return copied;
}

const leaves: Array<{ name: string; leave: (page: Page, cdp: CDPSession) => Promise<void> }> = [
  { name: 'the exit button', leave: (page) => page.locator('[data-quick-exit]').click() },
  {
    name: 'Shift three times',
    leave: async (page) => {
      for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    },
  },
  { name: 'a two-finger double tap', leave: (_page, cdp) => twoFingerDoubleTap(cdp) },
  {
    name: 'Remove everything',
    leave: async (page) => {
      await page.locator('nav [data-action="settings"]').dispatchEvent('click');
      await page.locator('[data-action="forget-everything"]').click();
    },
  },
];

for (const { name, leave } of leaves) {
  test(`after a copy, ${name} overwrites the clipboard`, async ({ baseURL }) => {
    const profile = await launchProfile({
      baseURL,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      const page = profile.context.pages()[0] ?? (await profile.context.newPage());
      const copied = await copyReadyText(page);
      const cdp = await page.context().newCDPSession(page);
      await leave(page, cdp);
      await expect(page.locator('[data-cover]')).toBeVisible();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(copied);
    } finally {
      await profile.close();
    }
  });
}
