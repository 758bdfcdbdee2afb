import { describe, expect, it } from 'vitest';
import { translationStatus } from '../../src/core/translation-status';

describe('translationStatus', () => {
  const machine = { reviewedByNativeSpeaker: false, translatedBy: 'machine-assisted draft' };
  const native = { reviewedByNativeSpeaker: true };

  it('calls the source language the source, whatever its records', () => {
    expect(translationStatus({ isSource: true, metas: [], hasReviewRecord: false })).toBe('source');
  });

  it('says back-translated when a review record exists but no native speaker reviewed', () => {
    expect(
      translationStatus({ isSource: false, metas: [machine, machine], hasReviewRecord: true }),
    ).toBe('backTranslated');
  });

  it('never claims a native review when one file still says none was done', () => {
    expect(
      translationStatus({ isSource: false, metas: [native, machine], hasReviewRecord: true }),
    ).toBe('backTranslated');
  });

  it('claims a native review only when every record says so and a review record exists', () => {
    expect(
      translationStatus({ isSource: false, metas: [native, native], hasReviewRecord: true }),
    ).toBe('nativeReviewed');
    expect(translationStatus({ isSource: false, metas: [native], hasReviewRecord: false })).toBe(
      'draft',
    );
  });

  it('treats a "true" written as text, or no records at all, as no review', () => {
    expect(
      translationStatus({
        isSource: false,
        metas: [{ reviewedByNativeSpeaker: 'true' }],
        hasReviewRecord: true,
      }),
    ).toBe('backTranslated');
    expect(translationStatus({ isSource: false, metas: [], hasReviewRecord: false })).toBe('draft');
  });
});
