import { describe, expect, it } from 'vitest';
import { packText } from '../../src/core/pack-text';

describe('packText', () => {
  const translations: Record<string, { note?: string; coverage?: string }> = {
    ar: { note: 'ملاحظة' },
    ru: { coverage: 'Дубай' },
  };

  it('shows the person’s language when the pack carries the text in it', () => {
    expect(packText('A note', translations, 'note', 'ar')).toEqual({ text: 'ملاحظة', lang: 'ar' });
  });

  it('shows the English, said to be English, when the pack has no text in theirs', () => {
    expect(packText('A note', translations, 'note', 'ru')).toEqual({ text: 'A note', lang: 'en' });
    expect(packText('A note', undefined, 'note', 'fa')).toEqual({ text: 'A note', lang: 'en' });
  });

  it('shows nothing when the pack has no such text, even if a translation is stray', () => {
    expect(packText(undefined, translations, 'coverage', 'ru')).toBeNull();
  });
});
