/**
 * Entry path. Venue posters' signed contacts: only this file is on the first
 * paint; checking and showing load after it. The poster's token waits in the
 * store (`venue`), so a quick exit drops it with everything else.
 */
import { lazyComponent } from '../../app/lazy-component';

/** The venue contacts for `region`, above its lines: the poster's checked pack and kept ones. */
export const VenueSection = lazyComponent(() =>
  import('./VenueSection').then((module) => module.VenueSection),
);
