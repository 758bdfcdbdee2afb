// Reading-level arithmetic for English safety articles: pure, no DOM, no I/O.
// The build uses it to keep child-facing pages at or below grade 6.

/** Counts of the units the Flesch–Kincaid formula is built from. */
export interface TextStats {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

// Words the vowel-group rules below get wrong and that safety articles use often.
// A Map, not an object literal, so words like "constructor" don't hit Object.prototype.
const SYLLABLE_EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  ['any', 2],
  ['every', 2],
  ['maybe', 2],
  ['idea', 3],
  ['area', 3],
  ['quiet', 2],
  ['video', 3],
  ['create', 2],
  ['violence', 3],
  ['violent', 3],
  ['serious', 3],
  ['period', 3],
  ['business', 2],
]);

// Compounds whose first part hides a silent e ("some|one") or a "y" vowel ("any|one").
const COMPOUND_PREFIXES = ['some', 'every', 'any'] as const;

const SUFFIX_SYLLABLES: ReadonlyMap<string, number> = new Map([
  ['ly', 1],
  ['ty', 1],
  ['ful', 1],
  ['fully', 2],
  ['less', 1],
  ['ness', 1],
  ['ment', 1],
  ['ments', 1],
]);

const VOWEL_GROUPS = /[aeiouy]+/g;

/** Estimates the syllables in one English word with spelling rules (no dictionary). */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  // Digits are read out one by one ("18" → "eigh-teen" is close enough).
  if (/^\d+$/.test(lower)) return lower.length;
  const w = lower.replace(/[^a-z]/g, '');
  if (w.length === 0) return lower.length > 0 ? 1 : 0;
  const exception = SYLLABLE_EXCEPTIONS.get(w);
  if (exception !== undefined) return exception;
  if (w.length <= 3) return 1;

  for (const prefix of COMPOUND_PREFIXES) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 3) {
      return countSyllables(prefix) + countSyllables(w.slice(prefix.length));
    }
  }

  // A silent e before a suffix ("safe|ty", "care|ful") would otherwise count as a vowel.
  const suffixed = /^(.*[^aeiouy]e)(ly|ty|fully|ful|less|ness|ments|ment)$/.exec(w);
  if (suffixed?.[1] !== undefined && suffixed[2] !== undefined && suffixed[1].length >= 3) {
    return countSyllables(suffixed[1]) + (SUFFIX_SYLLABLES.get(suffixed[2]) ?? 1);
  }

  // "-ing" after a vowel ("go|ing", "be|ing") would merge into one vowel group.
  if (w.endsWith('ing') && w.length > 4) {
    const root = w.slice(0, -3);
    if (/[aeiouy]/.test(root)) return countSyllables(root) + 1;
  }

  let stem = w;
  if (stem.endsWith('ed') && stem.length > 4 && !/[td]ed$/.test(stem)) {
    // "helped", "called": the -ed is not voiced unless it follows t or d ("want|ed").
    stem = stem.slice(0, -2);
  } else if (stem.endsWith('es') && stem.length > 4 && !/(s|x|z|ch|sh|c|g)es$/.test(stem)) {
    // "times", "likes": the e is silent unless it follows a hissing sound ("pla|ces").
    stem = stem.slice(0, -2);
  } else if (stem.endsWith('e') && !/[^aeiouy]le$/.test(stem) && !/[aeiouy]e$/.test(stem)) {
    // Final silent e ("make"), but not "-le" after a consonant ("ta|ble") or "ee"/"ue".
    stem = stem.slice(0, -1);
  }
  // A leading y before a vowel is a consonant ("you", "year").
  stem = stem.replace(/^y(?=[aeiou])/, '');
  const groups = stem.match(VOWEL_GROUPS);
  return Math.max(1, groups?.length ?? 0);
}

// \p{M}: vowel signs and other combining marks are part of a word (Hindi, Vietnamese).
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Splits text into words: letters and digits, keeping contractions and hyphenated words whole. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Counts sentences, words and syllables. Each block (a paragraph, heading or list item)
 * ends a sentence even without a full stop, because that is how a reader meets it.
 */
export function measureText(blocks: readonly string[]): TextStats {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    for (const sentence of block.split(/[.!?]+/)) {
      const found = splitWords(sentence);
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      for (const word of found) {
        syllables += word.split('-').reduce((sum, part) => sum + countSyllables(part), 0);
      }
    }
  }
  return { sentences, words, syllables };
}

/** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

/** Flesch–Kincaid grade of text blocks, rounded to one decimal as the build reports it. */
export function readingGrade(blocks: readonly string[]): number {
  return Math.round(fleschKincaidGrade(measureText(blocks)) * 10) / 10;
}

/** Whole minutes to read a word count at a slow, careful pace; never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 150): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/**
 * Counts words in any language with the platform's word segmenter, which
 * knows that Chinese has no spaces and that Hindi vowel signs belong to
 * their word. Used for reading time; the grade formula stays English-only.
 */
export function countWords(text: string, lang: string): number {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}
