/**
 * Entry path. `tel:` and `sms:` links for hotlines, and a readable grouping of their
 * numbers. Pure. Numbers arrive validated by the content build (E.164 or a
 * short code); these functions still strip anything that isn't a digit or a
 * leading "+", so a bad pack can never put other text into a link.
 */

/** The dialable part of a hotline: E.164 ("+18883737888") or a short code ("116111"). */
export interface Dialable {
  readonly phone: string;
}

/** A text-message route: a number and, where the service needs one, a keyword. */
export interface SmsRoute {
  readonly number: string;
  readonly keyword?: string | undefined;
}

/** `tel:` link: the E.164 number, or the short code itself (`tel:116111`). */
export function telHref(hotline: Dialable): string {
  return `tel:${dialString(hotline.phone)}`;
}

/** The text a message starts with: the service's keyword if it has one, then `message`. */
export function smsBody(sms: SmsRoute, message?: string): string {
  return [sms.keyword, message].filter((part) => part !== undefined && part !== '').join(' ');
}

/**
 * `sms:` link with the body pre-filled: the keyword, then `message` (both
 * optional). `?body=` is RFC 5724's form and what Android's messaging apps
 * read, though the default SMS app decides and some ignore the body. iOS has
 * changed its mind over the years (`;body=` up to iOS 7, `&body=` from iOS 8;
 * reports differ on `?body=` today) and desktops may have no SMS app at all,
 * so the screen always shows the text to type as well. encodeURIComponent,
 * not URLSearchParams: a space must be %20, as "+" would arrive as a plus.
 */
export function smsHref(sms: SmsRoute, message?: string): string {
  const body = smsBody(sms, message);
  return `sms:${dialString(sms.number)}${body === '' ? '' : `?body=${encodeURIComponent(body)}`}`;
}

/** Keeps digits and one leading "+": the only characters a dial string needs. */
export function dialString(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trimStart().startsWith('+') ? `+${digits}` : digits;
}

// Calling codes of one or two digits; every other code has three (ITU-T E.164
// codes are prefix-free, so the first match is the only one).
const SHORT_CALLING_CODES = new Set([
  '1',
  '7',
  '20',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '36',
  '39',
  '40',
  '41',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '81',
  '82',
  '84',
  '86',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
]);

// Group sizes for national numbers whose common written form the generic rule gets wrong.
const NATIONAL_GROUPS: Record<string, Record<number, number[]>> = {
  '1': { 10: [3, 3, 4] },
  '55': { 10: [2, 4, 4], 11: [2, 5, 4] },
};

/**
 * The number as people write it: "+1 888 373 7888", "+44 800 012 1700",
 * "116 111". Display only; links always use `telHref`/`smsHref`.
 */
export function formatPhoneNumber(phone: string): string {
  const dial = dialString(phone);
  if (!dial.startsWith('+')) return formatShortCode(dial);
  const digits = dial.slice(1);
  const codeLength = SHORT_CALLING_CODES.has(digits.slice(0, 1))
    ? 1
    : SHORT_CALLING_CODES.has(digits.slice(0, 2))
      ? 2
      : 3;
  const code = digits.slice(0, codeLength);
  const national = digits.slice(codeLength);
  if (!national) return dial;
  return `+${code} ${groupNational(national, NATIONAL_GROUPS[code]?.[national.length])}`;
}

// Harmonised European numbers (116 000, 116 111) are written in two threes; others as they are.
function formatShortCode(digits: string): string {
  return /^116\d{3}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3)}` : digits;
}

function groupNational(national: string, groups?: number[]): string {
  return split(national, groups ?? genericGroups(national)).join(' ');
}

function genericGroups(national: string): number[] {
  const length = national.length;
  // Freephone and local-rate prefixes of four digits (Ireland, Australia: 1800 551 800).
  if (/^1[38]00/.test(national) && length >= 8) return [4, ...threes(length - 4)];
  return length <= 5 ? [length] : threes(length);
}

// Threes, ending in a four or two fours rather than a lonely one or two digits.
function threes(length: number): number[] {
  if (length <= 4) return [length];
  const groups: number[] = [];
  let left = length;
  while (left > 4) {
    groups.push(3);
    left -= 3;
  }
  if (left === 2 && groups.length >= 2) {
    groups.splice(-2, 2, 4, 4);
  } else {
    groups.push(left);
  }
  return groups;
}

function split(text: string, groups: number[]): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= text.length) break;
    parts.push(text.slice(at, at + size));
    at += size;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
