import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ignoredSearchParams, isAppNavigation } from '../../src/sw/routes';

const origin = 'https://app.example';
const scope = 'https://app.example/';

describe('service worker routing predicates', () => {
  it('answers every in-scope page navigation with the app, whatever its path', () => {
    for (const path of [
      '/',
      '/some/route',
      '/escape-trafficking-help',
      '/escape-help.html',
      '//x/',
      '/icons',
    ]) {
      expect(isAppNavigation(new URL(`${origin}${path}`), origin, scope), path).toBe(true);
    }
  });

  it('leaves other origins and paths outside the scope alone', () => {
    expect(isAppNavigation(new URL('https://other.example/'), origin, scope)).toBe(false);
    expect(
      isAppNavigation(new URL('https://app.example/other/'), origin, 'https://app.example/app/'),
    ).toBe(false);
  });

  it('ignores every query parameter when looking up a precached file', () => {
    const ignored = (name: string) => ignoredSearchParams.some((pattern) => pattern.test(name));
    expect(['r', 'lang', 'utm_source', 'fbclid', 'gclid', 'q', ''].every(ignored)).toBe(true);
    fc.assert(fc.property(fc.string(), ignored));
  });
});
