import { describe, expect, it } from 'vitest';
import {
  FIRST_HELP_BOX,
  firstHelpTable,
  parseViewSnapshot,
  snapshotFits,
  withSnapshot,
  type ViewSnapshot,
} from '../../src/core/view-snapshot';

const gb = parseViewSnapshot({
  region: 'gb',
  lang: 'en',
  dir: 'ltr',
  html: '<a href="tel:+448000121700">Call</a>',
}) as ViewSnapshot;
const entry = `<!doctype html>\n<html lang="en" dir="ltr">\n<body>\n${FIRST_HELP_BOX}\n<div id="root"></div></body></html>`;

describe('parseViewSnapshot', () => {
  it('keeps a well-formed snapshot', () => {
    expect(gb).toEqual({
      region: 'gb',
      lang: 'en',
      dir: 'ltr',
      html: '<a href="tel:+448000121700">Call</a>',
    });
  });

  it('refuses anything that could break out of an attribute, or is not a snapshot', () => {
    for (const value of [
      null,
      'gb',
      { ...gb, region: 'gb" onload="x' },
      { ...gb, lang: 'en" x="' },
      { ...gb, dir: 'auto' },
      { ...gb, html: 1 },
      { ...gb, html: 'x'.repeat(70_000) },
    ]) {
      expect(parseViewSnapshot(value)).toBeNull();
    }
  });
});

describe('snapshotFits', () => {
  it('fits a reopen from the icon and a poster of the same region', () => {
    expect(snapshotFits('', gb)).toBe(true);
    expect(snapshotFits('?r=GB', gb)).toBe(true);
    expect(snapshotFits('?fbclid=abc', gb)).toBe(true);
  });

  it('never fits another region, another language or a venue poster', () => {
    for (const search of ['?r=us', '?r=', '?r=%E2%84%AAe', '?lang=fr', '?r=gb&v=abc']) {
      expect(snapshotFits(search, gb), search).toBe(false);
    }
  });
});

describe('withSnapshot', () => {
  it('fills the first-help box and sets the language, direction and region', () => {
    const html = withSnapshot(entry, { ...gb, lang: 'ar', dir: 'rtl' });
    expect(html).toContain('<html lang="ar" dir="rtl" data-region="gb">');
    expect(html).toContain(
      '<div id="start" class="start" data-snapshot=""><a href="tel:+448000121700">Call</a></div>',
    );
    expect(html).not.toContain(FIRST_HELP_BOX);
  });

  it('leaves a disguised entry and a page without the box alone', () => {
    expect(withSnapshot(entry.replace('<html ', '<html data-disguise="notes" '), gb)).toBeNull();
    expect(withSnapshot('<html lang="en"><body></body></html>', gb)).toBeNull();
  });

  it('leaves out the table of every region’s first numbers, whatever its size, and nothing else', () => {
    const withTable = (regions: number) => {
      const rows = Object.fromEntries(
        Array.from({ length: regions }, (_, index) => [`r${index}`, ['+1 800', '', '911']]),
      );
      const table = firstHelpTable(JSON.stringify({ words: {}, rows }));
      return entry.replace(FIRST_HELP_BOX, `${FIRST_HELP_BOX}\n${table}\n<script>start()</script>`);
    };
    const few = withSnapshot(withTable(3), gb);
    expect(few).not.toContain('application/json');
    expect(few).toContain('<script>start()</script>');
    expect(few).toContain('<a href="tel:+448000121700">Call</a>');
    expect(withSnapshot(withTable(400), gb)).toBe(few);
  });

  it('takes "$" in the markup literally', () => {
    expect(withSnapshot(entry, { ...gb, html: '<p>$& $1</p>' })).toContain('<p>$& $1</p>');
  });
});
