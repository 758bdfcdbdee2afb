/**
 * Entry path. Holds a poster's signed venue pack (`v=`) between the moment
 * it is read (the address at boot, or the scanner) and the hotlines screen
 * that checks and shows it. Memory only, dropped on quick exit; the address
 * bar loses it at boot like the rest of the query.
 */
import { onExit } from '../exit/quick-exit';

/** An unchecked token and the region its poster named. */
interface HeldVenue {
  token: string;
  region: string;
}

let held: HeldVenue | null = null;

onExit(() => {
  held = null;
});

/** Holds the `v=` of a page address's query (`location.search`), if it has one. */
export function holdPosterVenue(search: string): void {
  const params = new URLSearchParams(search);
  const token = params.get('v');
  const region = params.get('r');
  held = token && region ? { token, region: region.trim().toLowerCase() } : null;
}

/** Holds the venue pack a scanned or typed poster link carried (or forgets the last one). */
export function holdScannedVenue(token: string | undefined, region: string): void {
  held = token ? { token, region } : null;
}

/** The held token when its poster named `region`; it still has to be verified. */
export function posterVenueFor(region: string): string | null {
  return held && held.region === region ? held.token : null;
}
