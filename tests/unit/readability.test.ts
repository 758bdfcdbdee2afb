import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countSyllables,
  countWords,
  fleschKincaidGrade,
  measureText,
  readingGrade,
  readingMinutes,
  splitWords,
} from '../../src/core/readability';

describe('countSyllables', () => {
  // Expected counts are dictionary syllables, checked by hand.
  const cases: ReadonlyArray<readonly [string, number]> = [
    ['cat', 1],
    ['water', 2],
    ['table', 2],
    ['make', 1],
    ['people', 2],
    ['helped', 1],
    ['wanted', 2],
    ['places', 2],
    ['times', 1],
    ['going', 2],
    ['being', 2],
    ['someone', 2],
    ['everyone', 3],
    ['anyone', 3],
    ['something', 2],
    ['safety', 2],
    ['careful', 2],
    ['completely', 3],
    ['you', 1],
    ['year', 1],
    ['free', 1],
    ['phone', 1],
    ['trouble', 2],
    ['family', 3],
    ['police', 2],
    ['message', 2],
    ['messages', 3],
    ['trafficking', 3],
    ['controlling', 3],
    ['nobody', 3],
    ['maybe', 2],
    ["don't", 1],
    ['you’re', 1],
    ['International', 5],
    ['investigations', 5],
  ];
  it.each(cases)('%s has %i syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it('gives 0 for an empty word and at least 1 for any word with a letter', () => {
    expect(countSyllables('')).toBe(0);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z]{1,20}$/), (word) => countSyllables(word) >= 1),
    );
  });
});

describe('splitWords', () => {
  it('keeps contractions and hyphenated words whole and drops punctuation', () => {
    expect(splitWords("Don't worry — it's a well-known place, OK?")).toEqual([
      "Don't",
      'worry',
      "it's",
      'a',
      'well-known',
      'place',
      'OK',
    ]);
  });
});

describe('measureText and fleschKincaidGrade (hand-computed)', () => {
  it('scores a one-sentence text of one-syllable words', () => {
    // 1 sentence, 6 words, 6 syllables: 0.39×6 + 11.8×1 − 15.59 = −1.45
    const stats = measureText(['The cat sat on the mat.']);
    expect(stats).toEqual({ sentences: 1, words: 6, syllables: 6 });
    expect(fleschKincaidGrade(stats)).toBeCloseTo(-1.45, 10);
  });

  it('splits sentences on full stops', () => {
    // 2 sentences, 10 words, 11 syllables ("trouble" has 2): 0.39×5 + 11.8×1.1 − 15.59 = −0.66
    const stats = measureText(['You are not in trouble. You can ask for help.']);
    expect(stats).toEqual({ sentences: 2, words: 10, syllables: 11 });
    expect(fleschKincaidGrade(stats)).toBeCloseTo(-0.66, 10);
  });

  it('ends a sentence at the end of each block, as for a heading', () => {
    // "Your rights" (2 words, 2 syllables) + "No-bod-y can take your pa-pers a-way from you."
    // (8 words, 12 syllables): 0.39×5 + 11.8×1.4 − 15.59 = 2.88
    const stats = measureText(['Your rights', 'Nobody can take your papers away from you.']);
    expect(stats).toEqual({ sentences: 2, words: 10, syllables: 14 });
    expect(fleschKincaidGrade(stats)).toBeCloseTo(2.88, 10);
    expect(readingGrade(['Your rights', 'Nobody can take your papers away from you.'])).toBe(2.9);
  });

  it('scores long words far above grade 6', () => {
    // 5 words, 5+5+3+4+5 = 22 syllables: 0.39×5 + 11.8×4.4 − 15.59 = 38.28
    const stats = measureText(['International organisations examine complicated investigations.']);
    expect(stats).toEqual({ sentences: 1, words: 5, syllables: 22 });
    expect(fleschKincaidGrade(stats)).toBeCloseTo(38.28, 10);
  });

  it('scores empty text as grade 0 instead of dividing by zero', () => {
    expect(measureText(['', '...'])).toEqual({ sentences: 0, words: 0, syllables: 0 });
    expect(fleschKincaidGrade({ sentences: 0, words: 0, syllables: 0 })).toBe(0);
  });

  it('adds up block by block', () => {
    const block = fc.array(fc.constantFrom('You', 'are', 'safe', 'here', 'today', '.', ' '), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        fc.array(
          block.map((parts) => parts.join(' ')),
          { maxLength: 5 },
        ),
        (blocks) => {
          const whole = measureText(blocks);
          const parts = blocks.map((b) => measureText([b]));
          expect(whole.words).toBe(parts.reduce((n, p) => n + p.words, 0));
          expect(whole.sentences).toBe(parts.reduce((n, p) => n + p.sentences, 0));
          expect(whole.syllables).toBe(parts.reduce((n, p) => n + p.syllables, 0));
        },
      ),
    );
  });
});

describe('readingMinutes', () => {
  it('rounds up at 150 words a minute and never says 0', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(150)).toBe(1);
    expect(readingMinutes(151)).toBe(2);
    expect(readingMinutes(450)).toBe(3);
    expect(readingMinutes(400, 200)).toBe(2);
  });
});

describe('countWords', () => {
  it('counts Chinese words without spaces and keeps Hindi vowel signs inside words', () => {
    expect(countWords('你不是一个人。', 'zh')).toBeGreaterThan(1);
    expect(countWords('आप अकेले नहीं हैं', 'hi')).toBe(4);
    expect(countWords('You are not alone.', 'en')).toBe(4);
  });
});
