import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { voiceFit } from '../../src/core/languages';

describe('voiceFit: which device voice can read a shipped language', () => {
  it('fits a voice of the same language, whatever its region', () => {
    expect(voiceFit('ar-SA', 'ar')).toBe(2);
    expect(voiceFit('pt_BR', 'pt')).toBe(2);
    expect(voiceFit('fr-FR', 'es')).toBe(0);
  });

  it('reads Traditional Chinese with a Taiwan or Hong Kong voice first, any Chinese voice next', () => {
    expect(voiceFit('zh-TW', 'zh-Hant')).toBe(2);
    expect(voiceFit('zh-HK', 'zh-Hant')).toBe(2);
    expect(voiceFit('zh-CN', 'zh-Hant')).toBe(1);
    expect(voiceFit('zh-CN', 'zh')).toBe(2);
    expect(voiceFit('zh-TW', 'zh')).toBe(1);
    expect(voiceFit('my-MM', 'zh-Hant')).toBe(0);
  });

  it('is 0, 1 or 2 for any voice tag', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('en', 'zh', 'zh-Hant', 'my'),
        (tag, lang) => {
          expect([0, 1, 2]).toContain(voiceFit(tag, lang));
        },
      ),
    );
  });
});
