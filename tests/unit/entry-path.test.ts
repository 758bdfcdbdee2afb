import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { disguiseIds } from '../../src/core/disguises';
import { APP_ENTRY_PATH, cleanAddress, entryPath } from '../../src/core/entry-path';

const origin = 'https://lantern.example';
const entries = [null, ...disguiseIds];

describe('entryPath', () => {
  it('is / for the plain app and the cover page for each disguise', () => {
    expect(entryPath(null)).toBe(APP_ENTRY_PATH);
    expect(entryPath('calculator')).toBe('/calculator.html');
    expect(entryPath('notes')).toBe('/notes.html');
    expect(entryPath('converter')).toBe('/converter.html');
  });
});

describe('cleanAddress', () => {
  it('drops the query, the hash and any extra path, keeping the origin', () => {
    expect(cleanAddress(`${origin}/escape-trafficking-help?r=gb`, '/')).toBe(`${origin}/`);
    expect(cleanAddress(`${origin}/#abuse-help`, '/')).toBe(`${origin}/`);
    expect(cleanAddress(`${origin}/notes.html#trafficking`, '/notes.html')).toBe(
      `${origin}/notes.html`,
    );
  });

  it('stays on this origin where the path alone would name another one', () => {
    // `new URL('//evil.example/', here)` is https://evil.example/: the bug this guards against.
    expect(new URL('//evil.example/', `${origin}//evil.example/?r=gb`).origin).not.toBe(origin);
    expect(cleanAddress(`${origin}//evil.example/?r=gb`, '/')).toBe(`${origin}/`);
    expect(cleanAddress(`${origin}//?r=gb`, '/')).toBe(`${origin}/`);
    expect(cleanAddress(`${origin}/\\evil.example/?r=gb`, '/')).toBe(`${origin}/`);
  });

  it('asks for nothing when the address is already the entry path', () => {
    expect(cleanAddress(`${origin}/`, '/')).toBeNull();
    expect(cleanAddress(`${origin}/calculator.html`, '/calculator.html')).toBeNull();
  });

  it('for any path, query and hash: the entry path on the same origin, or nothing to do', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...entries),
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (disguise, path, query, hash) => {
          const entry = entryPath(disguise);
          const current = new URL(`${origin}/${path}?${query}#${hash}`);
          // Only addresses of this origin reach a page of it.
          fc.pre(current.origin === origin);
          const clean = cleanAddress(current.href, entry);
          const shown = new URL(clean ?? current.href);
          expect(shown.origin).toBe(origin);
          expect(shown.pathname + shown.search + shown.hash).toBe(entry);
        },
      ),
    );
  });
});
