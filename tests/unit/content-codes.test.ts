import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compiledPack } from '../../scripts/content/build';
import { codeList } from '../../src/content/code-list';
import type { RegionPack } from '../../src/core/content-types';

describe('codeList', () => {
  it('splits the build string and drops empty entries', () => {
    expect(codeList('ad ae gb us-tx')).toEqual(['ad', 'ae', 'gb', 'us-tx']);
    expect(codeList('')).toEqual([]);
    expect(codeList(' gb  de ')).toEqual(['gb', 'de']);
  });

  it('gives back exactly the codes that were joined', () => {
    const code = fc.stringMatching(/^[a-z]{2}(?:-[a-z0-9]{1,3})?$/);
    fc.assert(
      fc.property(fc.array(code), (codes) => {
        expect(codeList(codes.join(' '))).toEqual(codes);
      }),
    );
  });
});

describe('compiledPack', () => {
  const pack: RegionPack = {
    code: 'gb',
    name: 'United Kingdom',
    country: 'GB',
    languages: ['en'],
    hotlines: [
      {
        id: 'line',
        name: 'A line',
        purpose: 'trafficking',
        run_by: 'independent',
        phone: '+448000121700',
        source: 'https://example.org/a',
        source_date: '2026-01-02',
        secondary_source: true,
        second_source: 'https://example.org/b',
        verified: '2026-11-01',
      },
    ],
  };

  it('drops the reviewers-only second source and keeps everything a card shows', () => {
    const [hotline] = compiledPack(pack).hotlines;
    expect(hotline).not.toHaveProperty('second_source');
    expect(hotline).toEqual({
      id: 'line',
      name: 'A line',
      purpose: 'trafficking',
      run_by: 'independent',
      phone: '+448000121700',
      source: 'https://example.org/a',
      source_date: '2026-01-02',
      secondary_source: true,
      verified: '2026-11-01',
    });
  });
});
