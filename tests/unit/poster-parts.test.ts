import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseOrigin, normaliseRegion, parseArgs } from '../../scripts/poster/args';
import { buildPosters } from '../../scripts/poster/build-poster';
import { escapeXml } from '../../scripts/poster/escape';
import { getQrMatrix } from '../../scripts/poster/qr-matrix';
import { readRegionName } from '../../scripts/poster/region-name';
import { PAPERS, renderPosterSvg } from '../../scripts/poster/svg';
import { estimateTextWidth, wrapText } from '../../scripts/poster/text-measure';
import { renderPosterPage } from '../../scripts/poster/page';
import { fillTemplate, getWording, LANGS, loadPosterWords } from '../../scripts/poster/wording';

describe('parseArgs', () => {
  it('normalises region and origin and fills defaults', () => {
    expect(parseArgs(['--region', 'US-TX', '--origin', 'https://Example.org/'])).toEqual({
      kind: 'ok',
      args: {
        region: 'us-tx',
        origin: 'https://example.org',
        langs: ['en'],
        style: 'discreet',
        out: 'posters',
        audience: null,
      },
    });
  });

  it('reads --for child|adult and refuses anything else', () => {
    const base = ['--region', 'gb', '--origin', 'https://example.org'];
    expect(parseArgs([...base, '--for', 'child'])).toMatchObject({ args: { audience: 'child' } });
    expect(parseArgs([...base, '--for=adult'])).toMatchObject({ args: { audience: 'adult' } });
    expect(parseArgs([...base, '--for', 'Child'])).toMatchObject({ kind: 'error' });
  });

  it('accepts --flag=value', () => {
    const result = parseArgs([
      '--region=gb',
      '--origin=https://example.org:8443',
      '--style=standard',
      '--out=x',
    ]);
    expect(result).toEqual({
      kind: 'ok',
      args: {
        region: 'gb',
        origin: 'https://example.org:8443',
        langs: ['en'],
        style: 'standard',
        out: 'x',
        audience: null,
      },
    });
  });

  it('takes one or two languages, in any case, and refuses more, repeats and unknown ones', () => {
    const base = ['--region', 'bd', '--origin', 'https://example.org'];
    expect(parseArgs([...base, '--lang', 'bn'])).toMatchObject({ args: { langs: ['bn'] } });
    expect(parseArgs([...base, '--lang', 'NE, en'])).toMatchObject({
      args: { langs: ['ne', 'en'] },
    });
    for (const lang of ['bn,en,ur', 'bn,bn', 'bn,', 'xx']) {
      expect(parseArgs([...base, '--lang', lang]), lang).toMatchObject({ kind: 'error' });
    }
  });

  it('refuses duplicates, missing values and unknown styles', () => {
    expect(
      parseArgs(['--region', 'gb', '--region', 'us', '--origin', 'https://a.org']),
    ).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('more than once'),
    });
    expect(parseArgs(['--region', '--origin', 'https://a.org'])).toMatchObject({
      kind: 'error',
      message: '--region needs a value',
    });
    expect(
      parseArgs(['--region', 'gb', '--origin', 'https://a.org', '--style', 'loud']),
    ).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Invalid style'),
    });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('normaliseRegion', () => {
  it.each(['gb', 'GB', 'us-tx', 'fr-75', 'es-c'])('accepts %s', (code) => {
    expect(normaliseRegion(code)).toBe(code.toLowerCase());
  });

  it.each(['g', 'gbr', 'us-', 'us-texa', 'u1', 'us_tx', ' gb', 'gb\n', 'ǵb', ''])(
    'refuses %j',
    (code) => {
      expect(normaliseRegion(code)).toBeNull();
    },
  );
});

describe('normaliseOrigin', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org'],
    ['https://example.org:443/', 'https://example.org'],
    ['http://localhost:4173', 'http://localhost:4173'],
  ])('%s → %s', (raw, origin) => {
    expect(normaliseOrigin(raw)).toEqual({ ok: true, origin });
  });

  it.each([
    'http://example.org',
    'http://127.0.0.1:4173',
    'ftp://example.org',
    'javascript:alert(1)',
    'https://user:pw@example.org',
    'https://example.org/lantern',
    'https://example.org/?r=gb',
    'https://example.org/#x',
    'example.org',
  ])('refuses %s', (raw) => {
    expect(normaliseOrigin(raw).ok).toBe(false);
  });
});

describe('readRegionName', () => {
  let contentDir: string;
  beforeEach(() => {
    contentDir = mkdtempSync(join(tmpdir(), 'lantern-content-'));
    mkdirSync(join(contentDir, 'regions'));
  });
  afterEach(() => {
    rmSync(contentDir, { recursive: true, force: true });
  });

  it('uses the pack’s name when there is one', () => {
    writeFileSync(
      join(contentDir, 'regions', 'gb.json'),
      JSON.stringify({ name: ' United Kingdom ', hotlines: [] }),
    );
    expect(readRegionName(contentDir, 'gb')).toEqual({ ok: true, name: 'United Kingdom' });
  });

  it('says a missing pack is missing (the tool refuses it), and warns when one is broken or nameless', () => {
    expect(readRegionName(contentDir, 'gb')).toMatchObject({
      ok: false,
      missing: true,
      error: expect.stringContaining('No region pack for "gb"'),
    });
    writeFileSync(join(contentDir, 'regions', 'fr.json'), '{ not json');
    expect(readRegionName(contentDir, 'fr')).toMatchObject({
      ok: false,
      warning: expect.stringContaining('not valid JSON'),
    });
    writeFileSync(join(contentDir, 'regions', 'us.json'), JSON.stringify({ name: 42 }));
    expect(readRegionName(contentDir, 'us').ok).toBe(false);
    writeFileSync(join(contentDir, 'regions', 'de.json'), 'null');
    expect(readRegionName(contentDir, 'de').ok).toBe(false);
  });
});

describe('escaping', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('never lets a region name from a pack reach the files as markup', () => {
    const build = buildPosters({
      region: 'gb',
      origin: 'https://example.org',
      langs: ['en'],
      style: 'standard',
      regionName: '<script>x</script> & "Wales"',
    });
    const pages = build.pages.map((page) => ({
      contents: renderPosterPage({ ...page.options, fit: { scale: 1 } }),
    }));
    for (const file of [...build.files, ...pages]) {
      expect(file.contents).not.toContain('<script>');
      expect(file.contents).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;Wales&quot;');
    }
  });
});

describe('wording', () => {
  it('has every style in every language, with no unfilled placeholders after filling', () => {
    const values = { code: 'GB', host: 'example.org', region: 'United Kingdom', age: '18' };
    for (const lang of LANGS) {
      const words = loadPosterWords(lang);
      for (const style of ['discreet', 'standard'] as const) {
        const wording = getWording(words, style);
        const strings = [
          wording.title,
          wording.headline,
          wording.childHeadline,
          ...wording.body,
          wording.scan,
          wording.code,
          wording.typeInstead,
          wording.footer,
          wording.tearOffHint,
        ];
        for (const text of strings) expect(fillTemplate(text, values), lang).not.toMatch(/[{}]/);
      }
    }
  });

  it('refuses a poster file with a missing word, naming the file and the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-words-'));
    try {
      mkdirSync(join(dir, 'xx'));
      const { scan: _scan, ...rest } = loadPosterWords('en');
      writeFileSync(join(dir, 'xx', 'poster.json'), JSON.stringify(rest));
      expect(() => loadPosterWords('xx', dir)).toThrow(/xx\/poster\.json.*scan/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves an unknown placeholder visible so a translator notices', () => {
    expect(fillTemplate('Code: {{cod}}', { code: 'GB' })).toBe('Code: {{cod}}');
  });
});

describe('text wrapping', () => {
  it('keeps every line within the width, except a single over-long word', () => {
    const text =
      'It works without internet after the first visit, and it can look like an ordinary app on your phone.';
    const lines = wrapText(text, 5.5, 100);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(estimateTextWidth(line, 5.5)).toBeLessThanOrEqual(100);
    expect(wrapText('averyveryverylongword short', 10, 20)).toEqual([
      'averyveryverylongword',
      'short',
    ]);
  });
});

describe('tear-off strips with a long host', () => {
  const stripTexts = (svg: string): string[] => {
    const strip = /<g data-part="tear-off"[^>]*>([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    return [...strip.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
  };

  it('keeps a short host on one line, without warnings', () => {
    const build = buildPosters({
      region: 'gb',
      origin: 'https://example.org',
      langs: ['en'],
      style: 'discreet',
    });
    expect(stripTexts(build.files[0]?.contents ?? '')).toEqual(['Code: GB', 'example.org']);
    expect(build.warnings).toEqual([]);
  });

  it('splits a long host after a dot so it stays legible', () => {
    const origin = 'https://lantern-information-service.example-charity.org';
    const build = buildPosters({ region: 'gb', origin, langs: ['en'], style: 'discreet' });
    expect(stripTexts(build.files[0]?.contents ?? '')).toEqual([
      'Code: GB',
      'lantern-information-service.',
      'example-charity.org',
    ]);
    for (const { layout } of build.layouts)
      expect(layout.tearOffFontMm).toBeGreaterThanOrEqual(2.5);
    expect(build.warnings).toEqual([]);
  });

  it('warns when even two lines would print too small', () => {
    const origin =
      'https://a-really-quite-extraordinarily-long-subdomain-name.another-long-charity-name.example.org';
    const build = buildPosters({ region: 'gb', origin, langs: ['en'], style: 'discreet' });
    expect(build.warnings).toEqual([expect.stringContaining('tear-off strips')]);
  });
});

describe('discreet poster host check', () => {
  it('warns when the host itself gives the purpose away', () => {
    const origin = 'https://stop-trafficking-help.example.org';
    const discreet = buildPosters({ region: 'gb', origin, langs: ['en'], style: 'discreet' });
    expect(discreet.warnings).toEqual([expect.stringMatching(/contains "traffick", "help"/)]);
    const standard = buildPosters({ region: 'gb', origin, langs: ['en'], style: 'standard' });
    expect(standard.warnings).toEqual([]);
  });
});

describe('layout', () => {
  it('refuses wording so long it would leave the QR too small to scan', () => {
    const text = {
      title: 't',
      headline: 'A headline '.repeat(20),
      body: ['A long paragraph of body text. '.repeat(30)],
      scan: 's',
      code: 'Code: GB',
      typeInstead: 'x',
      footer: 'f',
      tearOffHint: 'h',
      host: 'example.org',
    };
    const matrix = getQrMatrix('https://example.org/?r=gb');
    for (const paper of PAPERS) {
      expect(() => renderPosterSvg({ paper, text, matrix, lang: 'en', dir: 'ltr' })).toThrow(
        /shorten the wording/,
      );
    }
  });
});
