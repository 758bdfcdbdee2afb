/**
 * Regions, hotlines and articles on the built app: a poster's `?r=` selects and
 * saves a pack, the address is cleaned, hostile codes change nothing, every
 * link matches the pack data, and all of it works offline and without
 * IndexedDB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { savedSetting } from './support/saved-settings';
import { shippedInlineScripts } from './support/built-files';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';
import type {
  ArticleBundle,
  CardBundle,
  RegionIndex,
  RegionPack,
} from '../../src/core/content-types';
import { textLanguage } from '../../src/core/cards';
import { smsBody } from '../../src/core/dial-links';
import { voiceRoute, whatsappHref } from '../../src/core/hotline-facts';

const generated = join(import.meta.dirname, '..', '..', 'src', 'generated');
const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(join(generated, path), 'utf8')) as T;
const regionIndex = readJson<RegionIndex>('region-index.json');
const pack = (code: string) => readJson<RegionPack>(`regions/${code}.json`);
const cardLanguages = readdirSync(join(generated, 'cards')).map((name) =>
  name.replace(/\.json$/, ''),
);
/** The first message a region's text links pre-fill (in the region's main language). */
const firstText = (code: string) =>
  readJson<CardBundle>(`cards/${textLanguage(pack(code).languages, cardLanguages)}.json`).firstText;

const hotlineCards = '[data-screen="hotlines"] [data-hotline]';

/** Fails the test on any uncaught error or dialog (an `alert(1)` that got through). */
function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('pageerror', (error) => trouble.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return trouble;
}

async function expectRegion(page: Page, code: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-region', code);
  const ids = pack(code).hotlines.map((hotline) => hotline.id);
  await expect(page.locator(hotlineCards)).toHaveCount(ids.length);
  await expect(page.locator(`[data-hotline="${ids[0]}"]`)).toBeVisible();
}

test('?r=gb shows the UK pack, cleans the address and is remembered offline', async ({
  page,
  context,
  baseURL,
}) => {
  const trouble = watchForTrouble(page);
  await page.goto('/?r=gb');
  await expectRegion(page, 'gb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help in United Kingdom');
  expect(new URL(page.url()).search).toBe('');
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await expect.poll(() => savedSetting(page, 'region')).toBe('gb');

  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.close();

  const reopened = await context.newPage();
  trouble.push(...watchForTrouble(reopened));
  const response = await reopened.goto(`${baseURL}/`);
  expect(response?.fromServiceWorker()).toBe(true);
  await expectRegion(reopened, 'gb');

  // Switching offline, through the picker, searching by name.
  await reopened.locator('[data-action="change-region"]').click();
  await reopened.getByRole('searchbox').fill('united st');
  await expect(reopened.locator('[data-region-option]')).toHaveCount(2); // us + "Somewhere else"
  await reopened.locator('[data-region-option="us"]').click();
  await expectRegion(reopened, 'us');
  await expect(reopened.getByRole('heading', { level: 1 })).toHaveText('Help in United States');

  // The choice was saved: a fresh page, still offline, opens on it.
  await reopened.close();
  const third = await context.newPage();
  await third.goto(`${baseURL}/`);
  await expectRegion(third, 'us');
  expect(trouble).toEqual([]);
});

test('the picker finds places by code and without accents, and offers "Somewhere else"', async ({
  page,
}) => {
  await page.goto('/?r=gb');
  await page.locator('[data-action="change-region"]').click();
  const options = page.locator('[data-region-option]');
  await expect(options).toHaveCount(regionIndex.length);
  await expect(page.locator('[data-region-option="gb"]')).toHaveAttribute('aria-current', 'true');
  await page.getByRole('searchbox').fill('MÉXICO');
  await expect(options.first()).toHaveAttribute('data-region-option', 'mx');
  await page.getByRole('searchbox').fill('za');
  await expect(options.first()).toHaveAttribute('data-region-option', 'za');
  await page.getByRole('searchbox').fill('<img src=x onerror=alert(1)>');
  await expect(options).toHaveCount(1);
  await options.last().click();
  await expectRegion(page, 'zz');
});

const hostileValues = [
  encodeURIComponent('javascript:alert(1)'),
  encodeURIComponent('<img src=x onerror=alert(1)>'),
  '<img src=x onerror=alert(1)>',
  'a'.repeat(5000),
  '%EF%BC%A7%EF%BC%A2',
  '../us',
  '%2e%2e%2fus',
  'gb%00',
  '%E0%A4%A',
];

test('hostile ?r= values change nothing, crash nothing and inject nothing', async ({ page }) => {
  const trouble = watchForTrouble(page);
  const shipped = shippedInlineScripts();
  await page.goto('/?r=gb');
  await expectRegion(page, 'gb');
  // The save is written after the screen shows; leaving before it lands would test a race, not ?r=.
  await expect.poll(() => savedSetting(page, 'region')).toBe('gb');
  for (const value of hostileValues) {
    await page.goto(`/?r=${value}`);
    await expectRegion(page, 'gb');
    await expect(page.locator('[data-notice]')).toHaveText(/didn't name a place we know/);
    await expect(page.locator('[data-notice]')).toHaveAttribute('role', 'status');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('img, iframe').count()).toBe(0);
    // The build's own inline scripts (the first help) are there, byte for byte; nothing else is.
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    expect(inline.filter((text) => !shipped.includes(text))).toEqual([]);
    expect(await page.content()).not.toContain('onerror');
  }
  expect(trouble).toEqual([]);

  // The notice goes once the person moves on, and the saved region never moved.
  await page.locator('[data-action="articles"]').click();
  await page.locator('[data-action="hotlines"]').click();
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await page.goto('/');
  await expectRegion(page, 'gb');
});

test('a hostile ?r= on a first open still shows help, with the calm notice', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await page.goto(`/?r=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.locator('[data-notice]')).toBeVisible();
  const region = await page.locator('html').getAttribute('data-region');
  expect(regionIndex.map((entry) => entry.code)).toContain(region);
  await expectRegion(page, region ?? 'zz');
  expect(trouble).toEqual([]);
});

/** What a hotline card offers, read in one go: one page round trip per region, not dozens. */
interface CardLinks {
  id: string;
  calls: Array<{ href: string; shown: string }>;
  dial: string | null;
  texts: string[];
  whatsapps: string[];
  chatButtons: number;
  websiteButtons: number;
  /** `data-link` of the card's links and link buttons, in page order. */
  order: string[];
  hrefs: string[];
}

// Runs in the page on every hotline card of the screen.
function readCardLinks(cards: Element[]): CardLinks[] {
  const attr = (element: Element, name: string) => element.getAttribute(name) ?? '';
  return cards.map((card) => ({
    id: attr(card, 'data-hotline'),
    calls: [...card.querySelectorAll('a[data-link="call"]')].map((link) => ({
      href: attr(link, 'href'),
      // Digits on screen must be the digits dialled, kept left-to-right.
      shown: link.querySelector('bdi[dir="ltr"]')?.textContent ?? '',
    })),
    dial: card.querySelector('[data-dial]')?.getAttribute('data-dial') ?? null,
    texts: [...card.querySelectorAll('a[data-link="text"]')].map((link) => attr(link, 'href')),
    whatsapps: [...card.querySelectorAll('a[data-link="whatsapp"]')].map((link) =>
      attr(link, 'href'),
    ),
    chatButtons: card.querySelectorAll('button[data-link="chat"]').length,
    websiteButtons: card.querySelectorAll('button[data-link="website"]').length,
    order: [...card.querySelectorAll('a, button[data-link]')].map((link) =>
      attr(link, 'data-link'),
    ),
    hrefs: [...card.querySelectorAll('a')].map((link) => attr(link, 'href')),
  }));
}

test('every hotline link, in every pack, is tel:, sms: or WhatsApp, matching the data', async ({
  page,
}) => {
  // Every pack is opened and checked: that grows with the region count.
  test.setTimeout(5_000 * regionIndex.length);
  for (const { code } of regionIndex) {
    await page.goto(`/?r=${code}`);
    await expectRegion(page, code);
    // Read again until it all matches, as each expect(locator) would wait: a text link's
    // first message arrives with the cards' words, a moment after the cards.
    await expect(async () => {
      const cards = new Map(
        (await page.locator(hotlineCards).evaluateAll(readCardLinks)).map((card) => [
          card.id,
          card,
        ]),
      );
      const expected = new Set<string>();
      for (const hotline of pack(code).hotlines) {
        const card = cards.get(hotline.id);
        expect(card, `${code}: ${hotline.id} has a card`).toBeDefined();
        if (!card) continue;
        const voice = voiceRoute(hotline);
        if (voice === 'tel') {
          expect(card.calls, `${code}: ${hotline.id}`).toEqual([
            { href: `tel:${hotline.phone}`, shown: expect.any(String) },
          ]);
          expected.add(`tel:${hotline.phone}`);
          expect(card.calls[0]?.shown.replace(/\s/g, ''), `${code}: ${hotline.id}`).toBe(
            hotline.phone,
          );
          // The silent options come before the call.
          expect(card.order.at(-1), `${code}: ${hotline.id}`).toBe('call');
        } else {
          // No link that would dial something else, or call a line that takes no calls.
          expect(card.calls, `${code}: ${hotline.id}`).toEqual([]);
        }
        if (voice === 'dial') expect(card.dial, `${code}: ${hotline.id}`).toBe(hotline.dial ?? '');
        if (hotline.sms) {
          const body = `?body=${encodeURIComponent(smsBody(hotline.sms, firstText(code)))}`;
          const href = `sms:${hotline.sms.number}${body}`;
          expect(card.texts, `${code}: ${hotline.id}`).toEqual([href]);
          expected.add(href);
        }
        if (hotline.whatsapp) {
          const href = whatsappHref(hotline.whatsapp);
          expect(card.whatsapps, `${code}: ${hotline.id}`).toEqual([href]);
          expected.add(href);
        }
        // A website or chat is a button that first says it leaves Lantern: no link until then.
        if (hotline.chat) expect(card.chatButtons, `${code}: ${hotline.id}`).toBe(1);
        else if (hotline.website) expect(card.websiteButtons, `${code}: ${hotline.id}`).toBe(1);
      }
      const hrefs = [...cards.values()].flatMap((card) => card.hrefs);
      for (const href of hrefs)
        expect(href).toMatch(/^(tel:\+?\d+|sms:\+?\d+(\?body=.+)?|https:\/\/wa\.me\/\d+)$/);
      expect(new Set(hrefs)).toEqual(expected);
    }).toPass({ timeout: 10_000 });
  }
});

test('the call-trace note shows once and stays dismissed', async ({ page }) => {
  await page.goto('/?r=us');
  const note = page.locator('[data-call-note]');
  await expect(note).toBeVisible();
  await note.getByRole('button').click();
  await expect(note).toHaveCount(0);
  await page.reload();
  await expectRegion(page, 'us');
  await expect(note).toHaveCount(0);
});

test('when indexedDB.open throws, help still shows, with nothing alarming', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The database is broken', 'UnknownError');
    };
  });
  const trouble = watchForTrouble(page);
  await page.goto('/?r=gb');
  await expectRegion(page, 'gb');
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  // The choice lives in memory for the session: the picker still switches.
  await page.locator('[data-action="change-region"]').click();
  await page.locator('[data-region-option="us"]').click();
  await expectRegion(page, 'us');
  await page.goto('/');
  await expect(page.locator(hotlineCards).first()).toBeVisible();
  expect(trouble).toEqual([]);
});

test('when IndexedDB never answers, help shows, and a poster with ?lang= opens it in that language', async ({
  page,
}) => {
  // A write that never finishes (a busy or blocked database) must not hold the first screen:
  // choosing a language through the address saves it, and help must not wait for that save.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () =>
      Object.assign(Object.create(IDBOpenDBRequest.prototype) as IDBOpenDBRequest, {
        addEventListener() {},
        removeEventListener() {},
      });
  });
  await page.goto('/?r=gb');
  await expectRegion(page, 'gb');
  await page.goto('/?r=gb&lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator(appHotline).first()).toBeVisible();
  await expectRegion(page, 'gb');
});

test('articles: the list is in order, an article opens, and back returns in memory', async ({
  page,
}) => {
  const { articles } = readJson<ArticleBundle>('articles/en.json');
  const ordered = [...articles].sort((a, b) => a.order - b.order);
  await page.goto('/?r=gb');
  await expectRegion(page, 'gb');
  const historyLength = await page.evaluate(() => history.length);

  await page.locator('[data-action="articles"]').click();
  const items = page.locator('[data-article]');
  await expect(items).toHaveCount(ordered.length);
  expect(await items.evaluateAll((links) => links.map((link) => link.dataset.article))).toEqual(
    ordered.map((article) => article.slug),
  );

  const first = ordered[0]!;
  await items.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await expect(page.locator('h1')).toBeFocused();
  const headings = first.blocks.filter((block) => block.type === 'heading').length;
  await expect(page.locator('article h2')).toHaveCount(headings);

  await page.locator('[data-action="back"]').click();
  await expect(items).toHaveCount(ordered.length);
  await expect(items.first()).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('hotlines, the picker, the list and the reader pass axe', async ({ page }) => {
  const check = async (state: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${state}: ${violation.id}`)).toEqual([]);
  };
  await page.goto('/?r=xx');
  await expect(page.locator('[data-notice]')).toBeVisible();
  await expect(page.locator(hotlineCards).first()).toBeVisible();
  await check('hotlines with notice and call note');
  await page.locator('[data-action="change-region"]').click();
  await expect(page.locator('[data-region-option]').first()).toBeVisible();
  await check('picker');
  await page.locator('[data-action="articles"]').click();
  await expect(page.locator('[data-article]').first()).toBeVisible();
  await check('articles');
  await page.locator('[data-article]').first().click();
  await expect(page.locator('article h2').first()).toBeVisible();
  await check('reader');
});
