/**
 * Which venue packs to show for a region: the poster's (verified now) and the
 * kept ones (verified again, so an expired pack or a retired key ends them).
 */
import * as v from 'valibot';
import { VenueKeySetSchema, type VenueClaims, type VenueKeySet } from '../../core/venue-pack';
import { verifyVenuePack } from '../../core/venue-verify';
import { getKeptVenuePacks } from '../../storage/venue-packs';

/** A checked pack ready to show, and whether it is kept on the phone. */
export interface ShownVenue {
  claims: VenueClaims;
  token: string;
  kept: boolean;
}

/** What the section shows: the poster's pack (or that it was refused), then kept packs. */
export interface VenueView {
  poster: ShownVenue | 'refused' | null;
  kept: ShownVenue[];
}

// Parsed, not trusted: the build wrote it, but a bad key file must mean "no keys", not a crash.
const parsedKeys = v.safeParse(VenueKeySetSchema, __VENUE_KEYS__);
const builtInKeys: VenueKeySet = parsedKeys.success ? parsedKeys.output : { keys: [] };

/** Checks a poster's pack (if it named `region`) and the kept packs for `region`. */
export async function loadVenueView(region: string, token: string | null): Promise<VenueView> {
  const kept = await getKeptVenuePacks();
  const now = Math.floor(Date.now() / 1000);
  const keptSeq = (sub: string) => kept.find((pack) => pack.sub === sub)?.seq;

  let poster: VenueView['poster'] = null;
  if (token !== null) {
    const verdict = await verifyVenuePack(token, { keys: builtInKeys, region, now, keptSeq });
    poster = verdict.ok
      ? { claims: verdict.claims, token, kept: kept.some((pack) => pack.token === token) }
      : 'refused';
  }
  const posterSub = typeof poster === 'object' && poster !== null ? poster.claims.sub : null;

  const shownKept: ShownVenue[] = [];
  for (const pack of kept) {
    if (pack.r !== region || pack.sub === posterSub) continue;
    const verdict = await verifyVenuePack(pack.token, { keys: builtInKeys, region, now });
    if (verdict.ok) shownKept.push({ claims: verdict.claims, token: pack.token, kept: true });
  }
  return { poster, kept: shownKept };
}
