import { describe, expectTypeOf, it } from 'vitest';
import type {
  Article,
  ArticleAudience,
  ArticleBundle,
  Block,
  Hotline,
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
    expectTypeOf<HotlinePurpose>().toEqualTypeOf<'trafficking' | 'child' | 'emergency' | 'other'>();
    expectTypeOf<ArticleAudience>().toEqualTypeOf<'child' | 'adult' | 'all'>();
  });

  it('describes a hotline with required source and date and optional silent routes', () => {
    expectTypeOf<Hotline>().toEqualTypeOf<{
      id: string;
      name: string;
      purpose: HotlinePurpose;
      phone: string;
      sms?: Sms | undefined;
      chat?: string | undefined;
      website?: string | undefined;
      hours?: string | undefined;
      languages?: string[] | undefined;
      note?: string | undefined;
      source: string;
      verified: string;
    }>();
    expectTypeOf<Sms>().toEqualTypeOf<{ number: string; keyword?: string | undefined }>();
  });

  it('describes packs and the index', () => {
    expectTypeOf<RegionPack['country']>().toEqualTypeOf<string | null>();
    expectTypeOf<RegionPack['hotlines']>().toEqualTypeOf<Hotline[]>();
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
