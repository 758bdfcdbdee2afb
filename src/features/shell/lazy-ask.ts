/**
 * Entry path. The one lazy door to "ask without speaking" (its button on the
 * Help screen and its screen): one import site, so the entry bundle carries
 * a single loader for the feature's chunk.
 */
import { lazyComponent } from '../../app/lazy-component';

/** Renders the ask feature's button or screen once its chunk has arrived. */
export const LazyAsk = lazyComponent(() => import('../ask').then((module) => module.Ask));
