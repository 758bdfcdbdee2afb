import { describe, expect, it } from 'vitest';
import { missingPackTranslations, type TranslatablePack } from '../../src/core/pack-translations';

const pack = (overrides: Partial<TranslatablePack> = {}): TranslatablePack => ({
  languages: ['fr', 'de', 'nl'],
  hotlines: [
    { id: 'be-a', note: 'Free.', coverage: 'Flanders' },
    { id: 'be-b', note: 'In Dutch.' },
  ],
  ...overrides,
});

describe('missingPackTranslations', () => {
  it('lists every English text each spoken pack language lacks, and none for a language the app does not speak', () => {
    const missing = missingPackTranslations(
      pack({
        hotlines: [
          {
            id: 'be-a',
            note: 'Free.',
            coverage: 'Flanders',
            translations: {
              fr: { note: 'Gratuit.', coverage: 'Flandre' },
              de: { note: 'Kostenlos.' },
            },
          },
          { id: 'be-b', note: 'In Dutch.', translations: { fr: { note: 'En néerlandais.' } } },
        ],
      }),
      ['en', 'fr', 'de'],
    );
    expect(missing).toEqual([
      { path: ['hotlines', 0, 'coverage'], lang: 'de', field: 'coverage', id: 'be-a' },
      { path: ['hotlines', 1, 'note'], lang: 'de', field: 'note', id: 'be-b' },
    ]);
  });

  it('asks for the pack note too, and reads a pack tag as the app does (fil is Tagalog)', () => {
    const missing = missingPackTranslations(
      { languages: ['fil', 'en'], note: 'Call 911.', hotlines: [{ id: 'ph-a' }] },
      ['en', 'tl'],
    );
    expect(missing).toEqual([{ path: ['note'], lang: 'tl', field: 'note', id: null }]);
  });

  it('owes nothing in English, nor for a text the pack does not have', () => {
    expect(missingPackTranslations(pack({ languages: ['en'] }), ['en', 'fr'])).toEqual([]);
    expect(
      missingPackTranslations({ languages: ['fr'], hotlines: [{ id: 'fr-a' }] }, ['en', 'fr']),
    ).toEqual([]);
  });

  it('by default owes the languages the app speaks (Dutch is not one of them yet)', () => {
    expect(missingPackTranslations(pack()).map((item) => item.lang)).toEqual([
      'fr',
      'fr',
      'fr',
      'de',
      'de',
      'de',
    ]);
  });
});
