/**
 * Reach (issue 12) on the built app, offline through the service worker: new
 * regions' posters show their first helpline and emergency number, an unknown
 * place is named and never gets another country's numbers, typed codes forgive
 * "UK", a poster's audience orders the lines, and on a 360×640 phone in every
 * interface language a call or text button and the emergency number are on
 * screen, uncovered, without scrolling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, launchProfile, waitForServiceWorker } from './support/browser';
import type { RegionIndex, RegionPack } from '../../src/core/content-types';
import { emergencyLine, orderHotlines } from '../../src/core/hotline-order';

const root = join(import.meta.dirname, '..', '..');
const generated = join(root, 'src', 'generated');
const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(join(generated, path), 'utf8')) as T;
const regionIndex = readJson<RegionIndex>('region-index.json');
const pack = (code: string) => readJson<RegionPack>(`regions/${code}.json`);
const interfaceLanguages = readdirSync(join(root, 'src', 'locales'));

// The packs Lantern shipped before issue 12; every other pack in the index is new.
const ORIGINAL_PACKS = new Set(
  'ar au br ca co de es eu fr gb ie in it ke mx ng ph th us za zz'.split(' '),
);
const newRegions = regionIndex
  .map((entry) => entry.code)
  .filter((code) => !ORIGINAL_PACKS.has(code))
  .slice(0, 10);

const hotlineCards = '[data-screen="hotlines"] [data-hotline]';

/** Loads the app once online so the worker precaches everything, then cuts the network. */
async function goOffline(page: Page, search = '/?r=gb'): Promise<void> {
  await page.goto(search);
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
}

/**
 * Fails unless `target` is wholly inside the viewport and nothing else is drawn
 * over any of its edges (a toast, the nav bar, a notice, the sticky header).
 */
async function expectUncoveredOnScreen(target: Locator, what: string): Promise<void> {
  const trouble = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return 'has no size';
    if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
      return `is outside the ${innerWidth}×${innerHeight} viewport: ${JSON.stringify(box)}`;
    }
    // The middle of each edge, just inside: rounded corners are not part of the hit area.
    const inset = 4;
    const midX = (box.left + box.right) / 2;
    const midY = (box.top + box.bottom) / 2;
    const edges: [number, number][] = [
      [midX, box.top + inset],
      [midX, box.bottom - inset],
      [box.left + inset, midY],
      [box.right - inset, midY],
    ];
    for (const [x, y] of edges) {
      const top = document.elementFromPoint(x, y);
      if (!top || !(top === element || element.contains(top))) {
        return `is covered at (${Math.round(x)}, ${Math.round(y)}) by ${top?.outerHTML.slice(0, 120) ?? 'nothing'}`;
      }
    }
    return null;
  });
  expect(trouble, `${what} ${trouble ?? ''}`).toBeNull();
}

test('ten new regions: a poster shows the first helpline and the emergency number, offline', async ({
  page,
}) => {
  expect(newRegions.length, 'the region index has no pack beyond the original 21').toBeGreaterThan(
    0,
  );
  await goOffline(page);
  for (const code of newRegions) {
    await page.goto(`/?r=${code}`);
    await expect(page.locator('html')).toHaveAttribute('data-region', code);
    const lines = orderHotlines(pack(code).hotlines, null);
    const first = page.locator(hotlineCards).first();
    await expect(first).toHaveAttribute('data-hotline', lines[0]?.id ?? '');
    await expect(first.locator('h2')).toHaveText(lines[0]?.name ?? '');
    const emergency = emergencyLine(lines);
    if (emergency) {
      await expect(page.locator('[data-emergency] [data-link="emergency"]')).toContainText(
        emergency.dial ?? emergency.phone,
      );
    }
  }
});

test('?r=aq on a phone set to fil-PH: the fallback under Antarctica’s name, no Philippine numbers', async ({
  baseURL,
}) => {
  const profile = await launchProfile({ ...(baseURL ? { baseURL } : {}), locale: 'fil-PH' });
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await goOffline(page, '/');
    await page.goto('/?r=aq');
    await expect(page.locator('html')).toHaveAttribute('data-region', 'zz');
    const lang = (await page.locator('html').getAttribute('lang')) ?? 'en';
    const antarctica = new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of('AQ') ?? 'AQ';
    await expect(page.locator('#hotlines-title')).toContainText(antarctica);
    await expect(page.locator('#hotlines-title')).toHaveAttribute('data-place', 'aq');
    // The place list is right there, and the Philippines is only a question.
    await expect(page.locator('[data-screen="hotlines"] [data-region-list]')).toBeVisible();
    await expect(page.locator('[data-notice="regions:suggest"]')).toBeVisible();
    const phoneLinks = await page
      .locator('[data-screen="hotlines"] a[href^="tel:"], [data-screen="hotlines"] a[href^="sms:"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const ph = pack('ph').hotlines.map((line) => line.phone.replace(/\D/g, ''));
    const zz = pack('zz').hotlines.map((line) => line.phone.replace(/\D/g, ''));
    for (const href of phoneLinks) {
      const digits = href.replace(/\D/g, '');
      expect(zz, `${href} is not one of the fallback pack's numbers`).toContain(digits);
      if (!zz.includes(digits)) expect(ph).not.toContain(digits);
    }
    // Saying yes is what switches, never the guess by itself.
    await page.locator('[data-action="notice-action"]').click();
    await expect(page.locator('html')).toHaveAttribute('data-region', 'ph');
  } finally {
    await profile.close();
  }
});

test('typed "UK" in the scan screen opens GB; a Kelvin-sign "Ke" opens nothing', async ({
  page,
}) => {
  await goOffline(page, '/?r=us');
  await page.goto('/');
  await page.locator('[data-action="scan"]').first().click();
  const input = page.locator('#scan-code');
  await input.fill('\u212Ae');
  await page.locator('[data-action="use-code"]').click();
  await expect(page.locator('[data-scan-message="typed"]')).not.toHaveText('');
  await expect(page.locator('[data-action="choose-from-list"]')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-region', 'us');
  await input.fill('UK');
  await page.locator('[data-action="use-code"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-region', 'gb');
});

test('?r= with a Kelvin sign, a BOM, U+3000 or a newline never opens a region', async ({
  page,
}) => {
  await goOffline(page, '/?r=us');
  for (const raw of ['%E2%84%AAe', '%EF%BB%BFke', 'ke%E3%80%80', 'ke%0A']) {
    await page.goto(`/?r=${raw}`);
    await expect(page.locator('[data-notice="regions:unknownRegion"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-region', 'us');
  }
});

test('a poster for children puts child lines first; for adults an independent line leads', async ({
  page,
}) => {
  await goOffline(page);
  await page.goto('/?r=gb&for=child');
  await expect(page.locator(hotlineCards).first()).toHaveAttribute('data-purpose', 'child');
  await page.goto('/?r=gb&for=adult');
  const first = page.locator(hotlineCards).first();
  await expect(first).toHaveAttribute('data-purpose', /^(trafficking|violence|migrant)$/);
  await expect(first).toHaveAttribute('data-run-by', 'independent');
  // `for` is not a setting: the next visit without it keeps the pack's order.
  await page.goto('/');
  await expect(page.locator(hotlineCards).first()).toHaveAttribute(
    'data-hotline',
    pack('gb').hotlines[0]?.id ?? '',
  );
});

test('a website link says it leaves Lantern first and opens in the same tab', async ({ page }) => {
  await goOffline(page);
  await page.goto('/?r=gb');
  const chat = page.locator('[data-screen="hotlines"] button[data-link="chat"]').first();
  await chat.click();
  const open = page.locator('[data-link="chat-open"]').first();
  await expect(open).toBeVisible();
  await expect(open).not.toHaveAttribute('target', /.*/);
  await expect(page.locator('[data-leave="chat"] p')).toContainText('Lantern');
});

test.describe('360×640: help is on the first screen in every language', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('a call or text button and the emergency number, uncovered, online and offline', async ({
    page,
  }) => {
    // Fourteen languages, two packs each: more page loads than one test's default time.
    test.setTimeout(300_000);
    // A first visit, online: nothing saved, the call-log note and the worker's notice may show.
    await page.goto('/?r=gb');
    await waitForServiceWorker(page);
    await expect(page.locator('[data-sw="offline-ready"]')).toBeVisible();
    const firstAction = () =>
      page
        .locator(`${hotlineCards} :is([data-link="call"], [data-link="text"], [data-dial])`)
        .first();
    await expectUncoveredOnScreen(firstAction(), 'first call/text (online, en)');
    await expectUncoveredOnScreen(
      page.locator('[data-link="emergency"]'),
      'emergency (online, en)',
    );
    await page.context().setOffline(true);
    for (const lang of interfaceLanguages) {
      for (const region of ['gb', ...newRegions.slice(0, 1)]) {
        await page.goto(`/?r=${region}&lang=${lang}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator(hotlineCards).first()).toBeVisible();
        await expectUncoveredOnScreen(firstAction(), `first call/text (${region}, ${lang})`);
        await expectUncoveredOnScreen(
          page.locator('[data-link="emergency"]'),
          `emergency (${region}, ${lang})`,
        );
      }
    }
  });
});
