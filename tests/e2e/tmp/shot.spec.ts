import { test } from '../support/browser';
test('shots', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 1400 });
  await page.goto('/?r=us');
  await page.locator('[data-hotline]').first().waitFor();
  await page.screenshot({ path: '/tmp/us.png', fullPage: false });
  await page.goto('/?r=javascript:alert(1)');
  await page.locator('[data-hotline]').first().waitFor();
  await page.screenshot({ path: '/tmp/notice.png' });
  await page.locator('[data-action="change-region"]').click();
  await page.screenshot({ path: '/tmp/picker.png' });
  await page.locator('[data-action="articles"]').click();
  await page.locator('[data-article]').first().waitFor();
  await page.screenshot({ path: '/tmp/articles.png' });
  await page.locator('[data-article]').first().click();
  await page.screenshot({ path: '/tmp/article.png' });
});
