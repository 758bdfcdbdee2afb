/**
 * How one language's words were made and checked, from its own records: the
 * `_meta` of each locale file and whether `src/locales/<lang>/REVIEW.md`
 * exists. Pure, so the locale build and its tests share one rule. A native
 * speaker's review is claimed only when every file that records a review says so.
 */

/** What Settings says about a language's words. */
export const TRANSLATION_STATUSES = [
  'source',
  'nativeReviewed',
  'backTranslated',
  'draft',
] as const;

/** One of TRANSLATION_STATUSES. */
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** What a language's records say: the `_meta` found in its files, and whether a review record exists. */
export interface TranslationRecords {
  readonly isSource: boolean;
  readonly metas: readonly unknown[];
  readonly hasReviewRecord: boolean;
}

/**
 * The source language is `source`; `nativeReviewed` only when at least one file
 * records a review and every recorded `_meta` says `reviewedByNativeSpeaker: true`;
 * else `backTranslated` when a review record exists, else `draft`.
 */
export function translationStatus(records: TranslationRecords): TranslationStatus {
  if (records.isSource) return 'source';
  const native = records.metas.length > 0 && records.metas.every((meta) => isNativeReviewed(meta));
  if (native && records.hasReviewRecord) return 'nativeReviewed';
  return records.hasReviewRecord ? 'backTranslated' : 'draft';
}

/** True when `status` names a known status (the generated file is parsed, never trusted). */
export function isTranslationStatus(status: unknown): status is TranslationStatus {
  return TRANSLATION_STATUSES.some((known) => known === status);
}

function isNativeReviewed(meta: unknown): boolean {
  return (
    typeof meta === 'object' &&
    meta !== null &&
    'reviewedByNativeSpeaker' in meta &&
    meta.reviewedByNativeSpeaker === true
  );
}
