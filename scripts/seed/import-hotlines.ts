/// <reference types="node" />
// ONE-OFF IMPORT, NOT PART OF THE BUILD OR `npm test`. It turned batches 2 and 3 of
// ../shared/data/hotlines.json into content/regions/<code>.json once (2026-11-30). Its output
// was then checked with `npm run content:check` and edited by hand; the packs, not this
// script, are the source of truth. Running it again overwrites those hand edits.
//
//   npx tsx scripts/seed/import-hotlines.ts <hotlines.json> <content/regions> [--report]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { LANGUAGE_CODES, REGION_LANGUAGES, REGION_NAMES } from './languages';
import {
  CALL_BY_ID,
  NO_SMS_IDS,
  COVERAGE_BY_ID,
  NOTE_BY_ID,
  OVERRIDES,
  RUN_BY_BY_ID,
  type Override,
} from './overrides';

interface SeedEntry {
  region: string;
  name: string;
  purpose: string;
  phone_e164: string | null;
  phone_display: string;
  sms: string | null;
  whatsapp: string | null;
  hours: string;
  languages: string;
  free: boolean | null;
  website: string;
  source_url: string;
  source_quote: string;
  source_date: string;
  second_source_url: string;
  verified: boolean;
  notes: string;
  compiled: string;
  batch: number;
}

type Pack = {
  code: string;
  name: string;
  country: string;
  languages: readonly string[];
  note?: string;
  hotlines: Record<string, unknown>[];
};

const [seedPath, outDir] = process.argv.slice(2);
if (seedPath === undefined || outDir === undefined) {
  throw new Error('usage: tsx scripts/seed/import-hotlines.ts <hotlines.json> <content/regions>');
}
const seed = JSON.parse(readFileSync(seedPath, 'utf8')) as SeedEntry[];
const skipped: string[] = [];

/** The phone, maybe `dial` text, for one seed entry; undefined when no valid number is found. */
function resolvePhone(
  entry: SeedEntry,
  country: CountryCode,
): { phone: string; dial?: string } | undefined {
  const main = (entry.phone_display.split(/\s*(?:\/|;|\bor\b)\s*/)[0] ?? '')
    .replace(/\([^)]*\)/g, '')
    .trim();
  if (/[#*]/.test(main)) {
    return { phone: main.replace(/\D/g, ''), dial: main.replace(/\s/g, '') };
  }
  if (/[A-Z]{2,}/.test(main)) {
    const parsed = parsePhoneNumberFromString(keypad(main), country);
    return parsed?.isValid() ? { phone: parsed.number, dial: main } : undefined;
  }
  const digits = main.replace(/\D/g, '');
  if (/^\d{2}$/.test(digits)) return { phone: digits, dial: digits };
  if (entry.phone_e164 !== null) {
    const e164 = parsePhoneNumberFromString(entry.phone_e164);
    const national = digits.replace(/^0+/, '');
    if (e164?.isValid() && national !== '' && e164.number.endsWith(national)) {
      return { phone: e164.number };
    }
  }
  if (/^\d{3,6}$/.test(digits) && !digits.startsWith('0')) return { phone: digits };
  // 002 (Turkmenistan), 019 (Sierra Leone): short codes with a leading zero, never national numbers.
  if (/^0\d{2,3}$/.test(digits) && entry.phone_e164 === null) return { phone: digits };
  const parsed = parsePhoneNumberFromString(main, country);
  if (parsed?.isValid()) return { phone: parsed.number };
  const e164 = entry.phone_e164 === null ? undefined : parsePhoneNumberFromString(entry.phone_e164);
  return e164?.isValid() ? { phone: e164.number } : undefined;
}

function keypad(text: string): string {
  const keys = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
  return [...text.toUpperCase()]
    .map((c) => {
      if (/\d/.test(c)) return c;
      const key = keys.findIndex((k) => k.includes(c));
      return key === -1 ? '' : String(key + 2);
    })
    .join('');
}

function resolveSms(
  text: string | null,
  country: CountryCode,
): { number: string; keyword?: string } | undefined {
  if (text === null) return undefined;
  const main = text.replace(/\([^)]*\)/g, '').trim();
  if (/\bor\b|\/|\+\s*city|#/.test(main)) return undefined;
  const digits = main.replace(/[\s-]/g, '');
  if (/^\d{3,6}$/.test(digits)) return { number: digits };
  const parsed = parsePhoneNumberFromString(main, country);
  return parsed?.isValid() ? { number: parsed.number } : undefined;
}

function resolveHours(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^(24\/7(\/365)?|24 hours|24h)$/i.test(trimmed)) return '24/7';
  if (trimmed === '' || /\(|source|disputed|unconfirmed|per |may |;|assumed/i.test(trimmed)) {
    return undefined;
  }
  return trimmed.length <= 120 ? trimmed : undefined;
}

function resolveLanguages(text: string): string[] | undefined {
  if (text.trim() === '' || /unverified/i.test(text)) return undefined;
  const parts = text.split(/\s*(?:,|;|\band\b)\s*/).map((p) => p.trim().toLowerCase());
  const codes = parts.map((p) => LANGUAGE_CODES[p]);
  if (codes.some((c) => c === undefined)) return undefined;
  return [...new Set(codes as string[])];
}

const PRIMARY_DOMAIN =
  /(^|\.)(gov|gob|gouv|govt|gv|go|gub|admin|government|police|policja|politie|polizei)\.|\.gov$|\.gob\.|\.gouv\.|\.go\.[a-z]{2}$|\.gov\.[a-z]{2}$|\.govt\.[a-z]{2}$/;

// Operators' own sites and official portals the domain patterns miss, read off the seed's sources.
const OPERATOR_HOSTS = new Set([
  '080020100.bg',
  '112.ee',
  '112.fi',
  '112.is',
  '112.lt',
  '116006.cz',
  '116111.no',
  'abaadmena.org',
  'act212.ch',
  'actionsociale.wallonie.be',
  'alo116.al',
  'bahrain.bh',
  'bgbvc.org.bw',
  'bmfsfj.de',
  'bundesregierung.de',
  'childhelphotline.org',
  'childhelplinecambodia.org',
  'childline.org.zw',
  'childlinett.org',
  'childrensociety.org.sg',
  'city.mito.lg.jp',
  'city.odate.lg.jp',
  'eesti.ee',
  'egov.kz',
  'egypt.iom.int',
  'fidauganda.org',
  'hamogelo.gr',
  'iacrianca.pt',
  'jamstalldhetsmyndigheten.se',
  'just.ee',
  'kjt.lu',
  'lasteabi.ee',
  'lastrada.md',
  'lifeindenmark.borger.dk',
  'logreglan.is',
  'mana.latvija.lv',
  'marta.lv',
  'migri.fi',
  'ncfa.org.jo',
  'nck.uu.se',
  'nofyl.org',
  'nollalinja.fi',
  'observatoire-violence-femmes.tn',
  'projuventute.ch',
  'rainlily.org.hk',
  'rijksoverheid.nl',
  'rosa-help.no',
  'russia.iom.int',
  'sak.fi',
  'strada.cz',
  'stortinget.no',
  'ttchildren.org',
  'tungwahcsd.org',
  'wetaase.org',
  'wildaftanzania.or.tz',
  'yoneco.org',
  'police.be',
  'ksc-kcf.org',
  'gouv.bj',
  'gub.uy',
  'missingchildreneurope.eu',
  'childhelplineinternational.org',
  'inimoigustegiid.ee',
  'korea1391.go.kr',
  'menshasu.org',
  'traffickinginpersons.org.na',
  'wegwijzermensenhandel.nl',
  'english.wegwijzermensenhandel.nl',
  'portail.td',
  'masfamu.gov.ao',
  'minas.cm',
  'anes.gov.ro',
]);

/** True where the source is not the operator's or a government's own page. */
function isSecondary(entry: SeedEntry): boolean {
  const host = hostOf(entry.source_url);
  // Foreign embassies' and the EU's country lists are directories, not the operator.
  if (
    /github\.com|pastebin|wikipedia|blogspot|scribd|docslib|vdocuments|readkong|embassy|usaid|exteriores\.gob\.es|europa\.eu/.test(
      host,
    )
  ) {
    return true;
  }
  if (PRIMARY_DOMAIN.test(host) || OPERATOR_HOSTS.has(host)) return false;
  if (entry.website !== '' && sameSite(hostOf(entry.website), host)) return false;
  return true;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return '';
  }
}

function sameSite(a: string, b: string): boolean {
  const base = (h: string) => h.split('.').slice(-2).join('.');
  return a !== '' && (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`) || base(a) === base(b));
}

const AUTHORITY =
  /polic|policí|polícia|politie|polizei|policja|gendarm|ministry|ministerio|ministère|minist[eé]r|government|gouvernement|national council|commission|department|directorate|authority|agency|agence|inspectorate|inspection|immigration|customs|prosecut|fiscal|procuradur|defensor|ombuds|rzecznik|state welfare|civil defen|civil protection|protection civile|sapeurs|pompiers|bomberos|fire|ambulance|rescue|emergency|samu|red crescent|municipal|city of|council|secretariat|kemen|kemensos|welfare organization|labour|labor|mohre|oranga tamariki|sernameg|pani|inau|felcv|naptip|anitp|\bstate\b/i;
const INDEPENDENT =
  /\bngo\b|foundation|fundaci|fundação|fundacja|fondation|association|asociaci|associação|asociația|stowarzysz|la strada|caritas|save the children|childline|child helpline international|charity|church|salvation army|women's aid|shamsaha|ecpat|red cross|hamogelo|stígamót|bris\b|børns vilkår|kindertelefon|telefonul copilului|linka bezpečí|kék vonal/i;

/** authority or independent from the name first, then the notes; checked by hand afterwards. */
function guessRunBy(entry: SeedEntry): 'authority' | 'independent' {
  if (entry.purpose === 'emergency') return 'authority';
  if (INDEPENDENT.test(entry.name)) return 'independent';
  if (AUTHORITY.test(entry.name)) return 'authority';
  if (INDEPENDENT.test(entry.notes)) return 'independent';
  return 'authority';
}

function slug(text: string): string {
  return text
    .replace(/ø/gi, 'o')
    .replace(/[ðđ]/gi, 'd')
    .replace(/æ/gi, 'ae')
    .replace(/þ/gi, 'th')
    .replace(/ß/g, 'ss')
    .replace(/ł/gi, 'l')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter((w) => w !== '')
    .slice(0, 5)
    .join('-');
}

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, 120).trim();
}

function convert(
  entry: SeedEntry,
  index: number,
  override: Override,
): Record<string, unknown> | undefined {
  const code = entry.region.toLowerCase();
  const country = entry.region as CountryCode;
  const resolved =
    override.phone !== undefined
      ? { phone: override.phone, dial: override.dial }
      : resolvePhone(entry, country);
  if (resolved === undefined) {
    skipped.push(
      `${entry.region} #${index} ${entry.name}: no valid number in "${entry.phone_display}"`,
    );
    return undefined;
  }
  const name = override.name ?? cleanName(entry.name);
  const hotline: Record<string, unknown> = {
    id: `${code}-${override.slug ?? slug(name)}`,
    name,
    purpose: entry.purpose,
    run_by: override.run_by ?? guessRunBy(entry),
  };
  const id = String(hotline.id);
  hotline.run_by = RUN_BY_BY_ID[id] ?? hotline.run_by;
  if (override.operator !== undefined) hotline.operator = override.operator;
  hotline.phone = resolved.phone;
  const whatsapp = entry.whatsapp === null ? undefined : parsePhoneNumberFromString(entry.whatsapp);
  const whatsappOk = whatsapp?.isValid() === true;
  if (entry.whatsapp !== null && !whatsappOk) {
    skipped.push(
      `${entry.region} #${index} ${entry.name}: WhatsApp ${entry.whatsapp} is not valid; left out`,
    );
  }
  const call = override.call ?? CALL_BY_ID[id] ?? (resolved.dial !== undefined ? false : undefined);
  if (call !== undefined) hotline.call = call;
  if (resolved.dial !== undefined) hotline.dial = resolved.dial;
  // A text link pre-fills a message; emergency services that take texts want their own format
  // (or a registration), so their SMS route is described in the note instead of linked.
  const sms =
    override.sms === null || entry.purpose === 'emergency' || NO_SMS_IDS.has(id)
      ? undefined
      : (override.sms ?? resolveSms(entry.sms, country));
  if (sms !== undefined) hotline.sms = sms;
  if (whatsappOk && whatsapp !== undefined) hotline.whatsapp = whatsapp.number;
  if (/^https:\/\//.test(entry.website) && !/\s/.test(entry.website))
    hotline.website = entry.website;
  const hours = override.hours === null ? undefined : (override.hours ?? resolveHours(entry.hours));
  if (hours !== undefined) hotline.hours = hours;
  if (entry.free !== null) hotline.free = entry.free;
  const languages = resolveLanguages(entry.languages);
  if (languages !== undefined) hotline.languages = languages;
  const coverage = override.coverage ?? COVERAGE_BY_ID[id];
  if (coverage !== undefined) hotline.coverage = coverage;
  const note = override.note ?? NOTE_BY_ID[id];
  if (note !== undefined) hotline.note = note;
  hotline.source = entry.source_url;
  if (/^\d{4}-\d{2}-\d{2}$/.test(entry.source_date)) hotline.source_date = entry.source_date;
  if (override.secondary ?? isSecondary(entry)) hotline.secondary_source = true;
  if (
    /^https?:\/\/\S+$/.test(entry.second_source_url) &&
    entry.second_source_url !== entry.source_url
  ) {
    hotline.second_source = entry.second_source_url;
  }
  hotline.verified = entry.compiled;
  return hotline;
}

const packs = new Map<string, Pack>();
const display = new Intl.DisplayNames(['en'], { type: 'region' });
seed.forEach((entry, index) => {
  if (entry.batch === 1) return;
  const key = `${entry.region} #${index}`;
  if (!entry.verified) {
    skipped.push(`${key} ${entry.name}: verified false`);
    return;
  }
  const override = OVERRIDES[index] ?? {};
  if (override.skip !== undefined) {
    skipped.push(`${key} ${entry.name}: ${override.skip}`);
    return;
  }
  const code = entry.region.toLowerCase();
  const languages = REGION_LANGUAGES[code];
  if (languages === undefined) throw new Error(`no languages for ${code}`);
  const pack = packs.get(code) ?? {
    code,
    name: REGION_NAMES[code] ?? display.of(entry.region) ?? entry.region,
    country: entry.region,
    languages,
    hotlines: [],
  };
  packs.set(code, pack);
  const hotline = convert(entry, index, override);
  if (hotline === undefined) return;
  const clash = pack.hotlines.find((h) => h.phone === hotline.phone || h.id === hotline.id);
  if (clash !== undefined) {
    if (clash.id === hotline.id && clash.phone !== hotline.phone) {
      hotline.id = `${String(hotline.id)}-${String(hotline.phone).replace(/\D/g, '').slice(-4)}`;
    } else {
      skipped.push(`${key} ${entry.name}: same number as ${String(clash.id)}; merged into it`);
      return;
    }
  }
  pack.hotlines.push(hotline);
});

// Independent lines first within each purpose: the build keeps file order inside a purpose.
for (const pack of packs.values()) {
  pack.hotlines.sort((a, b) => (a.run_by === b.run_by ? 0 : a.run_by === 'independent' ? -1 : 1));
  if (pack.hotlines.length > 0 && pack.hotlines.every((h) => h.purpose === 'emergency')) {
    pack.note = `We only have the emergency numbers for ${pack.name} so far. For a child line or a line about trafficking or violence, ask someone you trust, like a teacher, nurse or shelter worker, for the local number.`;
  }
  if (pack.hotlines.length === 0) {
    skipped.push(`${pack.code}: no entry left, no pack written`);
    continue;
  }
  writeFileSync(join(outDir, `${pack.code}.json`), `${JSON.stringify(pack, null, 2)}\n`);
}
process.stdout.write(`${packs.size} packs\n${skipped.join('\n')}\n`);
