/**
 * The settings model: the only things Lantern ever stores. Pure: parsing of
 * stored values and defaults, no I/O.
 */
import { parseRegionCode, type RegionCode } from './region-code';

/** Every stored setting with its type. Nothing else is ever saved. */
export interface Settings {
  region: RegionCode | null;
  language: string | null;
  disguise: string | null;
  callNoteSeen: boolean;
}

/** What a device with nothing saved uses. */
export const defaultSettings: Readonly<Settings> = {
  region: null,
  language: null,
  disguise: null,
  callNoteSeen: false,
};

const SHORT_TEXT = /^[\p{L}\p{N}_-]{1,32}$/u;

function shortText(value: unknown): string | undefined {
  return typeof value === 'string' && SHORT_TEXT.test(value) ? value : undefined;
}

/** One parser per setting, each returning that setting's own type (undefined: not usable). */
const parsers: { [K in keyof Settings]: (value: unknown) => Settings[K] | undefined } = {
  region: (value) => parseRegionCode(value) ?? undefined,
  language: shortText,
  disguise: shortText,
  callNoteSeen: (value) => (typeof value === 'boolean' ? value : undefined),
};

/**
 * Parses a stored value for `key`; anything unexpected (a corrupt record, an
 * older format) becomes the default instead of breaking the app.
 */
export function parseSetting<K extends keyof Settings>(key: K, value: unknown): Settings[K] {
  return parsers[key](value) ?? defaultSettings[key];
}

/** Every setting's name. */
export const settingKeys = [
  'region',
  'language',
  'disguise',
  'callNoteSeen',
] as const satisfies ReadonlyArray<keyof Settings>;

/** Parses every setting from `read(key)` (a stored record, or undefined when none). */
export function parseSettings(read: (key: keyof Settings) => unknown): Settings {
  const settings: Settings = { ...defaultSettings };
  for (const key of settingKeys) parseInto(settings, key, read(key));
  return settings;
}

function parseInto<K extends keyof Settings>(settings: Settings, key: K, value: unknown): void {
  settings[key] = parseSetting(key, value);
}
