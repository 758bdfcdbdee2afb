/**
 * Read aloud uses the device's voices (Web Speech API). Headless Chromium has
 * none, so a fake speechSynthesis with chosen voices records what is spoken;
 * sessionStorage keeps the record across the exit's navigation.
 */
import type { Page } from '@playwright/test';
import { test, expect, appHotline } from './support/browser';

async function fakeVoices(page: Page, langs: string[]): Promise<void> {
  await page.addInitScript((voiceLangs: string[]) => {
    const log = (entry: string) =>
      sessionStorage.setItem('speech', `${sessionStorage.getItem('speech') ?? ''}${entry}\n`);
    class FakeUtterance {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const voices = voiceLangs.map((lang) => ({
      lang,
      name: lang,
      localService: true,
      default: false,
      voiceURI: lang,
    }));
    // Speaking from speak() until cancel(): the app only cancels what is speaking.
    let current: FakeUtterance | null = null;
    const engine = {
      getVoices: () => voices,
      get speaking() {
        return current !== null;
      },
      pending: false,
      speak: (utterance: FakeUtterance) => {
        current = utterance;
        log(`speak ${utterance.lang} ${utterance.text.replace(/\n/g, ' ')}`);
      },
      cancel: () => {
        current = null;
        log('cancel');
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    });
  }, langs);
}

const speechLog = (page: Page) => page.evaluate(() => sessionStorage.getItem('speech') ?? '');

test('a hotline card is read aloud in the interface language, and the exit silences it', async ({
  page,
}) => {
  await fakeVoices(page, ['en-GB', 'ar-SA']);
  await page.goto('/?r=gb');
  const card = page.locator('[data-hotline]').first();
  const name = (await card.locator('h2').textContent()) ?? '';
  await card.locator('[data-action="read-aloud"]').click();
  expect(await speechLog(page)).toContain(`speak en-GB`);
  expect(await speechLog(page)).toContain(name);

  await page.locator('[data-quick-exit]').click();
  await page.waitForURL(/calculator/);
  expect((await speechLog(page)).trim().split('\n').at(-1)).toBe('cancel');
});

test('an article is read in its own language', async ({ page }) => {
  await fakeVoices(page, ['en-GB', 'ar-SA']);
  await page.goto('/?r=gb&lang=ar');
  await page.locator('[data-action="articles"]').click();
  await page.locator('[data-article]').first().click();
  const title = (await page.locator('#article-title').textContent()) ?? '';
  await page.locator('article [data-action="read-aloud"]').click();
  expect(await speechLog(page)).toContain(`speak ar-SA ${title}`);
});

test('with no voice for the language, there is no read-aloud button', async ({ page }) => {
  await fakeVoices(page, ['en-GB']);
  await page.goto('/?r=gb&lang=fa');
  await expect(page.locator(appHotline).first()).toBeVisible();
  await expect(page.locator('[data-action="read-aloud"]')).toHaveCount(0);
});
