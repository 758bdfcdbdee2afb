/**
 * The first numbers of every region, as the plain entry's HTML carries them,
 * so help comes with the first response on any static host, before any
 * script file arrives. This half is what the inline script needs: the data's
 * shape, its parsing, and the lookup by `?r=`, with the app's own strict rule
 * for the code (region-code.ts). Pure; kept small, since it is inlined.
 */
import { resolveLanguage } from './languages';
import { requestedRegion } from './region-code';

/**
 * One region's first numbers, written as people read them ('' where none):
 * the call and text numbers of the line a card asks for, then the emergency
 * number. No names and no purposes: every byte is on a slow first visit, and
 * the entry HTML must not spell out what the app is for (the surface scan).
 */
export type FirstHelpRow = readonly [lineCall: string, lineText: string, emergencyCall: string];

/** The few plain words the first help shows, in one language, and that language's direction. */
export interface FirstHelpWords {
  readonly call: string;
  readonly text: string;
  readonly exit: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * What index.html carries: the words in every language the app speaks (by
 * code; English always), and one row per region code.
 */
export interface FirstHelpData {
  readonly words: Readonly<Record<string, FirstHelpWords>> & { readonly en: FirstHelpWords };
  readonly rows: Readonly<Record<string, FirstHelpRow>>;
}

/** The ids of the box and the data in index.html: neutral, like everything in the entry. */
export const FIRST_HELP_IDS = { box: 'start', data: 'start-data' } as const;

const MAX_FIELD = 80;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_FIELD;
}

function isRow(value: unknown): value is FirstHelpRow {
  return Array.isArray(value) && value.length === 3 && value.every(isText);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseWords(value: unknown): FirstHelpWords | null {
  if (!isRecord(value)) return null;
  const { call, text, exit, dir } = value;
  if (dir !== 'ltr' && dir !== 'rtl') return null;
  return isText(call) && isText(text) && isText(exit) ? { call, text, exit, dir } : null;
}

function parseAllWords(value: unknown): FirstHelpData['words'] | null {
  if (!isRecord(value)) return null;
  const all: Record<string, FirstHelpWords> = {};
  for (const [code, words] of Object.entries(value)) {
    const parsed = parseWords(words);
    if (parsed) all[code] = parsed;
  }
  // English is the fallback every other choice ends in.
  const { en } = all;
  return en ? { ...all, en } : null;
}

/** Parses the page's JSON; malformed rows are left out, and nothing throws (null: unusable). */
export function parseFirstHelpData(json: string): FirstHelpData | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data.rows)) return null;
  const words = parseAllWords(data.words);
  if (!words) return null;
  const rows: Record<string, FirstHelpRow> = {};
  for (const [code, row] of Object.entries(data.rows)) if (isRow(row)) rows[code] = row;
  return { words, rows };
}

/**
 * The numbers to show at once for an address's query: a `?r=` that names a
 * region with a row (a subdivision falls back to its country, as in the app).
 * Null for anything else: no code, a malformed one, or a place without a
 * pack, which never gets another country's numbers.
 */
export function firstHelpFor(
  search: string,
  rows: FirstHelpData['rows'],
): { region: string; row: FirstHelpRow } | null {
  let requested: string | null;
  try {
    requested = new URLSearchParams(search).get('r');
  } catch {
    return null;
  }
  const has = (code: string) => Object.prototype.hasOwnProperty.call(rows, code);
  const region = requestedRegion(requested, has);
  const row = region === null ? undefined : rows[region];
  return region !== null && row ? { region, row } : null;
}

/**
 * The words to show, in the language the app will open in on a first visit:
 * a shipped `?lang=`, else the browser's first language with words, else
 * English (resolveLanguage, with nothing saved yet). The language comes back
 * with them, for the box's `lang`.
 */
export function firstHelpWords(
  search: string,
  browser: readonly string[],
  words: FirstHelpData['words'],
): { lang: string; words: FirstHelpWords } {
  let requested: string | null = null;
  try {
    requested = new URLSearchParams(search).get('lang');
  } catch {
    // A malformed address asks for nothing.
  }
  const lang = resolveLanguage({ requested, saved: null, browser, available: Object.keys(words) });
  const chosen = words[lang];
  return chosen ? { lang, words: chosen } : { lang: 'en', words: words.en };
}
