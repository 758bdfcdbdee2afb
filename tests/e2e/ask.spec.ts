/**
 * Ask without speaking on the built app in Chromium, offline: from the UK's
 * Help screen in English, the person answers in their own language (Tagalog,
 * then Arabic, right to left), the helper reads an English summary with the
 * indicators and the UK's referral numbers as tel: links; Shift ×3 leaves
 * nothing of the answers in the DOM, storage or the history, and the app
 * opens again on the Help screen. Axe on the language grid, a question and
 * the summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AskSetsSource } from '../../src/core/ask-schema';
import type { RegionPack } from '../../src/core/content-types';
import { telHref } from '../../src/core/dial-links';
import { test, expect, waitForServiceWorker, appHotline } from './support/browser';

const root = join(import.meta.dirname, '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const sets = readJson<AskSetsSource>('content/ask/sets.json');
const questions = (lang: string) =>
  readJson<Record<'adult' | 'child', Record<string, string>>>(`content/ask/${lang}.json`);
const englishWords = readJson<{
  indicator: Record<string, string>;
  summary: { notDiagnosis: string };
}>('src/locales/en/ask.json');
const gb = readJson<RegionPack>('src/generated/regions/gb.json');
const gbReferral = gb.hotlines.filter(
  (hotline) =>
    ['trafficking', 'child', 'emergency'].includes(hotline.purpose) && hotline.call !== false,
);

/** Opens the UK's Help screen, lets the worker precache everything, then goes offline. */
async function openOffline(page: Page): Promise<void> {
  await page.goto('/?r=gb');
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.goto('/?r=gb');
  await expect(page.locator(appHotline).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** Everything the page keeps: IndexedDB (every store of every database), local and session storage. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
    ];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAllKeys();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(JSON.stringify({ db: info.name, name, keys, all }));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

for (const { lang, dir } of [
  { lang: 'tl', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
] as const) {
  test(`offline, from /?r=gb in English: the person answers in ${lang}, the summary is English, Shift ×3 leaves nothing`, async ({
    page,
  }) => {
    await openOffline(page);
    const historyBefore = await page.evaluate(() => history.length);

    await page.locator('[data-action="ask"]').click();
    const choice = page.locator(`[data-ask-language="${lang}"]`);
    await expect(choice).toHaveAttribute('lang', lang);
    await choice.click();

    const own = questions(lang).adult;
    const order = sets.adult.questions.map((question) => question.id);
    for (const [index, id] of order.entries()) {
      const question = page.locator('[data-question]');
      await expect(question).toHaveAttribute('data-question', id);
      await expect(question).toHaveAttribute('lang', lang);
      await expect(question).toHaveAttribute('dir', dir);
      await expect(question).toHaveText(own[id] ?? '');
      await expect(page.locator('[data-screen="ask-question"]')).toHaveAttribute('lang', lang);
      // The interface around the question stays the helper's: the page is still English.
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect(index).toBeLessThan(12);
      await page.locator('[data-answer="yes"]').click();
    }
    await page.locator('[data-action="ask-summary"]').click();

    const summary = page.locator('[data-summary]');
    await expect(summary).toBeVisible();
    const english = questions('en').adult;
    await expect(summary.locator('[data-answer-of] > p:first-child')).toHaveText(
      order.map((id) => english[id] ?? ''),
    );
    await expect(summary.locator('[data-given="yes"]')).toHaveCount(order.length);
    await expect(summary).toContainText(englishWords.summary.notDiagnosis);
    // Every "yes": all eleven ILO indicators, by their English names.
    await expect(summary.locator('[data-indicator]')).toHaveText(
      sets.adult.indicators.map((id) => englishWords.indicator[id] ?? ''),
    );
    expect(gbReferral.length).toBeGreaterThanOrEqual(3);
    for (const hotline of gbReferral) {
      await expect(summary.locator(`a[href="${telHref(hotline)}"]`)).toBeVisible();
    }
    const answerText = own[order[0] ?? ''] ?? '';
    expect(await page.evaluate(() => location.search + location.hash)).toBe('');

    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page.locator('[data-cover]')).toBeVisible();
    await expect(page.locator('[data-summary], [data-question], [data-answer-of]')).toHaveCount(0);
    const dom = await page.evaluate(() => document.documentElement.outerHTML);
    for (const id of order) {
      expect(dom).not.toContain(english[id]);
      expect(dom).not.toContain(own[id]);
    }
    expect(dom).not.toContain(englishWords.indicator['debt-bondage']);
    const stored = await storedText(page);
    for (const text of [answerText, english[order[0] ?? ''] ?? '', 'debt-bondage', '"yes"']) {
      expect(stored).not.toContain(text);
    }
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    // Opening the app again (offline still): the Help screen, nothing of the questions.
    await page.goto('/');
    await expect(page.locator('[data-screen="hotlines"]')).toBeVisible();
    await expect(page.locator('[data-summary], [data-question], [data-screen="ask"]')).toHaveCount(
      0,
    );
  });
}

test('a reload in the middle of the questions shows the Help screen, with nothing kept', async ({
  page,
}) => {
  await openOffline(page);
  await page.locator('[data-action="ask"]').click();
  await page.locator('[data-ask-language="es"]').click();
  await page.locator('[data-answer="yes"]').click();
  await expect(page.locator('[data-question]')).toHaveAttribute(
    'data-question',
    sets.adult.questions[1]?.id ?? '',
  );
  expect(await page.evaluate(() => location.search + location.hash)).toBe('');
  await page.reload();
  await expect(page.locator('[data-screen="hotlines"]')).toBeVisible();
  await expect(page.locator('[data-question], [data-summary]')).toHaveCount(0);
});

test('the exit button in the middle of the questions leaves nothing, and no history', async ({
  page,
}) => {
  await openOffline(page);
  const historyBefore = await page.evaluate(() => history.length);
  await page.locator('[data-action="ask"]').click();
  await page.locator('[data-ask-language="tl"]').click();
  await page.locator('[data-answer="yes"]').click();
  const second = questions('tl').adult[sets.adult.questions[1]?.id ?? ''] ?? '';
  await expect(page.locator('[data-question]')).toHaveText(second);
  await page.locator('[data-quick-exit]').click();
  await expect(page.locator('[data-cover]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(second);
  await expect(page.locator('[data-question], [data-summary]')).toHaveCount(0);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});

test('Stop goes straight back to the helper, and the child set asks its own questions', async ({
  page,
}) => {
  await openOffline(page);
  await page.locator('[data-action="ask"]').click();
  await page.locator('[data-ask-set="child"]').check();
  await page.locator('[data-ask-language="fr"]').click();
  const first = sets.child.questions[0]?.id ?? '';
  await expect(page.locator('[data-question]')).toHaveText(questions('fr').child[first] ?? '');
  await page.locator('[data-answer="no"]').click();
  await page.locator('[data-action="ask-stop"]').click();
  await expect(page.locator('[data-screen="ask"] [data-ask-language]').first()).toBeVisible();
  await expect(page.locator('[data-question], [data-summary]')).toHaveCount(0);

  // A fresh start: question 1 again, nothing carried over (the helper's choice of set stays).
  await page.locator('[data-ask-language="en"]').click();
  await expect(page.locator('[data-question]')).toHaveText(questions('en').child[first] ?? '');
  await page.locator('[data-action="ask-stop"]').click();
  await page.locator('[data-ask-set="adult"]').check();
  await page.locator('[data-ask-language="en"]').click();
  await expect(page.locator('[data-question]')).toHaveAttribute(
    'data-question',
    sets.adult.questions[0]?.id ?? '',
  );
  // Skip everything: the summary says nothing was answered "yes" and names no indicator.
  for (let index = 0; index < sets.adult.questions.length; index += 1) {
    await page.locator('[data-answer="skip"]').click();
  }
  await page.locator('[data-action="ask-summary"]').click();
  await expect(page.locator('[data-summary] [data-given="skip"]')).toHaveCount(
    sets.adult.questions.length,
  );
  await expect(page.locator('[data-summary] [data-indicator]')).toHaveCount(0);

  // Leaving the screen drops the answers: coming back starts at the grid.
  await page.locator('nav [data-action="hotlines"]').dispatchEvent('click');
  await page.locator('[data-action="ask"]').click();
  await expect(page.locator('[data-ask-language]').first()).toBeVisible();
  await expect(page.locator('[data-summary]')).toHaveCount(0);
});

test('the summary shows a card to the person in their language, and comes back', async ({
  page,
}) => {
  await openOffline(page);
  await page.locator('[data-action="ask"]').click();
  await page.locator('[data-ask-language="es"]').click();
  for (let index = 0; index < sets.adult.questions.length; index += 1) {
    await page.locator('[data-answer="no"]').click();
  }
  await page.locator('[data-action="ask-summary"]').click();
  await page.locator('[data-action="ask-show-card"]').click();
  await page.locator('[data-card-id="help"]').click();
  await expect(page.locator('[data-screen="card"] [data-lang="es"]')).toBeVisible();
  await page.locator('[data-action="close-card"]').click();
  await expect(page.locator('[data-summary]')).toBeVisible();
  await expect(page.locator('[data-summary] [data-given="no"]')).toHaveCount(
    sets.adult.questions.length,
  );
});

/** Serious and critical axe findings, as "state rule: target" lines. */
async function axeProblems(page: Page, state: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${state} ${violation.id}: ${node.target.join(' ')}`),
    );
}

for (const lang of ['tl', 'ar']) {
  test(`axe finds nothing serious on the language grid, a question and the summary (${lang})`, async ({
    page,
  }) => {
    // Axe is slow on a busy machine; this says nothing about the app's speed.
    test.setTimeout(240_000);
    await page.goto('/?r=gb');
    await expect(page.locator(appHotline).first()).toBeVisible();
    const problems: string[] = [];
    await page.locator('[data-action="ask"]').click();
    await expect(page.locator('[data-ask-language]').first()).toBeVisible();
    problems.push(...(await axeProblems(page, 'language grid')));
    await page.locator(`[data-ask-language="${lang}"]`).click();
    await expect(page.locator('[data-question]')).toBeVisible();
    problems.push(...(await axeProblems(page, `question (${lang})`)));
    for (let index = 0; index < sets.adult.questions.length; index += 1) {
      await page.locator(`[data-answer="${index % 2 ? 'yes' : 'no'}"]`).click();
    }
    await expect(page.locator('[data-action="ask-summary"]')).toBeVisible();
    problems.push(...(await axeProblems(page, 'hand back')));
    await page.locator('[data-action="ask-summary"]').click();
    await expect(page.locator('[data-summary]')).toBeVisible();
    problems.push(...(await axeProblems(page, 'summary')));
    expect(problems).toEqual([]);
  });
}
