import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The region's display name from its content pack, or why it could not be read. */
export type RegionNameResult = { ok: true; name: string } | { ok: false; warning: string };

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
      warning: `No region pack at ${file}; the footer shows the code instead of a name.`,
    };
  }
  let pack: unknown;
  try {
    pack = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      warning: `${file} is not valid JSON; the footer shows the code instead of a name.`,
    };
  }
  const name = typeof pack === 'object' && pack !== null && 'name' in pack ? pack.name : undefined;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
    return {
      ok: false,
      warning: `${file} has no usable "name" (a string of 1-${MAX_NAME_LENGTH} characters); the footer shows the code.`,
    };
  }
  return { ok: true, name: name.trim() };
}
