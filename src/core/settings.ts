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

/**
 * Parses a stored value for `key`; anything unexpected (a corrupt record, an
 * older format) becomes the default instead of breaking the app.
 */
export function parseSetting<K extends keyof Settings>(key: K, value: unknown): Settings[K] {
  const parsed = parseAny(key, value);
  return (parsed === undefined ? defaultSettings[key] : parsed) as Settings[K];
}

function parseAny(key: keyof Settings, value: unknown): Settings[keyof Settings] | undefined {
  if (value === null || value === undefined) return undefined;
  switch (key) {
    case 'region':
      return parseRegionCode(value) ?? undefined;
    case 'language':
    case 'disguise':
      return typeof value === 'string' && SHORT_TEXT.test(value) ? value : undefined;
    case 'callNoteSeen':
      return typeof value === 'boolean' ? value : undefined;
  }
}
