/**
 * The first numbers of every region, as the plain entry's HTML carries them,
 * so help comes with the first response on any static host, before any
 * script file arrives. This half is what the inline script needs: the data's
 * shape, its parsing, and the lookup by `?r=`, with the app's own strict rule
 * for the code (region-code.ts). Pure; kept small, since it is inlined.
 */
import { requestedRegion } from './region-code';

/**
 * One region's first numbers, written as people read them ('' where none):
 * the call and text numbers of the line a card asks for, then the emergency
 * number. No names and no purposes: every byte is on a slow first visit, and
 * the entry HTML must not spell out what the app is for (the surface scan).
 */
export type FirstHelpRow = readonly [lineCall: string, lineText: string, emergencyCall: string];

/** The few plain words the first help shows, in the entry's language (English). */
export interface FirstHelpWords {
  readonly call: string;
  readonly text: string;
  readonly exit: string;
}

/** What index.html carries: the words once, and one row per region code. */
export interface FirstHelpData {
  readonly words: FirstHelpWords;
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
  const { call, text, exit } = value;
  return isText(call) && isText(text) && isText(exit) ? { call, text, exit } : null;
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
  const words = parseWords(data.words);
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
