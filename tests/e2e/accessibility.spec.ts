/**
 * Accessibility on the built app in Chromium: axe (WCAG 2.0/2.1 A and AA) on
 * every screen and state, in every interface language that has words in
 * src/locales/ of the ones listed here (Arabic joins by itself once its words
 * land); the journeys by keyboard alone, with a focus ring that can be seen;
 * reduced motion, dark mode, 200 % text on a 320 px screen, and targets of at
 * least 44 × 44 CSS px.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { RegionPack } from '../../src/core/content-types';
import { languages as allLanguages } from '../../src/core/languages';
import { test, expect, waitForServiceWorker, appHotline, anyHotline } from './support/browser';
import { startStaticServer, type SwappableServer } from './support/static-server';

const root = join(import.meta.dirname, '..', '..');
const usHotline = 'a[href="tel:+18883737888"]';
const gbHotline = 'a[href="tel:+448000121700"]';

/** English, and every other language here whose interface words exist. */
const languages = ['en', 'ar'].filter((lang) => existsSync(join(root, 'src', 'locales', lang)));
const covers = ['calculator', 'notes', 'converter'].filter((id) =>
  existsSync(join(root, `${id}.html`)),
);

/**
 * Serious and critical axe findings on the page as it is now, as "rule: target"
 * lines. Axe files text the same colour as its background under "incomplete"
 * (it might be hidden on purpose); a measured ratio below the required one is
 * counted here all the same: an invisible button is a serious problem.
 */
async function axeProblems(page: Page, label: string): Promise<string[]> {
  const { violations, incomplete } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const lesser = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  const unreadable = incomplete
    .filter((result) => result.id === 'color-contrast')
    .flatMap((result) => result.nodes)
    .filter((node) =>
      node.any.some((check) => {
        const data = check.data as {
          contrastRatio?: number;
          expectedContrastRatio?: string;
        } | null;
        const expected = parseFloat(data?.expectedContrastRatio ?? '');
        return (
          typeof data?.contrastRatio === 'number' &&
          data.contrastRatio > 0 &&
          data.contrastRatio < expected
        );
      }),
    );
  // The report lists the lesser findings too; only serious and critical ones fail.
  console.log(
    `axe ${label}: ${violations.length - lesser.length + unreadable.length} serious/critical` +
      (lesser.length ? `, lesser: ${lesser.map((v) => `${v.id} (${v.impact})`).join(', ')}` : ''),
  );
  return [
    ...violations
      .filter((v) => !lesser.includes(v))
      .flatMap((v) => v.nodes.map((node) => `${label} ${v.id}: ${node.target.join(' ')}`)),
    ...unreadable.map((node) => `${label} color-contrast (1:1): ${node.target.join(' ')}`),
  ];
}

async function openHelp(page: Page, lang: string, search = '?r=us'): Promise<void> {
  await page.goto(`/${search}&lang=${lang}`);
  // The app's help, not the first numbers the HTML carries before its styles load (issue 15).
  await expect(page.locator(appHotline).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const lang of languages) {
  test(`axe finds nothing serious on any screen (${lang})`, async ({ page }) => {
    // The place picker lists 171 places: axe takes well over a minute on a loaded machine.
    test.slow();
    const problems: string[] = [];
    // An unknown code: the calm notice above the hotlines, the call note, set-up below.
    await page.goto(`/?r=xx&lang=${lang}`);
    await expect(page.locator('[data-notice]')).toBeVisible();
    await expect(page.locator('[data-call-note]')).toBeVisible();
    await expect(page.locator('[data-setup]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    problems.push(...(await axeProblems(page, `${lang} hotlines+notice+call note+set-up`)));

    await waitForServiceWorker(page);
    await expect(page.locator('[data-sw="offline-ready"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} offline-ready toast`)));

    await page.locator('[data-action="show-cards"]').click();
    await expect(page.locator('[data-card-id]').first()).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} card list`)));
    await page.locator('[data-card-id]').first().click();
    await expect(page.locator('[data-screen="card"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} open card`)));
    await page.locator('[data-action="close-card"]').click();

    await page.locator('[data-action="change-region"]').click();
    await expect(page.locator('[data-screen="regions"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} region picker`)));
    await page.locator('.region-search input').fill('qqqq');
    await expect(page.locator('[data-screen="regions"] [role="status"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} region picker, no match`)));
    await page.locator('.region-search input').fill('');
    await page.locator('[data-region-option="gb"]').click();
    await expect(page.locator(gbHotline)).toBeVisible();

    await page.locator('[data-action="articles"]').click();
    await expect(page.locator('[data-article]').first()).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} articles list`)));
    await page.locator('[data-article]').first().click();
    await expect(page.locator('[data-screen="article"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} article`)));

    await page.locator('[data-action="scan"]').click();
    // No camera in this profile: the scanner falls back to a photo and typing.
    await expect(page.locator('[data-camera="failed"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} scanner, no camera`)));
    await page.locator('#scan-code').fill('xx');
    await page.locator('[data-action="use-code"]').click();
    await expect(page.locator('[data-scan-message="typed"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} scanner, code refused`)));

    await page.locator('[data-action="settings"]').click();
    await expect(page.locator('[data-screen="settings"]')).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} settings`)));

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('[data-action="hotlines"]').click();
    await expect(page.locator(gbHotline)).toBeVisible();
    problems.push(...(await axeProblems(page, `${lang} hotlines, dark`)));
    await page.emulateMedia({ colorScheme: 'light' });

    for (const cover of covers) {
      await page.goto(`/${cover}.html?lang=${lang}`);
      await expect(page.locator(`[data-cover="${cover}"]`)).toBeVisible();
      problems.push(...(await axeProblems(page, `${lang} ${cover} cover`)));
    }
    expect(problems).toEqual([]);
  });
}

test.describe('with a new version waiting', () => {
  let server: SwappableServer;
  test.beforeAll(async () => {
    server = await startStaticServer(join(root, 'dist'));
  });
  test.afterAll(async () => {
    await server.close();
  });

  for (const lang of languages) {
    test(`axe finds nothing serious in the update offer (${lang})`, async ({ page }) => {
      server.setRoot(join(root, 'dist'));
      await page.goto(`${server.origin}/?r=us&lang=${lang}`);
      await waitForServiceWorker(page);
      server.setRoot(join(root, 'dist-next'));
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await expect(page.locator('[data-sw="update-ready"]')).toBeVisible();
      expect(await axeProblems(page, `${lang} update toast`)).toEqual([]);
    });
  }
});

/**
 * What makes the focused element stand out: its outline and box-shadow, and
 * the same for an unfocused copy of it in the same place. The ring must differ
 * from the resting look and be at least 2 px, at 3:1 against the page.
 */
async function focusRing(page: Page): Promise<{
  tag: string;
  visible: boolean;
  differs: boolean;
  contrast: number;
}> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { tag: 'body', visible: false, differs: false, contrast: 0 };
    }
    const ring = (style: CSSStyleDeclaration) =>
      `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    const focused = getComputedStyle(element);
    const copy = element.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    element.after(copy);
    const resting = ring(getComputedStyle(copy));
    copy.remove();

    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    };
    // What the ring is drawn on: the nearest ancestor that paints a background.
    let behind: Element | null = element.parentElement;
    while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') {
      behind = behind.parentElement;
    }
    const background = getComputedStyle(behind ?? document.documentElement).backgroundColor;
    const outline = focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) >= 2;
    const shadowColor = focused.boxShadow.match(/rgba?\([^)]*\)/)?.[0];
    const contrast = Math.max(
      outline ? ratio(focused.outlineColor, background) : 0,
      shadowColor ? ratio(shadowColor, background) : 0,
    );
    return {
      tag: `${element.tagName.toLowerCase()}${element.dataset.action ? `[${element.dataset.action}]` : ''}`,
      visible: outline || focused.boxShadow !== 'none',
      differs: ring(focused) !== resting,
      contrast,
    };
  });
}

/**
 * How many pixels around and on the focused element change when it loses
 * focus, against its perimeter: computed styles can differ while a later
 * rule paints over the ring, so this looks at the screen. Leaves focus where it was.
 */
async function ringPixels(page: Page): Promise<{ changed: number; perimeter: number } | null> {
  const handle = await page.evaluateHandle(() => document.activeElement as HTMLElement);
  const stillFocused = () => handle.evaluate((element) => element === document.activeElement);
  const box = await handle.evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  const margin = 8;
  const clip = {
    x: Math.max(0, box.x - margin),
    y: Math.max(0, box.y - margin),
    width: box.width + margin * 2,
    height: box.height + margin * 2,
  };
  const focused = PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
  // The app moved focus meanwhile (a screen focusing its heading): no verdict this time.
  if (!(await stillFocused())) return null;
  await handle.evaluate((element) => element.blur());
  const resting = PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
  // Focus() after keyboard use keeps :focus-visible; the next Tab continues from here.
  await handle.evaluate((element) => element.focus());
  let changed = 0;
  for (let index = 0; index < focused.data.length; index += 4) {
    const delta = [0, 1, 2].reduce(
      (sum, channel) =>
        sum + Math.abs((focused.data[index + channel] ?? 0) - (resting.data[index + channel] ?? 0)),
      0,
    );
    if (delta > 60) changed += 1;
  }
  return { changed, perimeter: 2 * (box.width + box.height) };
}

/**
 * Presses Tab (only Tab) until the focused element matches `selector`,
 * checking the focus ring of every element passed on the way: its styles on
 * each, and on the screen once per kind of element.
 */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  const seen = new Set<string>();
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    if (ring.tag !== 'body') {
      expect(ring, `focus ring on ${ring.tag}`).toMatchObject({ visible: true, differs: true });
      expect(ring.contrast, `focus ring contrast on ${ring.tag}`).toBeGreaterThanOrEqual(3);
      const kind = await page.evaluate(
        () => `${document.activeElement?.tagName} ${document.activeElement?.className}`,
      );
      const pixels = seen.has(kind) ? null : await ringPixels(page);
      if (pixels) {
        seen.add(kind);
        // At least a 2 px ring all the way round.
        expect(pixels.changed, `focus ring on screen for ${kind}`).toBeGreaterThanOrEqual(
          pixels.perimeter * 2,
        );
      }
    }
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the journeys work with the keyboard alone, focus always visible (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openHelp(page, 'en');

    // The exit is the first thing Tab reaches.
    await tabTo(page, '[data-quick-exit]', 1);

    await tabTo(page, '[data-action="change-region"]');
    await page.keyboard.press('Enter');
    // The new screen takes focus to its title, so a screen reader starts there.
    await expect(page.locator('[data-screen="regions"] h1')).toBeFocused();
    // Among 171 places a keyboard user searches first, as anyone would.
    await tabTo(page, '[data-screen="regions"] input[type="search"]');
    await page.keyboard.type('gb');
    await tabTo(page, '[data-region-option="gb"]');
    await page.keyboard.press('Space');
    await expect(page.locator(gbHotline)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-region', 'gb');

    await tabTo(page, 'nav [data-action="articles"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-article]').first()).toBeVisible();
    await tabTo(page, '[data-article]');
    const slug = await page.evaluate(() => document.activeElement?.getAttribute('data-article'));
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-screen="article"] h1')).toBeFocused();
    await tabTo(page, '[data-screen="article"] [data-action="back"]');
    await page.keyboard.press('Space');
    // Back on the list, on the article just read.
    await expect(page.locator(`[data-article="${slug}"]`)).toBeFocused();

    await tabTo(page, 'nav [data-action="settings"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-screen="settings"]')).toBeVisible();
    const other = await page.evaluate(
      () =>
        document
          .querySelector('[data-lang][aria-pressed="false"][data-lang="ar"]')
          ?.getAttribute('data-lang') ??
        document.querySelector('[data-lang][aria-pressed="false"]')?.getAttribute('data-lang') ??
        null,
    );
    if (other) {
      await tabTo(page, `[data-lang="${other}"]`);
      await page.keyboard.press('Space');
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    } else {
      test.info().annotations.push({
        type: 'note',
        description:
          'only one interface language is built: the language step had nothing to switch to',
      });
    }

    // And out, from the keyboard: back to the exit (first in order) and Enter.
    await page.locator('body').focus();
    await page.evaluate(() => window.scrollTo(0, 0));
    await tabTo(page, '[data-quick-exit]');
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/'),
      page.keyboard.press('Enter'),
    ]);
    await expect(page.locator(anyHotline)).toHaveCount(0);
  });
}

test('reduced motion: nothing moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const moving = () =>
    page.evaluate(() => {
      const seconds = (value: string) =>
        value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1));
      const found: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const animated =
          style.animationName !== 'none' && seconds(style.animationDuration).some((s) => s > 0);
        const transitioned = seconds(style.transitionDuration).some((s) => s > 0);
        if (animated || transitioned) found.push(`${element.tagName} ${element.className}`);
      }
      if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
        found.push('html smooth scroll');
      found.push(...document.getAnimations().map((animation) => `animation ${animation.id}`));
      return found;
    });
  await openHelp(page, 'en');
  await waitForServiceWorker(page);
  await expect(page.locator('[data-sw="offline-ready"]')).toBeVisible();
  expect(await moving()).toEqual([]);
  for (const action of ['articles', 'scan', 'settings']) {
    await page.locator(`nav [data-action="${action}"]`).click();
    await expect(page.locator(`[data-screen="${action}"]`)).toBeVisible();
    expect(await moving()).toEqual([]);
  }
  for (const cover of covers) {
    await page.goto(`/${cover}.html`);
    await expect(page.locator(`[data-cover="${cover}"]`)).toBeVisible();
    expect(await moving()).toEqual([]);
  }
});

test('dark mode: the page turns dark, and back', async ({ page }) => {
  const colours = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      const card = document.querySelector('.card');
      return {
        background: style.backgroundColor,
        text: style.color,
        card: card ? getComputedStyle(card).backgroundColor : '',
      };
    });
  const brightness = (color: string) =>
    (color.match(/[\d.]+/g) ?? []).slice(0, 3).reduce((sum, value) => sum + Number(value), 0);

  await page.emulateMedia({ colorScheme: 'light' });
  await openHelp(page, 'en');
  const light = await colours();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  expect(brightness(dark.background)).toBeLessThan(brightness(light.background) / 3);
  expect(brightness(dark.text)).toBeGreaterThan(brightness(light.text) * 3);
  expect(brightness(dark.card)).toBeLessThan(brightness(light.card) / 3);
});

/** The regions whose numbers are longest (hardest to fit), and the default one. */
function regionsWithLongestNumbers(count: number): string[] {
  const folder = join(root, 'src', 'generated', 'regions');
  const longest = readdirSync(folder)
    .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as RegionPack)
    .map((pack) => ({
      code: pack.code,
      length: Math.max(
        ...pack.hotlines.map((line) => Math.max(line.phone.length, line.sms?.number.length ?? 0)),
      ),
    }))
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .map((pack) => pack.code);
  return [...new Set(['us', ...longest])];
}

// Every language the app speaks (issue 13, item 6): long words and tall scripts at 200 %.
const zoomCases = [
  ...regionsWithLongestNumbers(3).map((region) => ({ region, lang: 'en' })),
  ...allLanguages
    .map((language) => language.code)
    .filter((lang) => lang !== 'en')
    .map((lang) => ({ region: 'us', lang })),
];

/** Whether the page scrolls sideways, as "scrollWidth > clientWidth" of the whole document. */
async function sidewaysOverflow(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
}

for (const { region, lang } of zoomCases) {
  test(`200 % text on a 320 px screen: no sideways scroll on the hotlines, an article and a card; every number can be tapped (${region}, ${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openHelp(page, lang, `?r=${region}`);
    // CSSOM, not a <style>: the CSP allows no inline style sheets.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    // With the offline notice up (it sits in the flow): it must push, never cover.
    await waitForServiceWorker(page);
    const overflow = await sidewaysOverflow(page);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);

    const links = page.locator(`${appHotline}, #root a[href^="sms:"]`);
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const link = links.nth(index);
      await link.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const box = await link.boundingBox();
      expect(box).not.toBeNull();
      if (!box) continue;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      // Nothing (the sticky header, the bottom bar) lies over the middle of the link.
      const onTop = await link.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
        return hit !== null && element.contains(hit);
      });
      expect(onTop, `link ${index} is covered`).toBe(true);
    }
    // The bottom bar's buttons are whole, not cut off at the screen's edge.
    for (const box of await page.locator('nav button').evaluateAll((buttons) =>
      buttons.map((button) => {
        const rect = button.getBoundingClientRect();
        return {
          left: rect.left,
          right: rect.right,
          clipped: button.scrollWidth > button.clientWidth,
        };
      }),
    )) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
      expect(box.clipped).toBe(false);
    }
    await expect(page.locator('[data-quick-exit]')).toBeInViewport();

    // An article and a card: the longest words a language has are in their text.
    await page.locator('[data-action="articles"]').click();
    await page.locator('[data-article]').first().click();
    await expect(page.locator('[data-screen="article"]')).toBeVisible();
    const article = await sidewaysOverflow(page);
    expect(article.scroll, 'article').toBeLessThanOrEqual(article.client);
    await page.locator('[data-action="hotlines"]').click();
    await page.locator('[data-action="show-cards"]').click();
    await page.locator('[data-card-id]').first().click();
    await expect(page.locator('[data-screen="card"]')).toBeVisible();
    const card = await sidewaysOverflow(page);
    expect(card.scroll, 'card').toBeLessThanOrEqual(card.client);
  });
}

/** Buttons, links and choices smaller than 44 × 44 CSS px (inline links in text are exempt). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], [role="button"], input[type="file"], label:has(> input[type="radio"])',
    );
    const small: string[] = [];
    for (const target of targets) {
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (target.closest('[hidden], .visually-hidden')) continue;
      const inline =
        target.tagName === 'A' &&
        getComputedStyle(target).display === 'inline' &&
        target.closest('p, li') !== null;
      if (inline) continue;
      if (rect.width < 44 || rect.height < 44) {
        const name = target.getAttribute('data-action') ?? target.textContent?.trim().slice(0, 30);
        small.push(
          `${target.tagName.toLowerCase()} "${name}" ${rect.width.toFixed(0)}×${rect.height.toFixed(0)}`,
        );
      }
    }
    return small;
  });
}

test('every button and link is at least 44 × 44 CSS px, on every screen', async ({ page }) => {
  // Every screen, and the place picker's 171 buttons each measured: more than a minute under load.
  test.slow();
  await page.setViewportSize({ width: 360, height: 740 });
  const small: string[] = [];
  const check = async (label: string) =>
    small.push(...(await smallTargets(page)).map((target) => `${label}: ${target}`));

  await page.goto('/?r=xx');
  await expect(page.locator('[data-notice]')).toBeVisible();
  await expect(page.locator('[data-setup]')).toBeVisible();
  await waitForServiceWorker(page);
  await expect(page.locator('[data-sw="offline-ready"]')).toBeVisible();
  await check('hotlines');
  await page.locator('[data-action="show-cards"]').click();
  await expect(page.locator('[data-card-id]').first()).toBeVisible();
  await check('card list');
  await page.locator('[data-card-id]').first().click();
  await expect(page.locator('[data-screen="card"]')).toBeVisible();
  await check('card');
  await page.locator('[data-action="close-card"]').click();
  await page.locator('[data-action="change-region"]').click();
  await check('regions');
  await page.locator('[data-region-option="us"]').click();
  await expect(page.locator(usHotline)).toBeVisible();
  await page.locator('[data-action="articles"]').click();
  await expect(page.locator('[data-article]').first()).toBeVisible();
  await check('articles');
  await page.locator('[data-article]').first().click();
  await check('article');
  await page.locator('[data-action="scan"]').click();
  await expect(page.locator('[data-camera="failed"]')).toBeVisible();
  await check('scan');
  await page.locator('[data-action="settings"]').click();
  await expect(page.locator('[data-screen="settings"]')).toBeVisible();
  await check('settings');
  for (const cover of covers) {
    await page.goto(`/${cover}.html`);
    await expect(page.locator(`[data-cover="${cover}"]`)).toBeVisible();
    await check(cover);
  }
  expect(small).toEqual([]);
});
