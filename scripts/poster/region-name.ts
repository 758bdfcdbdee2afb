import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The region's display name from its content pack, or why it could not be read.
 * `missing` means there is no pack at all: a poster for it would open numbers for
 * somewhere else, so the tool refuses it.
 */
export type RegionNameResult =
  | { ok: true; name: string }
  | { ok: false; missing: true; error: string }
  | { ok: false; missing: false; warning: string };

const MAX_NAME_LENGTH = 80;

/**
 * Reads `name` from `<contentDir>/regions/<code>.json`. The packs are written in
 * parallel with this tool, so a missing or odd pack is a warning, never a failure.
 */
export function readRegionName(contentDir: string, region: string): RegionNameResult {
  const file = join(contentDir, 'regions', `${region}.json`);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return {
      ok: false,
      missing: true,
      error: `No region pack for "${region}" (${file}). A poster for it would open numbers that don't work there. Add the pack first, or choose a region that has one.`,
    };
  }
  let pack: unknown;
  try {
    pack = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      missing: false,
      warning: `${file} is not valid JSON; the footer shows the code instead of a name.`,
    };
  }
  const name = typeof pack === 'object' && pack !== null && 'name' in pack ? pack.name : undefined;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
    return {
      ok: false,
      missing: false,
      warning: `${file} has no usable "name" (a string of 1-${MAX_NAME_LENGTH} characters); the footer shows the code.`,
    };
  }
  return { ok: true, name: name.trim() };
}
