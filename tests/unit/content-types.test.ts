import { describe, expectTypeOf, it } from 'vitest';
import type {
  Article,
  ArticleAudience,
  ArticleBundle,
  Block,
  Hotline,
  HotlineOperator,
  HotlinePurpose,
  Inline,
  RegionIndexEntry,
  RegionPack,
  Sms,
} from '../../src/core/content-types';

// The app is written against these types; if a schema change alters them, this fails
// at typecheck time rather than in a person's hands.
describe('content types', () => {
  it('names the purposes and audiences exactly', () => {
    expectTypeOf<HotlinePurpose>().toEqualTypeOf<
      'trafficking' | 'child' | 'violence' | 'migrant' | 'emergency' | 'other'
    >();
    expectTypeOf<HotlineOperator>().toEqualTypeOf<'authority' | 'independent'>();
    expectTypeOf<ArticleAudience>().toEqualTypeOf<'child' | 'adult' | 'all'>();
  });

  it('describes a hotline with who runs it, required source and date, and optional silent routes', () => {
    expectTypeOf<Hotline>().toEqualTypeOf<{
      id: string;
      name: string;
      purpose: HotlinePurpose;
      run_by: HotlineOperator;
      operator?: string | undefined;
      phone: string;
      call?: boolean | undefined;
      dial?: string | undefined;
      sms?: Sms | undefined;
      whatsapp?: string | undefined;
      chat?: string | undefined;
      website?: string | undefined;
      hours?: string | undefined;
      free?: boolean | undefined;
      languages?: string[] | undefined;
      coverage?: string | undefined;
      note?: string | undefined;
      translations?:
        | { [lang: string]: { note?: string | undefined; coverage?: string | undefined } }
        | undefined;
      source: string;
      source_date?: string | undefined;
      secondary_source?: true | undefined;
      second_source?: string | undefined;
      verified: string;
    }>();
    expectTypeOf<Sms>().toEqualTypeOf<{ number: string; keyword?: string | undefined }>();
  });

  it('describes packs and the index', () => {
    expectTypeOf<RegionPack['country']>().toEqualTypeOf<string | null>();
    expectTypeOf<RegionPack['hotlines']>().toEqualTypeOf<Hotline[]>();
    expectTypeOf<RegionPack['translations']>().toEqualTypeOf<
      { [lang: string]: { note?: string | undefined } } | undefined
    >();
    expectTypeOf<RegionIndexEntry>().toEqualTypeOf<{
      code: string;
      name: string;
      country: string | null;
      hotlineCount: number;
    }>();
  });

  it('describes articles as typed blocks, never HTML strings', () => {
    expectTypeOf<Inline>().toEqualTypeOf<{ text: string; strong?: true | undefined }>();
    expectTypeOf<Block>().toEqualTypeOf<
      | { type: 'heading'; text: Inline[] }
      | { type: 'paragraph'; text: Inline[] }
      | { type: 'list'; ordered: boolean; items: Inline[][] }
    >();
    expectTypeOf<Article['readingMinutes']>().toEqualTypeOf<number>();
    expectTypeOf<ArticleBundle>().toEqualTypeOf<{ lang: string; articles: Article[] }>();
  });
});
