// Types of content packs and compiled articles, inferred from the schemas so the two
// can't drift apart. The app reads generated JSON through these types after parsing.
import type * as v from 'valibot';
import type {
  ArticleBundleSchema,
  ArticleFrontMatterSchema,
  ArticleSchema,
  BlockSchema,
  CardBundleSchema,
  CardsSourceSchema,
  HotlineSchema,
  InlineSchema,
  RegionIndexEntrySchema,
  RegionPackSchema,
  SmsSchema,
  ARTICLE_AUDIENCES,
  HOTLINE_OPERATORS,
  HOTLINE_PURPOSES,
} from './content-schema';

/** What a hotline is for: trafficking, child, violence, migrant, emergency or other. */
export type HotlinePurpose = (typeof HOTLINE_PURPOSES)[number];

/** Who runs a hotline: an authority (police, ministry) or an independent service. */
export type HotlineOperator = (typeof HOTLINE_OPERATORS)[number];

/** Who an article is written for: child, adult or all. */
export type ArticleAudience = (typeof ARTICLE_AUDIENCES)[number];

/** A text-message route to a hotline. */
export type Sms = v.InferOutput<typeof SmsSchema>;

/** One hotline in a region pack. */
export type Hotline = v.InferOutput<typeof HotlineSchema>;

/** A region pack as written in content/ and emitted (sorted) to src/generated/regions/. */
export type RegionPack = v.InferOutput<typeof RegionPackSchema>;

/** One row of the region index. */
export type RegionIndexEntry = v.InferOutput<typeof RegionIndexEntrySchema>;

/** The region index: every shipped pack, sorted by name. */
export type RegionIndex = RegionIndexEntry[];

/** A run of article text, bold or not. */
export type Inline = v.InferOutput<typeof InlineSchema>;

/** One block of an article: heading, paragraph or list. */
export type Block = v.InferOutput<typeof BlockSchema>;

/** An article's front matter after parsing (order is a number). */
export type ArticleFrontMatter = v.InferOutput<typeof ArticleFrontMatterSchema>;

/** A compiled article. */
export type Article = v.InferOutput<typeof ArticleSchema>;

/** Every compiled article in one language: `src/generated/articles/<lang>.json`. */
export type ArticleBundle = v.InferOutput<typeof ArticleBundleSchema>;

/** One language's cards as written in `content/cards/<lang>.json`. */
export type CardsSource = v.InferOutput<typeof CardsSourceSchema>;

/** One language's cards, first text and call lines: `src/generated/cards/<lang>.json`. */
export type CardBundle = v.InferOutput<typeof CardBundleSchema>;
