/**
 * Entry path. A line's opening hours, read from the pack's short English form
 * ("Mon–Fri 08:00–16:00", "Daily 12:00–20:00", "Weekdays 09:00–11:00 and
 * 12:00–14:00", "9am-11pm every day", "office hours") into days and times, so
 * the card can say them in any language with `Intl`. Text outside that form
 * gives null and is shown as it is, marked as English. Pure.
 */

/** A day of the week, Monday first (0) to Sunday (6). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The days one part of the hours applies to: every day, a span, a list, or not said. */
export type OpeningDays =
  | { readonly kind: 'daily' }
  | { readonly kind: 'span'; readonly from: Weekday; readonly to: Weekday }
  | { readonly kind: 'list'; readonly days: readonly Weekday[] }
  | { readonly kind: 'unsaid' };

/** Minutes after midnight; 1440 is the midnight at the end of the day ("24:00"). */
export interface TimeSpan {
  readonly from: number;
  readonly to: number;
}

/** One part of the hours: its days, then its times (or "office hours", with no times given). */
export interface OpeningPart {
  readonly days: OpeningDays;
  readonly times: readonly TimeSpan[] | 'office';
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

type Token =
  | { kind: 'day'; day: Weekday }
  | { kind: 'time'; minutes: number }
  | { kind: 'daily' | 'weekdays' | 'office' | 'dash' | 'and' | 'comma' | 'semicolon' | 'also' };

/** The parts of `hours`, or null when it is not in the short form the packs use. */
export function parseOpeningHours(hours: string): OpeningPart[] | null {
  const tokens = tokenize(hours);
  if (!tokens || tokens.length === 0) return null;
  const parts: OpeningPart[] = [];
  let at = 0;
  while (at < tokens.length) {
    if (parts.length > 0) {
      const separator = tokens[at]?.kind;
      if (separator !== 'comma' && separator !== 'semicolon') return null;
      at += 1;
    }
    const part = readPart(tokens, at);
    if (!part) return null;
    parts.push(part.value);
    at = part.next;
  }
  return parts;
}

/** What formatting needs from the interface: its words for "every day" and "office hours". */
export interface HoursWords {
  readonly daily: string;
  readonly officeHours: string;
}

/** The parts said in `language`: day names and times from `Intl`, the two words from `words`. */
export function formatOpeningHours(
  parts: readonly OpeningPart[],
  language: string,
  words: HoursWords,
): string {
  return parts
    .map((part) => {
      const times =
        part.times === 'office'
          ? words.officeHours
          : listOf(
              part.times.map(
                (span) => `${timeOf(span.from, language)}–${timeOf(span.to, language)}`,
              ),
              language,
            );
      const days = daysOf(part.days, language, words);
      return days === '' ? times : `${days} ${times}`;
    })
    .join('; ');
}

function readPart(
  tokens: readonly Token[],
  start: number,
): { value: OpeningPart; next: number } | null {
  let at = start;
  const before = readDays(tokens, at);
  at = before.next;
  if (tokens[at]?.kind === 'also') at += 1;
  const times = readTimes(tokens, at);
  if (!times) return null;
  at = times.next;
  let days = before.days;
  if (days.kind === 'unsaid') {
    const after = readDays(tokens, at);
    days = after.days;
    at = after.next;
  }
  return { value: { days, times: times.value }, next: at };
}

function readDays(tokens: readonly Token[], start: number): { days: OpeningDays; next: number } {
  const first = tokens[start];
  if (first?.kind === 'daily') return { days: { kind: 'daily' }, next: start + 1 };
  if (first?.kind === 'weekdays')
    return { days: { kind: 'span', from: 0, to: 4 }, next: start + 1 };
  if (first?.kind !== 'day') return { days: { kind: 'unsaid' }, next: start };
  const second = tokens[start + 1];
  const third = tokens[start + 2];
  if (second?.kind === 'dash' && third?.kind === 'day') {
    return { days: { kind: 'span', from: first.day, to: third.day }, next: start + 3 };
  }
  const days: Weekday[] = [first.day];
  let at = start + 1;
  // "Mon, Tue, Wed" and "Tue and Thu": a separator counts only when a day follows it.
  for (;;) {
    const separator = tokens[at];
    const next = tokens[at + 1];
    if ((separator?.kind !== 'comma' && separator?.kind !== 'and') || next?.kind !== 'day') break;
    days.push(next.day);
    at += 2;
  }
  return {
    days:
      days.length === 1 ? { kind: 'span', from: first.day, to: first.day } : { kind: 'list', days },
    next: at,
  };
}

function readTimes(
  tokens: readonly Token[],
  start: number,
): { value: TimeSpan[] | 'office'; next: number } | null {
  if (tokens[start]?.kind === 'office') return { value: 'office', next: start + 1 };
  const spans: TimeSpan[] = [];
  let at = start;
  for (;;) {
    const from = tokens[at];
    const dash = tokens[at + 1];
    const to = tokens[at + 2];
    if (from?.kind !== 'time' || dash?.kind !== 'dash' || to?.kind !== 'time') return null;
    spans.push({ from: from.minutes, to: to.minutes });
    at += 3;
    if (tokens[at]?.kind !== 'and' || tokens[at + 1]?.kind !== 'time') break;
    at += 1;
  }
  return { value: spans, next: at };
}

const TOKEN =
  /\s*(?:(every day|daily)|(on weekdays|weekdays)|(office hours)|(mon|tue|wed|thu|fri|sat|sun)\b|(\d{1,2}):(\d{2})|(\d{1,2})\s*(am|pm)|([-–—])|(and)\b|(,)|(;)|(also)\b)\s*/y;

function tokenize(hours: string): Token[] | null {
  const text = hours.toLowerCase().trim();
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) return null;
    const token = tokenOf(match);
    if (!token) return null;
    tokens.push(token);
  }
  return tokens;
}

function tokenOf(match: RegExpExecArray): Token | null {
  const [, daily, weekdays, office, day, hour, minute, hour12, half, dash, and, comma, semi, also] =
    match;
  if (daily) return { kind: 'daily' };
  if (weekdays) return { kind: 'weekdays' };
  if (office) return { kind: 'office' };
  if (day) return { kind: 'day', day: weekdayOf(day) };
  if (hour !== undefined && minute !== undefined) {
    const minutes = Number(hour) * 60 + Number(minute);
    return Number(minute) < 60 && minutes <= 1440 ? { kind: 'time', minutes } : null;
  }
  if (hour12 !== undefined && half !== undefined) {
    const hours = Number(hour12);
    if (hours < 1 || hours > 12) return null;
    return { kind: 'time', minutes: ((hours % 12) + (half === 'pm' ? 12 : 0)) * 60 };
  }
  if (dash) return { kind: 'dash' };
  if (and) return { kind: 'and' };
  if (comma) return { kind: 'comma' };
  if (semi) return { kind: 'semicolon' };
  if (also) return { kind: 'also' };
  return null;
}

function weekdayOf(name: string): Weekday {
  const index = DAY_NAMES.findIndex((day) => day === name);
  return isWeekday(index) ? index : 0;
}

function isWeekday(index: number): index is Weekday {
  return Number.isInteger(index) && index >= 0 && index <= 6;
}

function daysOf(days: OpeningDays, language: string, words: HoursWords): string {
  switch (days.kind) {
    case 'daily':
      return words.daily;
    case 'unsaid':
      return '';
    case 'span':
      return days.from === days.to
        ? dayName(days.from, language)
        : `${dayName(days.from, language)}–${dayName(days.to, language)}`;
    case 'list':
      return listOf(
        days.days.map((day) => dayName(day, language)),
        language,
      );
  }
}

// 1 January 2024 was a Monday: day n of the week is that date plus n days.
function dayName(day: Weekday, language: string): string {
  return format(language, 'weekday', { weekday: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + day),
  );
}

// "24:00" is said as midnight, the way the clock shows it.
function timeOf(minutes: number, language: string): string {
  return format(language, 'time', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1, 0, minutes % 1440),
  );
}

function listOf(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat([language, 'en'], { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(
  language: string,
  kind: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${kind}:${language}`;
  const hit = formats.get(key);
  if (hit) return hit;
  const made = new Intl.DateTimeFormat([language, 'en'], options);
  formats.set(key, made);
  return made;
}
