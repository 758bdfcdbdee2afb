import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  firstPaintFiles,
  htmlReferences,
  SizeReportError,
  staticImports,
} from '../../../scripts/size/first-paint';
import { hasEntryPathHeader } from '../../../scripts/size/entry-path';
import { precacheUrls } from '../../../scripts/size/precache';
import { readFileSync } from 'node:fs';

const fixture = join(import.meta.dirname, 'fixtures', 'size-dist');

describe('first paint', () => {
  it('follows script, stylesheet and modulepreload, then static imports, transitively', () => {
    expect(firstPaintFiles(fixture, 'index.html').sort()).toEqual(
      [
        'assets/deep.js',
        'assets/entry.js',
        'assets/preloaded.js',
        'assets/reexport.js',
        'assets/shared.js',
        'assets/side-effect.js',
        'assets/style.css',
      ].sort(),
    );
  });

  it('leaves out dynamic import(), imports inside strings and commented-out tags', () => {
    const files = firstPaintFiles(fixture, 'index.html');
    for (const lazy of ['lazy.js', 'only-lazy.js', 'in-string.js', 'commented-out.js']) {
      expect(files).not.toContain(`assets/${lazy}`);
    }
  });

  it('resolves relative URLs from a nested entry and ignores the query', () => {
    expect(firstPaintFiles(fixture, 'pages/cover.html').sort()).toEqual([
      'assets/cover.js',
      'assets/deep.js',
      'assets/shared.js',
    ]);
  });

  it('refuses what it cannot measure: another origin, a file that is not built', () => {
    expect(() => firstPaintFiles(fixture, 'external.html')).toThrow(SizeReportError);
    expect(() => firstPaintFiles(fixture, 'external.html')).toThrow(/cdn\.example\.org/);
    expect(() => firstPaintFiles(fixture, 'bare.html')).toThrow(/preact.*not built/);
  });

  it('reads only render-blocking references from HTML', () => {
    expect(
      htmlReferences(
        '<link rel="preload" as="font" href="/f.woff2"><link rel="preload" as="style" href="/a.css"><script>inline()</script><link rel="icon" href="/i.png">',
      ),
    ).toEqual(['/a.css']);
  });

  it('lists re-exports and side-effect imports as static imports', () => {
    expect(staticImports('export*from"./a.js";import"./b.js";import("./c.js")')).toEqual([
      './b.js',
      './a.js',
    ]);
  });
});

describe('precache manifest', () => {
  it('reads the injected { url, revision } array from a minified worker', () => {
    expect(precacheUrls(readFileSync(join(fixture, 'sw.js'), 'utf8'))).toEqual([
      'index.html',
      'assets/entry.js',
      'pages/cover.html',
    ]);
  });

  it('fails when the worker has no manifest', () => {
    expect(() => precacheUrls('self.addEventListener("fetch",()=>{});var a=[1,2];')).toThrow(
      /found 0/,
    );
  });
});

describe('entry-path header', () => {
  it('finds "Entry path." only in the header comment', () => {
    expect(hasEntryPathHeader('/**\n * Entry path. Boots.\n */\nimport "x";')).toBe(true);
    expect(hasEntryPathHeader('/* Entry path. Styles. */\n:root{}')).toBe(true);
    expect(hasEntryPathHeader('/// <reference lib="dom" />\n// Entry path.\nlet a;')).toBe(true);
    expect(hasEntryPathHeader('/** A screen. */\nconst x = "Entry path.";')).toBe(false);
    expect(hasEntryPathHeader('import "x";\n/* Entry path. */')).toBe(false);
  });
});
