/// <reference types="node" />
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test builds all content, 171 region packs included, in a copy.
vi.setConfig({ testTimeout: 60_000 });
import { buildContent, formatIssue, type BuildResult } from '../../scripts/build-content';
import { CardBundleSchema } from '../../src/core/content-schema';
import { languageCodeOf } from '../../src/core/languages';

const realContent = fileURLToPath(new URL('../../content', import.meta.url));

let work: string;
let content: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lantern-cards-'));
  content = join(work, 'content');
  out = join(work, 'generated');
  cpSync(realContent, content, { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function build(write = false): BuildResult {
  return buildContent({ contentDir: content, outDir: out, today: '2026-11-25', write });
}

function cardErrors(result: BuildResult): string[] {
  return result.errors
    .filter((issue) => issue.file.startsWith('cards'))
    .map((issue) => formatIssue(issue));
}

/** Replaces `find` (which must occur) in a cards file. */
function edit(lang: string, find: string, replace: string): void {
  const path = join(content, 'cards', `${lang}.json`);
  const before = readFileSync(path, 'utf8');
  expect(before, `cards/${lang}.json should contain ${find}`).toContain(find);
  writeFileSync(path, before.replace(find, replace));
}

function lineOf(lang: string, mark: string): number {
  const text = readFileSync(join(content, 'cards', `${lang}.json`), 'utf8');
  return text.slice(0, text.indexOf(mark)).split('\n').length;
}

describe('cards in the content build', () => {
  it('builds the real cards: one bundle per language, in the English order', () => {
    const result = build(true);
    expect(cardErrors(result)).toEqual([]);
    expect(result.stats.cardLanguages).toEqual(
      expect.arrayContaining([
        'en',
        'es',
        'ar',
        'zh',
        'zh-Hant',
        'my',
        'sw',
        'de',
        'it',
        'th',
        'af',
      ]),
    );
    // Region languages with no card texts yet (shown in English): read from the packs and the
    // card files themselves, so a language that gains its cards leaves the list.
    const cardFiles = readdirSync(join(realContent, 'cards')).map((name) =>
      name.replace(/\.json$/, ''),
    );
    const packLanguages = new Set(
      readdirSync(join(realContent, 'regions'))
        .filter((name) => name.endsWith('.json'))
        .flatMap(
          (name) =>
            (
              JSON.parse(readFileSync(join(realContent, 'regions', name), 'utf8')) as {
                languages: string[];
              }
            ).languages,
        ),
    );
    // Filipino (fil) is written as Tagalog: the language code the app uses decides.
    const withoutCards = [...packLanguages]
      .filter((lang) => !cardFiles.includes(languageCodeOf(lang)))
      .sort();
    expect(withoutCards.length).toBeGreaterThan(0);
    expect(result.stats.cardFallbacks).toEqual(withoutCards);
    const en = v.parse(
      CardBundleSchema,
      JSON.parse(readFileSync(join(out, 'cards/en.json'), 'utf8')),
    );
    const de = v.parse(
      CardBundleSchema,
      JSON.parse(readFileSync(join(out, 'cards/de.json'), 'utf8')),
    );
    expect(de.cards.map((card) => card.id)).toEqual(en.cards.map((card) => card.id));
    expect(de.whatToSay.map((line) => line.id)).toEqual(en.whatToSay.map((line) => line.id));
    expect(en.firstText).toBe('Hello. I need to talk. I can only text.');
  });

  it('reports a missing card id, an extra one, and missing lines', () => {
    edit('fr', '"papers"', '"passport"');
    const errors = cardErrors(build());
    expect(errors).toContain(
      `cards/fr.json:${lineOf('fr', '"passport"')}: cards.passport: not in cards/en.json (every language has the same ids)`,
    );
    expect(errors).toContain(
      `cards/fr.json:${lineOf('fr', '"cards"')}: cards.papers: missing (every language has the same ids as cards/en.json)`,
    );
  });

  it('reports placeholders that differ from English, stray braces and typed numbers', () => {
    edit('es', 'llame al {{number}}', 'llame al {{numero}}');
    edit('it', 'Non parlo {{theirLanguage}}', 'Non parlo {theirLanguage}');
    edit('de', 'Jemand hat meinen Pass', 'Rufen Sie 0800 111 0550 an. Jemand hat meinen Pass');
    const errors = cardErrors(build());
    expect(errors).toContain(
      `cards/es.json:${lineOf('es', '{{numero}}')}: cards.call: placeholders {{numero}} differ from the English {{number}}`,
    );
    expect(errors).toContain(
      `cards/it.json:${lineOf('it', '{theirLanguage}')}: cards.language: stray braces; placeholders are written {{name}}`,
    );
    expect(errors).toContain(
      `cards/de.json:${lineOf('de', '0800')}: cards.papers: looks like a phone number ("0800 111 0550"); use {{number}}, the region pack holds numbers`,
    );
  });

  it('rejects empty text, unknown fields and a placeholder the app cannot fill', () => {
    edit(
      'vi',
      '"firstText": "Xin chào. Tôi cần nói chuyện. Tôi chỉ có thể nhắn tin."',
      '"firstText": "  "',
    );
    edit('sw', '"firstText"', '"note": "x",\n  "firstText"');
    edit('en', 'Please call {{number}}', 'Please call {{hotline}}');
    const errors = cardErrors(build());
    expect(errors).toContain(
      `cards/vi.json:${lineOf('vi', '"firstText"')}: firstText must not be empty`,
    );
    expect(errors).toContain(`cards/sw.json:${lineOf('sw', '"note"')}: unknown field "note"`);
    expect(errors).toContain(
      `cards/en.json:${lineOf('en', '{{hotline}}')}: cards.call: unknown placeholder {{hotline}} (use {{number}}, {{theirLanguage}}, {{myLanguage}})`,
    );
  });

  it('needs cards for every interface language, and English above all', () => {
    rmSync(join(content, 'cards', 'sw.json'));
    expect(cardErrors(build())).toEqual([
      'cards/sw.json:1: missing: every interface language needs its cards',
    ]);
    rmSync(join(content, 'cards', 'en.json'));
    expect(cardErrors(build())).toContain('cards/en.json:1: the English cards are missing');
  });

  it('writes nothing when a card is wrong', () => {
    edit('ar', '{{number}}', '{{number}} {{number}}');
    const result = build(true);
    expect(cardErrors(result).length).toBe(1);
    expect(result.stats.bytesWritten).toBe(0);
  });
});
