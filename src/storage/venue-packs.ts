/**
 * Venue packs the person chose to keep ("Keep these contacts"), one per venue.
 * Only the signed token is kept, with what is needed to find it again; the
 * page verifies it again before every showing, so a key removed from the app
 * or an expiry also ends a kept pack. Reads never throw; memory is the truth
 * when IndexedDB fails.
 */
import * as v from 'valibot';
import { MAX_VENUE_TOKEN_BYTES, VENUE_TOKEN_PATTERN } from '../core/venue-pack';
import { getDb } from './db';

/** What is stored for one kept venue pack. */
export const KeptVenuePackSchema = v.strictObject({
  sub: v.pipe(v.string(), v.nonEmpty(), v.maxLength(64)),
  r: v.pipe(v.string(), v.nonEmpty(), v.maxLength(16)),
  seq: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  token: v.pipe(v.string(), v.maxLength(MAX_VENUE_TOKEN_BYTES), v.regex(VENUE_TOKEN_PATTERN)),
});

/** One kept venue pack. */
export type KeptVenuePack = v.InferOutput<typeof KeptVenuePackSchema>;

const memory = new Map<string, KeptVenuePack>();

/** Every kept venue pack that still parses; a damaged record is skipped, not shown. */
export async function getKeptVenuePacks(): Promise<KeptVenuePack[]> {
  try {
    const db = await getDb();
    if (!db) return [...memory.values()];
    for (const value of await db.getAll('venuePacks')) {
      const parsed = v.safeParse(KeptVenuePackSchema, value);
      if (parsed.success) memory.set(parsed.output.sub, parsed.output);
    }
  } catch {
    // Memory already holds whatever was kept this session.
  }
  return [...memory.values()];
}

/**
 * Keeps a checked venue pack, replacing an older one of the same venue.
 * Resolves to false when it could only be kept in memory.
 */
export async function keepVenuePack(pack: KeptVenuePack): Promise<boolean> {
  const kept = memory.get(pack.sub);
  // A lower seq is an older poster; the verifier refuses it, and storage won't go back either.
  if (kept && kept.seq > pack.seq) return false;
  memory.set(pack.sub, pack);
  try {
    const db = await getDb();
    if (!db) return false;
    await db.put('venuePacks', pack, pack.sub);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes every kept venue pack. Cleared one by one before the database is
 * deleted, since a deletion another tab blocks would otherwise leave them.
 */
export async function forgetKeptVenuePacks(): Promise<void> {
  memory.clear();
  try {
    const db = await getDb();
    await db?.clear('venuePacks');
  } catch {
    // The database is deleted next anyway.
  }
}
