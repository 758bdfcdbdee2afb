/** Small statistics for benchmark samples. */

/** The median (mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Where the true value probably lies: a 95 % interval. */
export interface Interval {
  low: number;
  high: number;
}

/** How many times the samples are redrawn: enough for a stable 2.5th and 97.5th percentile. */
const RESAMPLES = 4000;

/**
 * A small seeded generator (mulberry32), so the same samples always give the
 * same interval and a printed table can be checked against its JSON.
 */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function redraw(samples: readonly number[], random: () => number): number[] {
  return samples.map(() => samples[Math.floor(random() * samples.length)] ?? 0);
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

/** A percentile bootstrap: `estimate` over redrawn copies of each sample set. */
function bootstrap(
  sets: readonly (readonly number[])[],
  estimate: (...redrawn: number[][]) => number,
): Interval {
  for (const set of sets) if (set.length === 0) throw new Error('an interval of no samples');
  const random = seeded(0x1a7e);
  const estimates: number[] = [];
  for (let round = 0; round < RESAMPLES; round += 1) {
    estimates.push(estimate(...sets.map((set) => redraw(set, random))));
  }
  estimates.sort((a, b) => a - b);
  return { low: percentile(estimates, 0.025), high: percentile(estimates, 0.975) };
}

/** A 95 % interval for the median of `samples`. */
export function medianInterval(samples: readonly number[]): Interval {
  return bootstrap([samples], (redrawn) => median(redrawn));
}

/**
 * A 95 % interval for median(samples) / median(baseline). The two sets are
 * redrawn apart: each sample of the app and of its baseline was taken on its
 * own, and the noise that moves one (when the input or the worker got the
 * CPU) does not move the other.
 */
export function ratioInterval(samples: readonly number[], baseline: readonly number[]): Interval {
  return bootstrap([samples, baseline], (app, base) => median(app) / median(base));
}

/** Met: the whole interval is within the goal; not met: all of it is past; else undecided. */
export type Verdict = 'met' | 'not met' | 'undecided';

/** What an interval says about a goal of "at most `max`". */
export function verdictFor(interval: Interval, max: number): Verdict {
  if (interval.high <= max) return 'met';
  if (interval.low > max) return 'not met';
  return 'undecided';
}

/**
 * One mark for a goal from its figures' verdicts: ✗ when a module that judges
 * it failed (it measured nothing) or a figure surely missed, ≈ when one is
 * undecided, ✓ when every figure met it.
 */
export function goalMark(verdicts: readonly Verdict[], failedModules: readonly string[]): string {
  if (failedModules.length > 0) return `✗ (${failedModules.join(', ')} failed)`;
  if (verdicts.length === 0) return '– not run';
  if (verdicts.includes('not met')) return '✗';
  return verdicts.includes('undecided') ? '≈' : '✓';
}
