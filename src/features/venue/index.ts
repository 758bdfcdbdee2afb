/**
 * Entry path (only this file and poster-venue.ts): venue posters' signed
 * contacts. The checking and showing load lazily, after the first paint.
 */
import { lazyComponent } from '../shell/lazy-component';

export { holdPosterVenue, holdScannedVenue } from './poster-venue';

/** The venue contacts for `region`, above its lines: a poster's checked pack and kept ones. */
export const VenueSection = lazyComponent(() =>
  import('./VenueSection').then((module) => module.VenueSection),
);
