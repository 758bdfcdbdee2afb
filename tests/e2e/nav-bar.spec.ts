/**
 * The bottom bar stays one row in every language on a small phone: a label
 * that would not fit is a shorter word chosen for the bar, never a wrapped
 * second row (which the offline notice then covers) and never text cut off.
 */
import { test, expect, waitForServiceWorker } from './support/browser';
import { languages } from '../../src/core/languages';

for (const width of [320, 360]) {
  test(`the bottom bar is one row with whole labels at ${width} px, in every language`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width, height: 640 });
    await page.goto('/?r=gb');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    const problems: string[] = [];
    for (const { code } of languages) {
      await page.goto(`/?r=gb&lang=${code}`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('.app-nav .nav-item')).toHaveCount(4);
      const items = await page.locator('.app-nav .nav-item').evaluateAll((buttons) =>
        buttons.map((button) => ({
          text: button.textContent ?? '',
          top: Math.round(button.getBoundingClientRect().top),
          scrollWidth: button.scrollWidth,
          clientWidth: button.clientWidth,
        })),
      );
      const rows = new Set(items.map((item) => item.top));
      if (rows.size !== 1) {
        problems.push(`${code}: ${rows.size} rows (${items.map((item) => item.text).join(' | ')})`);
      }
      for (const item of items) {
        if (item.scrollWidth > item.clientWidth) {
          problems.push(
            `${code}: "${item.text}" cut off (${item.scrollWidth} > ${item.clientWidth})`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
