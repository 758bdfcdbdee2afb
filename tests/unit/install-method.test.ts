import { describe, expect, it } from 'vitest';
import { getInstallMethod, isIosDevice } from '../../src/core/install-method';

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const ipadOs =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const android = 'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0';
const desktop =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

const base = { standalone: false, canPrompt: false, userAgent: desktop, maxTouchPoints: 0 };

describe('getInstallMethod', () => {
  it('offers nothing once the app runs installed, whatever else is true', () => {
    expect(getInstallMethod({ ...base, standalone: true, canPrompt: true })).toBe('installed');
    expect(getInstallMethod({ ...base, standalone: true, userAgent: iphone })).toBe('installed');
  });

  it('prefers the real install prompt when the browser gave one', () => {
    expect(getInstallMethod({ ...base, canPrompt: true })).toBe('prompt');
    expect(getInstallMethod({ ...base, canPrompt: true, userAgent: android })).toBe('prompt');
  });

  it("shows Safari's Share steps on iPhone and iPad", () => {
    expect(getInstallMethod({ ...base, userAgent: iphone, maxTouchPoints: 5 })).toBe('ios-share');
    expect(getInstallMethod({ ...base, userAgent: ipadOs, maxTouchPoints: 5 })).toBe('ios-share');
  });

  it('points to the browser menu on Android without a prompt, else nothing', () => {
    expect(getInstallMethod({ ...base, userAgent: android })).toBe('browser-menu');
    expect(getInstallMethod(base)).toBe('none');
    expect(getInstallMethod({ ...base, userAgent: ipadOs, maxTouchPoints: 0 })).toBe('none');
  });
});

describe('isIosDevice', () => {
  it('tells a Mac from an iPad by its touch screen', () => {
    expect(isIosDevice(ipadOs, 0)).toBe(false);
    expect(isIosDevice(ipadOs, 5)).toBe(true);
    expect(isIosDevice(iphone, 5)).toBe(true);
  });
});
