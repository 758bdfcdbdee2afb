import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseCoverSnapshot,
  withCoverSnapshot,
  type CoverSnapshot,
} from '../../src/core/cover-snapshot';
import { disguiseIds, disguiseOfPage, disguisePage } from '../../src/core/disguises';

const calculator = parseCoverSnapshot({
  disguise: 'calculator',
  lang: 'fr',
  dir: 'ltr',
  html: '<div class="cover" data-cover="calculator"><output>0</output></div>',
}) as CoverSnapshot;

// The disguise pages as written in the repository (the build keeps their root as it is).
const page = (id: string) => readFileSync(new URL(`../../${id}.html`, import.meta.url), 'utf8');

describe('parseCoverSnapshot', () => {
  it('keeps a well-formed snapshot', () => {
    expect(calculator).toMatchObject({ disguise: 'calculator', lang: 'fr', dir: 'ltr' });
  });

  it('refuses anything that is not a cover of a known disguise, or could break an attribute', () => {
    for (const value of [
      null,
      'calculator',
      { ...calculator, disguise: 'none' },
      { ...calculator, disguise: 'lantern' },
      { ...calculator, lang: 'fr" onload="x' },
      { ...calculator, dir: 'auto' },
      { ...calculator, html: 0 },
      { ...calculator, html: 'x'.repeat(70_000) },
    ]) {
      expect(parseCoverSnapshot(value)).toBeNull();
    }
  });
});

describe('withCoverSnapshot', () => {
  it('puts the cover before the app root of its own disguise page, inert, in its language', () => {
    const html = withCoverSnapshot(page('calculator'), calculator) ?? '';
    expect(html).toContain(
      `<div id="start" data-snapshot="" inert lang="fr" dir="ltr">${calculator.html}</div><div id="root"></div>`,
    );
    // The page itself is otherwise untouched: its own language and disguise stay on <html>.
    expect(html.replace(/<div id="start"[^>]*>.*?<\/div><\/div>/s, '')).toBe(page('calculator'));
  });

  it('never goes into another disguise’s page, nor the plain entry', () => {
    expect(withCoverSnapshot(page('notes'), calculator)).toBeNull();
    expect(withCoverSnapshot(page('converter'), calculator)).toBeNull();
    expect(withCoverSnapshot(page('index'), calculator)).toBeNull();
  });

  it('declines a page without the app root (another build)', () => {
    const other = page('calculator').replace('<div id="root"></div>', '<main></main>');
    expect(withCoverSnapshot(other, calculator)).toBeNull();
  });

  it('keeps markup holding `$` as it is (no replacement pattern)', () => {
    const dollars = { ...calculator, html: '<output>$& $1 $$</output>' };
    expect(withCoverSnapshot(page('calculator'), dollars)).toContain('<output>$& $1 $$</output>');
  });
});

describe('disguiseOfPage', () => {
  it('names the disguise of its own page and nothing else', () => {
    for (const id of disguiseIds) expect(disguiseOfPage(disguisePage(id))).toBe(id);
    for (const path of ['/', '/index.html', '/calculator', '/calculator.html/', '/x/notes.html']) {
      expect(disguiseOfPage(path)).toBeNull();
    }
  });
});
