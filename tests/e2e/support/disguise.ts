/** Steps shared by the disguise tests: choosing a disguise with a code, and unlocking a cover. */
import type { Page } from '@playwright/test';
import { expect } from './browser';

/** A disguise the app ships. */
export type DisguiseName = 'calculator' | 'notes' | 'converter';

/** Presses the calculator cover's keys in order. */
export async function calculate(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.locator(`[data-key="${key}"]`).click();
}

/** Opens Settings from the unlocked app and waits for the look section. */
export async function openLook(page: Page): Promise<void> {
  await page.locator('nav [data-action="settings"]').dispatchEvent('click');
  await expect(page.locator('[data-section="disguise"]')).toBeVisible();
}

/** Types a new code twice and saves it; the look section must already be open. */
export async function enterNewCode(page: Page, first: string, second = first): Promise<void> {
  await page.locator('[data-setting="new-code"]').fill(first);
  await page.locator('[data-setting="new-code-again"]').fill(second);
  await page.locator('[data-action="save-code"]').click();
}

/**
 * From the unlocked app: chooses `disguise` in Settings with `code` as the
 * person's own code, and waits until both are saved.
 */
export async function chooseDisguise(page: Page, disguise: DisguiseName, code: string) {
  await openLook(page);
  await page.locator(`input[name="disguise"][value="${disguise}"]`).check();
  await enterNewCode(page, code);
  await expect(page.locator('[data-code-status="saved"]')).toBeVisible();
  await expect(page.locator(`input[name="disguise"][value="${disguise}"]`)).toBeChecked();
}

/** Types `code` into whichever cover is up, the way that cover unlocks. */
export async function typeCode(page: Page, code: string): Promise<void> {
  const cover = await page.locator('[data-cover]').getAttribute('data-cover');
  if (cover === 'calculator') {
    await calculate(page, ['clear', ...code.split(''), '=']);
  } else if (cover === 'notes') {
    await page.locator('.notes-input').fill(code);
    await page.locator('.notes-add').click();
  } else {
    await page.locator('.converter-field input').fill(code);
    await page.locator('[data-action="swap"]').click();
  }
}
