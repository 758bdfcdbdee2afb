import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkArticles,
  checkCardReviewRecords,
  checkLocales,
  checkReviewRecords,
} from '../../scripts/i18n/check-locales';

const root = join(import.meta.dirname, '..', '..');

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-i18n-'));
  mkdirSync(join(dir, 'en'));
  mkdirSync(join(dir, 'fr'));
  mkdirSync(join(dir, 'ar'));
  writeFileSync(
    join(dir, 'en', 'x.json'),
    JSON.stringify({
      hello: 'Hello {{name}}',
      nested: { bye: 'Bye' },
      item_one: '{{count}} item',
      item_other: '{{count}} items',
    }),
  );
  writeFileSync(
    join(dir, 'fr', 'x.json'),
    JSON.stringify({
      _meta: { reviewedByNativeSpeaker: false },
      hello: 'Bonjour {{name}}',
      nested: { bye: 'Au revoir' },
      item_one: '{{count}} élément',
      item_many: '{{count}} d’éléments',
      item_other: '{{count}} éléments',
    }),
  );
  return dir;
}

describe('i18n completeness check', () => {
  it('passes a complete language, with its own plural forms', () => {
    const dir = fixture();
    writeFileSync(
      join(dir, 'ar', 'x.json'),
      JSON.stringify({
        hello: 'مرحبا {{name}}',
        nested: { bye: 'وداعا' },
        ...Object.fromEntries(
          ['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => [
            `item_${c}`,
            `{{count}} ${c}`,
          ]),
        ),
      }),
    );
    expect(checkLocales(dir, dir)).toEqual([]);
  });

  it('names the file and key of each problem', () => {
    const dir = fixture();
    writeFileSync(
      join(dir, 'ar', 'x.json'),
      JSON.stringify({ hello: 'مرحبا', nested: { bye: '' }, extra: 'x', item_other: '{{count}}' }),
    );
    const errors = checkLocales(dir, dir);
    expect(errors).toContain('ar/x.json: hello: placeholders {} differ from English {name}');
    expect(errors).toContain('ar/x.json: nested.bye: empty');
    expect(errors).toContain('ar/x.json: extra: not in English (extra key)');
    expect(errors).toContain('ar/x.json: item_few: missing');
  });

  it('lets a language use a placeholder twice, but not drop or rename one', () => {
    const dir = fixture();
    writeFileSync(
      join(dir, 'ar', 'x.json'),
      JSON.stringify({ hello: '{{name}} مرحبا {{name}}', nested: { bye: 'x' }, item_other: 'x' }),
    );
    const errors = checkLocales(dir, dir).filter((error) => error.includes(': hello: '));
    expect(errors).toEqual([]);
    writeFileSync(
      join(dir, 'ar', 'x.json'),
      JSON.stringify({ hello: '{{nom}} مرحبا', nested: { bye: 'x' }, item_other: 'x' }),
    );
    expect(checkLocales(dir, dir)).toContain(
      'ar/x.json: hello: placeholders {nom} differ from English {name}',
    );
  });

  it('accepts a REVIEW.md record beside the words, but no other stray file', () => {
    const dir = fixture();
    writeFileSync(
      join(dir, 'ar', 'x.json'),
      JSON.stringify({
        hello: 'مرحبا {{name}}',
        nested: { bye: 'وداعا' },
        ...Object.fromEntries(
          ['zero', 'one', 'two', 'few', 'many', 'other'].map((c) => [
            `item_${c}`,
            `{{count}} ${c}`,
          ]),
        ),
      }),
    );
    writeFileSync(join(dir, 'ar', 'REVIEW.md'), '# Review\n');
    writeFileSync(join(dir, 'ar', 'notes.md'), '');
    expect(checkLocales(dir, dir)).toEqual(['ar/notes.md: (file): no English original']);
  });

  it('requires every English article in every interface language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-articles-'));
    mkdirSync(join(dir, 'en'));
    mkdirSync(join(dir, 'es'));
    writeFileSync(join(dir, 'en', 'a.md'), '');
    writeFileSync(join(dir, 'en', 'b.md'), '');
    writeFileSync(join(dir, 'es', 'a.md'), '');
    expect(checkArticles(dir, ['en', 'es'], dir)).toEqual(['es/b.md: (file): article missing']);
  });

  it('npm run i18n:check fails on a planted missing key in the real locales', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-locales-'));
    cpSync(join(root, 'src/locales'), dir, { recursive: true });
    const english = JSON.parse(readFileSync(join(dir, 'en', 'common.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    // A language that is a complete copy of English, then a key English gains: the copy lacks it.
    cpSync(join(dir, 'en'), join(dir, 'zz-test'), { recursive: true });
    writeFileSync(
      join(dir, 'en', 'common.json'),
      JSON.stringify({ ...english, plantedKey: 'Planted' }),
    );
    const run = (locales: string) =>
      spawnSync(
        'npx',
        ['tsx', 'scripts/i18n-check.ts', '--locales', locales, '--articles', join(dir, 'none')],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('zz-test/common.json: plantedKey: missing');
    // It spawns tsx: on a shared, loaded machine that alone can pass vitest's 5 s default.
  }, 60_000);
});

describe('numbers written into a translation', () => {
  function withArabic(item: string) {
    const dir = fixture();
    writeFileSync(
      join(dir, 'en', 'y.json'),
      JSON.stringify({ age: 'Under 18', minutes_other: '{{count}} minutes' }),
    );
    writeFileSync(
      join(dir, 'fr', 'y.json'),
      JSON.stringify({
        age: 'Moins de 18 ans',
        minutes_one: '{{count}} minute',
        minutes_many: '{{count}} minutes',
        minutes_other: '{{count}} minutes',
      }),
    );
    writeFileSync(
      join(dir, 'ar', 'y.json'),
      JSON.stringify({
        age: 'أقل من ١٨',
        ...Object.fromEntries(
          ['zero', 'one', 'few', 'many', 'other'].map((c) => [`minutes_${c}`, `{{count}} دقائق`]),
        ),
        minutes_two: item,
      }),
    );
    return checkLocales(dir, dir).filter((error) => error.startsWith('ar/y.json'));
  }

  it('accepts the English numbers in another script’s digits', () => {
    expect(withArabic('دقيقتان')).toEqual([]);
  });

  it('refuses a count written into a plural form ("2 دقيقتان")', () => {
    expect(withArabic('2 دقيقتان')).toEqual([
      'ar/y.json: minutes_two: the number 2 is not in the English text',
    ]);
    expect(withArabic('٢ دقيقتان')).toEqual([
      'ar/y.json: minutes_two: the number 2 is not in the English text',
    ]);
  });
});

describe('review records', () => {
  const complete = [
    '# French (fr): review record',
    '',
    '- **Date:** 2026-11-30',
    '- **Method:** second-reader back-translation, file by file.',
    '',
    '## What was fixed (0)',
  ].join('\n');

  it('passes a language whose second reading is recorded', () => {
    const dir = fixture();
    writeFileSync(join(dir, 'fr', 'REVIEW.md'), complete);
    writeFileSync(join(dir, 'ar', 'REVIEW.md'), complete);
    expect(checkReviewRecords(dir, dir)).toEqual([]);
  });

  it('fails a language with no record, and a draft whose second reading is pending', () => {
    const dir = fixture();
    writeFileSync(
      join(dir, 'fr', 'REVIEW.md'),
      '- **Date:** 2026-11-30\n- **Method:** machine-assisted draft; second reading pending.\n',
    );
    expect(checkReviewRecords(dir, dir)).toEqual([
      'ar/REVIEW.md: (file): missing — no record of a second reading for ar',
      'fr/REVIEW.md: Method: missing a "- **Method:**" line naming the back-translation',
      'fr/REVIEW.md: What was fixed: missing the "## What was fixed" section',
    ]);
  });

  it('holds for every language shipped today', () => {
    expect(checkReviewRecords(join(root, 'src', 'locales'), root)).toEqual([]);
  });

  it('asks a cards-only language for its record beside the cards, and not an interface language', () => {
    const cards = mkdtempSync(join(tmpdir(), 'lantern-cards-'));
    for (const lang of ['en', 'fr', 'af', 'nl']) writeFileSync(join(cards, `${lang}.json`), '{}');
    mkdirSync(join(cards, 'reviews'));
    writeFileSync(join(cards, 'reviews', 'af.md'), complete);
    expect(checkCardReviewRecords(cards, ['en', 'fr'], cards)).toEqual([
      'reviews/nl.md: (file): missing — no record of a second reading for the nl cards',
    ]);
  });
});
