/**
 * Reads what a QR code (or a person typing) hands the scanner. Only Lantern's
 * own codes are accepted: a poster link on one of our origins of the exact
 * form `/?r=<region>` (optionally `&for=child|adult`, then `&lang=xx`, and last a
 * signed venue pack `&v=<JWS>`, checked later by the venue verifier), or the short
 * code printed under it (`GB`, `us-tx`, typed as `UK`, `GBR` or `g b`). Everything else is refused with a reason the UI turns
 * into a calm sentence. Pure and total: no input throws, and nothing here
 * ever returns a place to go, only a region.
 */
import { extraOrigins as deploymentOrigins } from './deployment';
import { languageCodeOf } from './languages';
import { AUDIENCE_PARAM, parseAudience, type Audience } from './audience';
import {
  MAX_REGION_INPUT,
  parseRegionCode,
  parseTypedRegionCode,
  type RegionCode,
} from './region-code';
import { MAX_VENUE_TOKEN_BYTES, VENUE_TOKEN_PATTERN } from './venue-pack';

/** Longest payload worth reading, in UTF-8 bytes; our own links are far shorter. */
export const MAX_PAYLOAD_BYTES = 512;

/** Why a payload was refused. */
export type QrRejection =
  | 'empty'
  | 'too-long'
  | 'control-chars'
  | 'odd-unicode'
  | 'script-url'
  | 'not-a-link'
  | 'foreign-origin'
  | 'lookalike-host'
  | 'path'
  | 'no-region'
  | 'malformed'
  | 'unknown-region';

/**
 * A read payload: a region we have a pack for (and, from a venue poster, its
 * still unchecked signed pack), or the reason it was refused.
 */
export type QrPayload =
  | {
      ok: true;
      region: RegionCode;
      language: string | null;
      audience: Audience | null;
      form: 'link' | 'code';
      venue?: string;
    }
  | { ok: false; reason: QrRejection };

/** What the parser needs to know about the running app. */
export interface QrContext {
  /** The app's own origin (`location.origin`). */
  origin: string;
  /** True when a pack exists for the region (the app passes `hasRegionPack`). */
  isKnownRegion: (code: RegionCode) => boolean;
  /** Other accepted origins; defaults to the deployment's `extraOrigins`. */
  extraOrigins?: readonly string[];
}

const CONTROL = /\p{Cc}/u;
// Bidi controls, zero-width and other invisible format characters, combining marks,
// odd spaces and fillers, private use, unassigned, lone surrogates, fullwidth forms.
const ODD_UNICODE =
  /[\p{Cf}\p{M}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}\u00A0\u115F\u1160\u1680\u2000-\u200A\u202F\u205F\u2800\u3000\u3164\uFF00-\uFFEF]/u;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data', 'blob']);
// ASCII only, judged before any lower-casing: the Kelvin sign "\u212A" lower-cases to "k".
const CODE_LIKE = /^[A-Za-z0-9 -]+$/;
const PLAIN_AUTHORITY =
  /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
const REGION_PARAM = /^r=([A-Za-z0-9-]{1,16})$/;
const LANG_PARAM = /^lang=([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2})$/;
const VENUE_PARAM_START = /[?&]v=/;

/** Reads an untrusted payload (scanned or typed) into a known region, or a refusal. */
export function parseQrPayload(payload: unknown, context: QrContext): QrPayload {
  try {
    return read(payload, context);
  } catch {
    // A throwing `isKnownRegion` or a URL parser quirk must still give an answer.
    return reject('malformed');
  }
}

function reject(reason: QrRejection): QrPayload {
  return { ok: false, reason };
}

function read(payload: unknown, context: QrContext): QrPayload {
  if (typeof payload !== 'string') return reject('malformed');
  // A venue poster's link also carries its signed pack, so it may be that much longer.
  const limit = MAX_PAYLOAD_BYTES + (VENUE_PARAM_START.test(payload) ? MAX_VENUE_TOKEN_BYTES : 0);
  if (payload.length > limit || utf8Length(payload) > limit) return reject('too-long');
  if (CONTROL.test(payload)) return reject('control-chars');
  if (ODD_UNICODE.test(payload)) return reject('odd-unicode');
  const text = payload.replace(/^ +| +$/g, '');
  if (text === '') return reject('empty');

  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return readCode(text, context);
  if (SCRIPT_SCHEMES.has(scheme)) return reject('script-url');
  if (scheme !== 'http' && scheme !== 'https') return reject('not-a-link');
  return readLink(text, text.slice(scheme.length + 1), context);
}

function readCode(text: string, context: QrContext): QrPayload {
  if (text.length > MAX_REGION_INPUT || !CODE_LIKE.test(text)) return reject('not-a-link');
  return known(parseTypedRegionCode(text), null, null, 'code', context);
}

function readLink(text: string, afterScheme: string, context: QrContext): QrPayload {
  // `https:example.org` parses as a link too; our posters always carry the slashes.
  if (!afterScheme.startsWith('//')) return reject('malformed');
  const rest = afterScheme.slice(2);
  const end = rest.search(/[/?#\\]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const tail = end === -1 ? '' : rest.slice(end);

  // The URL parser would quietly decode or drop these, so judge the raw text first.
  if (/[@%]|[^\x21-\x7e]|(^|\.)xn--/i.test(authority)) return reject('lookalike-host');
  if (!PLAIN_AUTHORITY.test(authority)) return reject('malformed');

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return reject('malformed');
  }
  const allowed = allowedOrigins(context);
  if (!allowed.includes(url.origin)) {
    return reject(isLookalike(url.hostname, allowed) ? 'lookalike-host' : 'foreign-origin');
  }

  if (tail.includes('#')) return reject('malformed');
  if (tail === '' || tail === '/') return reject('no-region');
  const query = /^\/?\?(.*)$/s.exec(tail)?.[1];
  if (query === undefined) return reject('path');
  if (query === '') return reject('no-region');

  const params = query.split('&');
  // A signed venue pack comes last, after `r=`; only its shape is judged here.
  let venue: string | undefined;
  if (params.length > 1 && params[params.length - 1]?.startsWith('v=')) {
    venue = params.pop()?.slice(2) ?? '';
    if (venue.length > MAX_VENUE_TOKEN_BYTES || !VENUE_TOKEN_PATTERN.test(venue)) {
      return reject('malformed');
    }
  }
  const first = params.shift() ?? '';
  const regionValue = REGION_PARAM.exec(first)?.[1];
  if (regionValue === undefined) return reject(first.startsWith('r=') ? 'malformed' : 'no-region');
  // Exactly `for=child|adult` may follow `r=`, and `lang=` may come last; nothing else.
  const audienceValue = AUDIENCE_PARAM.exec(params[0] ?? '')?.[1];
  if (audienceValue !== undefined) params.shift();
  const [languageParam, ...others] = params;
  if (others.length > 0) return reject('malformed');
  let language: string | null = null;
  if (languageParam !== undefined) {
    const languageValue = LANG_PARAM.exec(languageParam)?.[1];
    if (languageValue === undefined) return reject('malformed');
    // Stored as the code we ship it as: "zh-hant" and "zh-TW" both mean zh-Hant.
    language = languageCodeOf(languageValue);
  }
  const audience = parseAudience(audienceValue);
  const found = known(parseRegionCode(regionValue), language, audience, 'link', context);
  return found.ok && venue !== undefined ? { ...found, venue } : found;
}

function known(
  region: RegionCode | null,
  language: string | null,
  audience: Audience | null,
  form: 'link' | 'code',
  context: QrContext,
): QrPayload {
  if (region === null) return reject('malformed');
  if (!context.isKnownRegion(region)) return reject('unknown-region');
  return { ok: true, region, language, audience, form };
}

function allowedOrigins(context: QrContext): string[] {
  const origins: string[] = [];
  for (const candidate of [context.origin, ...(context.extraOrigins ?? deploymentOrigins)]) {
    try {
      const origin = new URL(candidate).origin;
      if (origin !== 'null') origins.push(origin);
    } catch {
      // A misconfigured extra origin accepts nothing rather than breaking the scanner.
    }
  }
  return origins;
}

/**
 * True when a foreign host is dressed up as one of ours: our host as a prefix
 * (`example.org.evil.com`), a trailing dot, a confusable spelling
 * (`examp1e.org`, `exarnple.org`) or one typo away (`exmple.org`).
 */
function isLookalike(hostname: string, allowed: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  const bare = host.replace(/\.$/, '');
  for (const origin of allowed) {
    const own = new URL(origin).hostname.toLowerCase();
    // A subdomain of ours is another site, not a disguise of this one.
    if (host === own || bare.endsWith(`.${own}`)) continue;
    if (bare === own) return true;
    if (bare.startsWith(`${own}.`) || bare.startsWith(`${own}-`)) return true;
    if (skeleton(bare) === skeleton(own)) return true;
    if (own.length >= 4 && isOneEditApart(bare, own)) return true;
  }
  return false;
}

function skeleton(host: string): string {
  return host.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/[1i]/g, 'l');
}

/** One insertion, deletion, substitution or swap of neighbours (Damerau). */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  if (middleA.length <= 1 && middleB.length <= 1) return true;
  return (
    middleA.length === 2 &&
    middleB.length === 2 &&
    middleA[0] === middleB[1] &&
    middleA[1] === middleB[0]
  );
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
