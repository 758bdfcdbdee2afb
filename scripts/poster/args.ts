import { AUDIENCES, parseAudience, type Audience } from '../../src/core/audience';
import { parseRegionCode } from '../../src/core/region-code';
import { isLang, LANGS, MAX_LANGS, type Lang } from './wording';

/** The two kinds of poster: one safe for public walls, one for staff areas. */
export const STYLES = ['discreet', 'standard'] as const;

/** Which wording a poster carries. */
export type PosterStyle = (typeof STYLES)[number];

/** Validated command-line options. */
export interface PosterArgs {
  region: string;
  origin: string;
  /** One or two languages, the first printed large and the second under it. */
  langs: readonly Lang[];
  style: PosterStyle;
  out: string;
  /** Who the poster is for; the QR's link carries `&for=` and a child poster speaks to a child. */
  audience: Audience | null;
  /** A venue pack (`venue.json`) and the private key to sign it with; both or neither. */
  venue?: { pack: string; key: string };
}

/** What parsing the command line produced: options, a request for help, or a reason to refuse. */
export type ParseResult =
  { kind: 'ok'; args: PosterArgs } | { kind: 'help' } | { kind: 'error'; message: string };

/** The usage text printed with --help and after any invalid argument. */
export const USAGE = `Usage: npm run poster -- --region <code> --origin <https://host> [options]

  --region <code>    region code, e.g. gb, us, us-tx (ISO 3166-1 alpha-2, optional subdivision)
  --origin <url>     where Lantern is served, e.g. https://example.org
                     (https only; http://localhost is allowed for testing)
  --lang <lang>      poster language, or two separated by a comma (the first large,
                     the second under it), e.g. bn or ne,en (default: en)
                     available: ${LANGS.join(' ')}
  --style <style>    discreet (public places, default) or standard (staff areas)
  --for <audience>   child or adult: who the poster is for (the link gets &for=;
                     a child poster's headline speaks to a child)
  --out <dir>        output folder (default: posters/)
  --venue <file>     a venue's own contacts (venue.json) to sign into the code
  --key <file>       the private key to sign them with (needed with --venue)
  --help             show this text`;

const FLAGS = ['region', 'origin', 'lang', 'style', 'out', 'for', 'venue', 'key'] as const;
type Flag = (typeof FLAGS)[number];

/** Parses argv (without node and script) into poster options, refusing anything ambiguous. */
export function parseArgs(argv: readonly string[]): ParseResult {
  const values: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--help' || token === '-h') return { kind: 'help' };
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(token);
    const name = match?.[1];
    if (!match || name === undefined || !isFlag(name)) {
      return { kind: 'error', message: `Unknown argument: ${JSON.stringify(token)}` };
    }
    let value = match[2];
    if (value === undefined) {
      value = argv[i + 1];
      // A missing value would otherwise swallow the next flag as the value.
      if (value === undefined || value.startsWith('--')) {
        return { kind: 'error', message: `--${name} needs a value` };
      }
      i++;
    }
    if (values[name] !== undefined) {
      return { kind: 'error', message: `--${name} was given more than once` };
    }
    values[name] = value;
  }

  if (values.region === undefined) return { kind: 'error', message: '--region is required' };
  if (values.origin === undefined) return { kind: 'error', message: '--origin is required' };

  const region = normaliseRegion(values.region);
  if (region === null) {
    return {
      kind: 'error',
      message: `Invalid region ${JSON.stringify(values.region)}: expected a code like gb, us or us-tx`,
    };
  }
  const origin = normaliseOrigin(values.origin);
  if (!origin.ok) return { kind: 'error', message: origin.message };

  // Matched without regard to case, then written as the app spells it (zh-hant → zh-Hant).
  const langs = (values.lang ?? 'en')
    .split(',')
    .map((raw) => raw.trim())
    .map((raw) => LANGS.find((lang) => lang.toLowerCase() === raw.toLowerCase()) ?? raw);
  const unknown = langs.find((lang) => !isLang(lang));
  if (unknown !== undefined) {
    return {
      kind: 'error',
      message: `No poster wording for language ${JSON.stringify(unknown)} yet (available: ${LANGS.join(', ')})`,
    };
  }
  if (langs.length > MAX_LANGS || new Set(langs).size !== langs.length) {
    return {
      kind: 'error',
      message: `Invalid --lang ${JSON.stringify(values.lang)}: give one language or two different ones, e.g. bn or ne,en`,
    };
  }
  const style = values.style ?? 'discreet';
  if (!isStyle(style)) {
    return {
      kind: 'error',
      message: `Invalid style ${JSON.stringify(style)}: use discreet or standard`,
    };
  }
  const out = values.out ?? 'posters';
  if (out === '') return { kind: 'error', message: '--out must not be empty' };
  const audience = values.for === undefined ? null : parseAudience(values.for);
  if (values.for !== undefined && audience === null) {
    return {
      kind: 'error',
      message: `Invalid --for ${JSON.stringify(values.for)}: use ${AUDIENCES.join(' or ')}`,
    };
  }

  if ((values.venue === undefined) !== (values.key === undefined)) {
    return { kind: 'error', message: '--venue and --key go together' };
  }
  const venue =
    values.venue !== undefined && values.key !== undefined
      ? { venue: { pack: values.venue, key: values.key } }
      : {};
  return {
    kind: 'ok',
    args: { region, origin: origin.origin, langs, style, out, audience, ...venue },
  };
}

/** Lower-cases a region code and returns it, or null when it is not a code the app accepts. */
export function normaliseRegion(raw: string): string | null {
  return parseRegionCode(raw);
}

/** Reduces a URL to a bare origin (no trailing slash), refusing anything but https or http://localhost. */
export function normaliseOrigin(
  raw: string,
): { ok: true; origin: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: `Invalid origin ${JSON.stringify(raw)}: not a URL` };
  }
  const isLocalHttp = url.protocol === 'http:' && url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !isLocalHttp) {
    return {
      ok: false,
      message: `Invalid origin ${JSON.stringify(raw)}: must use https (http is allowed only for localhost)`,
    };
  }
  // The QR must encode exactly <origin>/?r=<code>; a path, query or credentials would
  // silently change what a phone opens, so they are refused rather than dropped.
  if (
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    return {
      ok: false,
      message: `Invalid origin ${JSON.stringify(raw)}: give only scheme and host, e.g. https://example.org`,
    };
  }
  return { ok: true, origin: url.origin };
}

function isFlag(name: string): name is Flag {
  return (FLAGS as readonly string[]).includes(name);
}

function isStyle(style: string): style is PosterStyle {
  return (STYLES as readonly string[]).includes(style);
}
