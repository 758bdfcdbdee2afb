import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { i18nLookupOptions } from '../../src/app/i18n-options';

async function withChinese() {
  const i18n = createInstance();
  await i18n.init({
    ...i18nLookupOptions,
    lng: 'en',
    resources: {
      en: { common: { hello: 'Hello', only: 'Only in English' } },
      zh: { common: { hello: '你好', only: '只有简体' } },
      'zh-Hant': { common: { hello: '你好（繁體）' } },
    },
    defaultNS: 'common',
  });
  return i18n;
}

describe('i18next lookup', () => {
  it('shows zh-Hant words in zh-Hant', async () => {
    const i18n = await withChinese();
    await i18n.changeLanguage('zh-Hant');
    expect(i18n.t('hello')).toBe('你好（繁體）');
  });

  it('never fills a zh-Hant gap with Simplified words: English stands in, as for any language', async () => {
    const i18n = await withChinese();
    await i18n.changeLanguage('zh-Hant');
    expect(i18n.t('only')).toBe('Only in English');
  });

  it('keeps the canonical code as the language', async () => {
    const i18n = await withChinese();
    await i18n.changeLanguage('zh-Hant');
    expect(i18n.language).toBe('zh-Hant');
    expect(i18n.dir('zh-Hant')).toBe('ltr');
  });
});
