/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test copies all 171 packs and runs the whole build (libphonenumber's full metadata on
// every number), which takes several seconds on a shared machine.
vi.setConfig({ testTimeout: 60_000 });
import { buildContent, formatIssue, type BuildResult } from '../../scripts/build-content';
import {
  ArticleBundleSchema,
  HOTLINE_PURPOSES,
  RegionIndexSchema,
  RegionPackSchema,
} from '../../src/core/content-schema';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const realContent = join(repoRoot, 'content');
// The day the newest seed batch was compiled; packs carry that date or the first batch's.
const TODAY = '2026-11-30';
const COMPILE_DATES = ['2026-11-25', '2026-11-30'];

let work: string;
let content: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lantern-content-'));
  content = join(work, 'content');
  out = join(work, 'generated');
  cpSync(realContent, content, { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function build(write = false): BuildResult {
  return buildContent({ contentDir: content, outDir: out, today: TODAY, write });
}

/** Replaces `find` (which must occur) in a content file and returns the 1-based line of `mark`. */
function edit(file: string, find: string, replace: string, mark: string = replace): number {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  expect(before, `${file} should contain ${find}`).toContain(find);
  const after = before.replace(find, replace);
  writeFileSync(path, after);
  return lineOf(after, mark);
}

function lastLineOf(file: string, mark: string): number {
  const lines = readFileSync(join(content, file), 'utf8').split('\n');
  return lines.findLastIndex((l) => l.includes(mark)) + 1;
}

function lineOf(text: string, mark: string): number {
  const index = text.indexOf(mark);
  expect(index, `marker ${mark}`).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split('\n').length;
}

function messages(issues: BuildResult['errors']): string[] {
  return issues.map((issue) => formatIssue(issue));
}

describe('buildContent on the real content', () => {
  it('finds no errors and warns only about secondary sources without a date', () => {
    const result = build();
    expect(messages(result.errors)).toEqual([]);
    const warnings = messages(result.warnings);
    const undated =
      /^regions\/[a-z-]+\.json:\d+: [a-z0-9-]+: secondary source without "source_date"/;
    expect(warnings.filter((w) => !undated.test(w))).toEqual([]);
    // 169 countries, the EU and the fallback.
    expect(result.stats.regions).toBe(169 + 2);
    expect(result.stats.bytesWritten).toBe(0);
  });

  it('keeps every child-facing English article at grade 6 or below', () => {
    const { stats } = build();
    const english = stats.articles.filter((a) => a.lang === 'en');
    expect(english.length).toBeGreaterThanOrEqual(6);
    for (const article of english) {
      expect(article.grade).toBeTypeOf('number');
      if (article.audience !== 'adult') expect(article.grade ?? 99).toBeLessThanOrEqual(6);
      expect(article.words).toBeGreaterThanOrEqual(200);
      expect(article.words).toBeLessThanOrEqual(450);
    }
  });

  it('writes packs, an index and article bundles that parse with the shared schemas', () => {
    const result = build(true);
    expect(result.errors).toEqual([]);

    const regionFiles = readdirSync(join(out, 'regions')).sort();
    const sourceFiles = readdirSync(join(content, 'regions')).sort();
    expect(regionFiles).toEqual(sourceFiles);
    expect(regionFiles).toContain('zz.json');
    expect(regionFiles).toContain('eu.json');

    let bytes = 0;
    for (const name of regionFiles) {
      const json = readFileSync(join(out, 'regions', name), 'utf8');
      bytes += Buffer.byteLength(json);
      const pack = v.parse(RegionPackSchema, JSON.parse(json));
      const order = pack.hotlines.map((h) => HOTLINE_PURPOSES.indexOf(h.purpose));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(pack.hotlines.map((h) => h.id)).size).toBe(pack.hotlines.length);
      for (const hotline of pack.hotlines) {
        expect(hotline.phone).toMatch(/^(\+[1-9]\d{6,14}|\d{2,6})$/);
        // A two-digit code is never a tel: link: it is shown as digits to dial.
        if (/^\d{2}$/.test(hotline.phone)) {
          expect(hotline).toMatchObject({ dial: hotline.phone, call: false });
        }
        expect(hotline.source).toMatch(/^https?:\/\//);
        // Reviewers' second sources stay in content/; no screen shows them.
        expect(hotline).not.toHaveProperty('second_source');
        expect(COMPILE_DATES).toContain(hotline.verified);
      }
    }

    const indexJson = readFileSync(join(out, 'region-index.json'), 'utf8');
    bytes += Buffer.byteLength(indexJson);
    const index = v.parse(RegionIndexSchema, JSON.parse(indexJson));
    expect(index.map((entry) => entry.name)).toEqual(
      [...index.map((entry) => entry.name)].sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(index.find((entry) => entry.code === 'gb')).toEqual({
      code: 'gb',
      name: 'United Kingdom',
      country: 'GB',
      hotlineCount: 5,
    });

    // The entry's boot list names exactly the packs written, as one short string.
    const codesJson = readFileSync(join(out, 'content-codes.json'), 'utf8');
    bytes += Buffer.byteLength(codesJson);
    const codes = v.parse(
      v.strictObject({ regions: v.string(), cards: v.string() }),
      JSON.parse(codesJson),
    );
    expect(codes.regions.split(' ')).toEqual(index.map((entry) => entry.code).sort());
    expect(codes.cards.split(' ')).toEqual(
      readdirSync(join(out, 'cards'))
        .map((name) => name.replace(/\.json$/, ''))
        .sort(),
    );

    const bundleJson = readFileSync(join(out, 'articles', 'en.json'), 'utf8');
    for (const name of readdirSync(join(out, 'articles'))) {
      bytes += Buffer.byteLength(readFileSync(join(out, 'articles', name), 'utf8'));
    }
    const bundle = v.parse(ArticleBundleSchema, JSON.parse(bundleJson));
    expect(bundle.lang).toBe('en');
    expect(bundle.articles.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bundleJson).not.toMatch(/<[a-z]/i);

    for (const name of readdirSync(join(out, 'cards'))) {
      bytes += Buffer.byteLength(readFileSync(join(out, 'cards', name), 'utf8'));
    }
    for (const name of readdirSync(join(out, 'ask'))) {
      bytes += Buffer.byteLength(readFileSync(join(out, 'ask', name), 'utf8'));
    }
    bytes += Buffer.byteLength(readFileSync(join(out, 'ask-sets.json'), 'utf8'));
    expect(result.stats.bytesWritten).toBe(bytes);
  });

  it('removes a generated pack whose source was deleted', () => {
    build(true);
    rmSync(join(content, 'regions', 'th.json'));
    expect(build(true).errors).toEqual([]);
    expect(readdirSync(join(out, 'regions'))).not.toContain('th.json');
  });
});

describe('buildContent on broken region packs', () => {
  it('rejects a number libphonenumber says is invalid', () => {
    const line = edit('regions/gb.json', '"+448000121700"', '"+44000000000"');
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: gb-modern-slavery-helpline: phone +44000000000 is not a valid phone number`,
    ]);
  });

  it('rejects an E.164 number from another country', () => {
    const line = edit('regions/gb.json', '"+448000121700"', '"+18883737888"');
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: gb-modern-slavery-helpline: phone +18883737888 is not a GB number (those start +44)`,
    ]);
  });

  it('rejects a dial string that is neither E.164 nor a 2–6 digit short code', () => {
    const line = edit('regions/fr.json', '"phone": "112"', '"phone": "1"');
    expect(messages(build().errors)).toEqual([
      `regions/fr.json:${line}: fr-emergency-112: phone must be E.164 ("+" and digits) or a short code of 2–6 digits (got "1")`,
    ]);
  });

  it('rejects a two-digit code offered as a tel: link', () => {
    const line = edit('regions/fr.json', '"phone": "112"', '"phone": "17"');
    expect(messages(build().errors)).toEqual([
      `regions/fr.json:${line}: fr-emergency-112: two-digit code 17 can't be a tel: link; write it in "dial" with "call": false`,
    ]);
  });

  it('accepts a two-digit code shown as digits to dial with no Call link', () => {
    edit(
      'regions/fr.json',
      '"phone": "112"',
      '"phone": "17",\n      "dial": "17",\n      "call": false',
    );
    expect(messages(build().errors)).toEqual([]);
  });

  it('rejects dial text beside a Call link, which would dial something else', () => {
    const line = edit(
      'regions/fr.json',
      '"phone": "112"',
      '"phone": "112",\n      "dial": "#112"',
      '"dial"',
    );
    expect(messages(build().errors)).toEqual([
      `regions/fr.json:${line}: fr-emergency-112: dial "#112" replaces the Call link, so "call" must be false (a tel: link would dial something else)`,
    ]);
  });

  it('rejects dial text that does not type the short code it stands for', () => {
    const line = edit(
      'regions/fr.json',
      '"phone": "112"',
      '"phone": "112",\n      "dial": "#163",\n      "call": false',
      '"dial"',
    );
    expect(messages(build().errors)).toEqual([
      `regions/fr.json:${line}: fr-emergency-112: dial "#163" does not type the phone 112`,
    ]);
  });

  it('rejects a WhatsApp number that is also the phone unless the pack says whether it takes calls', () => {
    const whatsapp = '"whatsapp": "+448000121700",';
    const line = edit(
      'regions/gb.json',
      '"hours": "24/7",',
      `"hours": "24/7",\n      ${whatsapp}`,
      whatsapp,
    );
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: gb-modern-slavery-helpline: WhatsApp number +448000121700 is also the phone: say "call": false, or "call": true only where a source says it takes voice calls`,
    ]);
    edit('regions/gb.json', whatsapp, `${whatsapp}\n      "call": true,`);
    expect(messages(build().errors)).toEqual([]);
  });

  it('warns when a secondary source has no date of its own', () => {
    const line = edit(
      'regions/gb.json',
      '"hours": "24/7",',
      '"hours": "24/7",\n      "secondary_source": true,',
      '"secondary_source"',
    );
    const result = build();
    expect(messages(result.errors)).toEqual([]);
    expect(messages(result.warnings)).toContain(
      `regions/gb.json:${line}: gb-modern-slavery-helpline: secondary source without "source_date": say how old the page is where it shows a date`,
    );
    edit(
      'regions/gb.json',
      '"secondary_source": true,',
      '"secondary_source": true,\n      "source_date": "2024-01-31",',
    );
    expect(messages(build().warnings).join('\n')).not.toMatch(
      /gb-modern-slavery-helpline: secondary source without/,
    );
  });

  it('rejects an invalid sms number', () => {
    const line = edit('regions/ca.json', '"number": "686868"', '"number": "+1686868"');
    expect(messages(build().errors)).toEqual([
      `regions/ca.json:${line}: ca-kids-help-phone: sms.number +1686868 is not a valid phone number`,
    ]);
  });

  it('rejects an entry without a source, pointing at its id', () => {
    const path = join(content, 'regions/gb.json');
    const text = readFileSync(path, 'utf8');
    const withoutSource = text.replace(/\n\s*"source": "https:\/\/en\.wikipedia\.org[^\n]*/, '');
    expect(withoutSource).not.toBe(text);
    writeFileSync(path, withoutSource);
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${lineOf(withoutSource, '"gb-childline"')}: gb-childline: missing "source"`,
    ]);
  });

  it('rejects a missing verified date and a malformed one', () => {
    const path = join(content, 'regions/ie.json');
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.includes('"verified"'));
    lines.splice(first, 1);
    lines[first - 1] = (lines[first - 1] ?? '').replace(/,$/, '');
    const second = lines.findIndex((l) => l.includes('"verified"'));
    lines[second] = (lines[second] ?? '').replace('2026-11-25', '2026-02-30');
    const broken = lines.join('\n');
    writeFileSync(path, broken);
    expect(messages(build().errors)).toEqual([
      `regions/ie.json:${lineOf(broken, '"ie-garda-confidential-line"')}: ie-garda-confidential-line: missing "verified"`,
      `regions/ie.json:${second + 1}: ie-childline: verified must be a real date written YYYY-MM-DD (got "2026-02-30")`,
    ]);
  });

  it('rejects a duplicate id', () => {
    edit('regions/gb.json', '"id": "gb-childline"', '"id": "gb-modern-slavery-helpline"');
    const line = lastLineOf('regions/gb.json', '"gb-modern-slavery-helpline"');
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: gb-modern-slavery-helpline: duplicate id "gb-modern-slavery-helpline"`,
    ]);
  });

  it('rejects a duplicate phone within a pack', () => {
    edit('regions/gb.json', '"phone": "+448088005000"', '"phone": "+448001111"');
    const line = lastLineOf('regions/gb.json', '"phone": "+448001111"');
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: gb-nspcc-helpline: duplicate phone +448001111 (also on "gb-childline")`,
    ]);
  });

  it('rejects an unknown purpose', () => {
    const line = edit('regions/gb.json', '"purpose": "trafficking"', '"purpose": "helpline"');
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: gb-modern-slavery-helpline: purpose must be one of trafficking, child, violence, migrant, emergency, other (got "helpline")`,
    ]);
  });

  it('rejects an unknown field', () => {
    const line = edit(
      'regions/gb.json',
      '"hours": "24/7",',
      '"hours": "24/7",\n      "fax": "0800",',
      '"fax"',
    );
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: gb-modern-slavery-helpline: unknown field "fax"`,
    ]);
  });

  it('rejects malformed JSON at the line where it breaks', () => {
    // The parser trips on the line after the missing comma.
    const line = edit('regions/gb.json', '"purpose": "child",', '"purpose": "child"') + 1;
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: malformed JSON: expected "," or "}" but found "\\""`,
    ]);
  });

  it('rejects a duplicate key that JSON.parse would hide', () => {
    const line = edit(
      'regions/gb.json',
      '"hours": "24/7",',
      '"hours": "24/7",\n      "hours": "9-5",',
      '"hours": "9-5"',
    );
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: malformed JSON: duplicate key "hours"`,
    ]);
  });

  it('rejects seed text marked UNVERIFIED', () => {
    const line = edit('regions/gb.json', '"hours": "24/7",', '"hours": "24/7 (UNVERIFIED)",');
    expect(messages(build().errors)).toEqual([
      `regions/gb.json:${line}: gb-modern-slavery-helpline: hours contains UNVERIFIED text, which must not ship (got "24/7 (UNVERIFIED)")`,
    ]);
  });

  it('rejects a national pack without its country and a code that does not match the file', () => {
    const countryLine = edit('regions/gb.json', '"country": "GB"', '"country": null');
    const codeLine = edit('regions/gb.json', '"code": "gb"', '"code": "uk"');
    const errors = messages(build().errors);
    expect(errors).toContain(
      `regions/gb.json:${codeLine}: code "uk" must match the file name (gb)`,
    );
    expect(errors).toContain(`regions/gb.json:${countryLine}: country must be "UK" for pack "uk"`);
    expect(errors).toContainEqual(
      expect.stringMatching(/short code 116000 needs the pack's country/),
    );
  });

  it('warns, but does not fail, on a date more than 12 months old', () => {
    const line = edit('regions/gb.json', '"verified": "2026-11-25"', '"verified": "2025-11-24"');
    const result = build();
    expect(result.errors).toEqual([]);
    expect(messages(result.warnings)).toContain(
      `regions/gb.json:${line}: gb-modern-slavery-helpline: verified 2025-11-24 is more than 12 months ago; check the number again`,
    );
    const exactlyAYear = buildContent({
      contentDir: content,
      outDir: out,
      today: '2026-11-24',
      write: false,
    });
    expect(messages(exactlyAYear.warnings).join('\n')).not.toMatch(/more than 12 months/);
  });

  it('writes nothing when there is an error', () => {
    edit('regions/gb.json', '"purpose": "trafficking"', '"purpose": "helpline"');
    const result = build(true);
    expect(result.errors).toHaveLength(1);
    expect(result.stats.bytesWritten).toBe(0);
    expect(() => readdirSync(out)).toThrow();
  });

  it('rejects a file that is not named after a region code', () => {
    writeFileSync(join(content, 'regions', 'United Kingdom.json'), '{}');
    expect(messages(build().errors)).toEqual([
      'regions/United Kingdom.json:1: a region pack must be named <region code>.json, like gb.json or us-tx.json',
    ]);
  });
});

describe('buildContent on broken articles', () => {
  const article = 'articles/en/you-are-not-in-trouble.md';

  // These break one English file; its translations would add their own (correct) complaints.
  beforeEach(() => {
    for (const lang of readdirSync(join(content, 'articles'))) {
      if (lang !== 'en') rmSync(join(content, 'articles', lang), { recursive: true });
    }
  });
  const anchor = 'They say it to keep you quiet.';

  it.each([
    ['a link', 'See [this page](https://example.org).', 'links'],
    ['a bare web address', 'See www.example.org today.', 'links'],
    ['an image', '![a picture](picture.png)', 'images'],
    ['HTML', 'Some <b>bold</b> words.', 'HTML'],
    ['inline code', 'Type `this` now.', 'inline code'],
    ['italics', 'This is *very* kind.', 'italics'],
  ])('rejects %s inside a paragraph', (_name, markdown, what) => {
    const line = edit(article, anchor, `${anchor}\n\n${markdown}`, markdown);
    expect(messages(build().errors)).toEqual([
      expect.stringMatching(new RegExp(`^${article}:${line}: unsupported Markdown: ${what}`)),
    ]);
  });

  it.each([
    ['a code block', '```\ncode\n```', 'code blocks'],
    ['a table', '| a | b |\n|---|---|\n| 1 | 2 |', 'tables'],
    ['a block quote', '> quoted', 'block quotes'],
    ['a horizontal rule', '***', 'horizontal rules'],
  ])('rejects %s', (_name, markdown, what) => {
    const line = edit(article, anchor, `${anchor}\n\n${markdown}\n`, markdown);
    expect(messages(build().errors)).toEqual([`${article}:${line}: unsupported Markdown: ${what}`]);
  });

  it('rejects a heading that is not ##', () => {
    const line = edit(article, '## Your rights', '### Your rights');
    expect(messages(build().errors)).toEqual([
      `${article}:${line}: use ## for headings (the title comes from front matter)`,
    ]);
  });

  it('rejects a nested list', () => {
    const line = edit(
      article,
      '- talk to a lawyer',
      '- talk to a lawyer\n  - a free one',
      '  - a free one',
    );
    expect(messages(build().errors)).toEqual([
      `${article}:${line}: unsupported Markdown: nested lists`,
    ]);
  });

  it('rejects a phone number in an article', () => {
    const line = edit(article, anchor, `${anchor} Call 116 111 now.`);
    expect(messages(build().errors)).toEqual([
      `${article}:${line}: looks like a phone number ("116 111"); articles must not name numbers, region packs hold them`,
    ]);
  });

  it('rejects a missing front matter field', () => {
    edit(
      article,
      'summary: You have rights, even if you have no papers or were made to break rules.\n',
      '',
    );
    expect(messages(build().errors)).toEqual([
      `${article}:1: missing front matter field "summary"`,
    ]);
  });

  it('rejects an unknown audience and an unknown field', () => {
    const audienceLine = edit(article, 'audience: all', 'audience: teens');
    const fieldLine = edit(article, 'order: 2', 'order: 2\nauthor: someone', 'author: someone');
    expect(messages(build().errors)).toEqual([
      `${article}:${audienceLine}: audience must be one of child, adult, all (got "teens")`,
      `${article}:${fieldLine}: unknown front matter field "author"`,
    ]);
  });

  it('rejects a file without front matter', () => {
    writeFileSync(join(content, 'articles/en/no-front-matter.md'), '## Hello\n\nText.\n');
    expect(messages(build().errors)).toEqual([
      'articles/en/no-front-matter.md:1: an article must start with front matter between --- lines',
    ]);
  });

  it('rejects a child-facing article above grade 6, but not the same text for adults', () => {
    const hard =
      'Internationally coordinated investigations demonstrate that organisations systematically exploit vulnerable individuals through sophisticated psychological manipulation and financial dependency.';
    const line = edit(article, 'audience: all', 'audience: child');
    edit(article, anchor, `${anchor}\n\n${Array(12).fill(hard).join(' ')}`, hard);
    expect(messages(build().errors)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${article}:${line}: reading grade \\d+\\.\\d is above 6 for a "child" article`,
        ),
      ),
    ]);
    edit(article, 'audience: child', 'audience: adult');
    expect(build().errors).toEqual([]);
  });

  it('rejects two articles with the same order', () => {
    const line = edit(article, 'order: 2', 'order: 1');
    expect(messages(build().errors)).toEqual([
      `${article}:${line}: order 1 is already used by "is-someone-controlling-you"`,
    ]);
  });

  it('accepts another language with the same slugs and emits its bundle', () => {
    cpSync(join(content, 'articles/en'), join(content, 'articles/es'), { recursive: true });
    const result = build(true);
    expect(result.errors).toEqual([]);
    const es = v.parse(
      ArticleBundleSchema,
      JSON.parse(readFileSync(join(out, 'articles/es.json'), 'utf8')),
    );
    expect(es.lang).toBe('es');
    // The Flesch–Kincaid formula is for English, so other languages are not graded.
    expect(
      result.stats.articles.filter((a) => a.lang === 'es').every((a) => a.grade === undefined),
    ).toBe(true);
  });

  it('requires every language to have the same slugs as English', () => {
    mkdirSync(join(content, 'articles/fr'));
    cpSync(
      join(content, 'articles/en', 'after-you-get-out.md'),
      join(content, 'articles/fr/after-you-get-out.md'),
    );
    cpSync(
      join(content, 'articles/en', 'after-you-get-out.md'),
      join(content, 'articles/fr/extra-page.md'),
    );
    const errors = messages(build().errors);
    expect(errors).toContain(
      'articles/fr/extra-page.md:1: no English original articles/en/extra-page.md',
    );
    expect(errors).toContain(
      'articles/fr/you-are-not-in-trouble.md:1: missing: every language needs the same articles as articles/en/',
    );
    expect(errors).toHaveLength(1 + 5 + 1);
  });
});

// Two full checks of 171 packs in child processes: slow when the machine is shared.
describe('npm run content:check', () => {
  const run = (dir: string) =>
    spawnSync('npx', ['tsx', 'scripts/build-content.ts', '--check', '--content', dir], {
      cwd: repoRoot,
      encoding: 'utf8',
    });

  it('exits 0 on good content and non-zero with file:line on a broken pack', () => {
    const ok = run(content);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/regions: 171 packs/);

    const line = edit('regions/gb.json', '"+448000121700"', '"+44000000000"');
    const broken = run(content);
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toMatch(
      new RegExp(`regions/gb\\.json:${line}: gb-modern-slavery-helpline: phone`),
    );
  }, 90_000);
});
