/**
 * The disguise must hold (issue 14, items 7–10), on the built app in Chromium:
 * the covers themselves behave like real apps.
 */
import { test, expect } from './support/browser';

const hotline = 'a[href^="tel:"]';

test.describe('item 10: the covers behave like real apps', () => {
  test('the converter’s value box is one line tall at 360×640', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/converter.html');
    const box = await page.locator('.converter-field input').boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeLessThanOrEqual(64);
  });

  test('notes stay after a reload, and “Remove everything” removes them', async ({ page }) => {
    await page.goto('/notes.html');
    await page.locator('.notes-input').fill('milk and bread');
    await page.locator('.notes-add').click();
    await expect(page.locator('.notes-item span')).toHaveText(['milk and bread']);
    await page.reload();
    await expect(page.locator('.notes-item span')).toHaveText(['milk and bread']);

    await page.goto('/');
    await expect(page.locator(hotline).first()).toBeVisible();
    await page.locator('nav [data-action="settings"]').dispatchEvent('click');
    await page.locator('[data-action="forget-everything"]').click();
    await expect(page.locator('[data-cover]')).toBeVisible();
    await page.goto('/notes.html');
    await expect(page.locator('[data-cover="notes"]')).toBeVisible();
    await expect(page.locator('.notes-empty')).toBeVisible();
    await expect(page.locator('.notes-item')).toHaveCount(0);
  });
});
