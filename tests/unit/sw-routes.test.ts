import { describe, expect, it } from 'vitest';
import { ignoredSearchParams, isAppNavigation } from '../../src/sw/routes';

const origin = 'https://app.example';
const scope = 'https://app.example/';

describe('service worker routing predicates', () => {
  it('answers in-scope page navigations with the app', () => {
    expect(isAppNavigation(new URL('https://app.example/'), origin, scope)).toBe(true);
    expect(isAppNavigation(new URL('https://app.example/some/route'), origin, scope)).toBe(true);
  });

  it('leaves files and other origins alone', () => {
    expect(isAppNavigation(new URL('https://app.example/calculator.html'), origin, scope)).toBe(
      false,
    );
    expect(isAppNavigation(new URL('https://app.example/assets/a.js'), origin, scope)).toBe(false);
    expect(isAppNavigation(new URL('https://other.example/'), origin, scope)).toBe(false);
  });

  it('ignores only the parameters the app reads and removes', () => {
    const ignored = (name: string) => ignoredSearchParams.some((pattern) => pattern.test(name));
    expect(['r', 'lang', 'utm_source'].every(ignored)).toBe(true);
    expect(['region', 'rr', 'q'].some(ignored)).toBe(false);
  });
});
