/**
 * Entry path. The order a region's lines are shown in, for who the poster is for,
 * and the emergency line kept one tap away at the top. Pure.
 */
import type { Audience } from './audience';
import type { HotlineOperator, HotlinePurpose } from './content-types';

/** What ordering needs to know about a line. */
export interface OrderableLine {
  readonly purpose: HotlinePurpose;
  readonly run_by: HotlineOperator;
}

/** The purposes each audience sees first, in this order. */
export const AUDIENCE_PURPOSES: Readonly<Record<Audience, readonly HotlinePurpose[]>> = {
  child: ['child'],
  adult: ['trafficking', 'violence', 'migrant'],
};

/** True for a line that is not the emergency number: a helpline. */
export function isHelpline(line: OrderableLine): boolean {
  return line.purpose !== 'emergency';
}

/**
 * The lines in the order to show them. No audience: the pack's order. A child:
 * child lines first. An adult: trafficking, violence and migrant lines first,
 * and the first helpline is an independent one when the region has one (an
 * undocumented worker may fear a line run by police or immigration).
 * Stable: lines keep the pack's order within each group. Never drops a line.
 */
export function orderHotlines<T extends OrderableLine>(
  lines: readonly T[],
  audience: Audience | null,
): T[] {
  if (audience === null) return [...lines];
  const first = AUDIENCE_PURPOSES[audience];
  const rank = (line: T) => {
    const at = first.indexOf(line.purpose);
    return at === -1 ? first.length : at;
  };
  const ordered = lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => rank(a.line) - rank(b.line) || a.index - b.index)
    .map(({ line }) => line);
  if (audience !== 'adult') return ordered;
  const independent = ordered.findIndex(
    (line) => isHelpline(line) && line.run_by === 'independent',
  );
  const firstHelpline = ordered.findIndex(isHelpline);
  if (independent <= firstHelpline) return ordered;
  const [chosen] = ordered.splice(independent, 1);
  return chosen === undefined
    ? ordered
    : [...ordered.slice(0, firstHelpline), chosen, ...ordered.slice(firstHelpline)];
}

/** The line the top bar dials: the pack's first emergency line, if it has one. */
export function emergencyLine<T extends OrderableLine>(lines: readonly T[]): T | undefined {
  return lines.find((line) => line.purpose === 'emergency');
}

/** True when a pack has nothing but emergency numbers so far. */
export function hasOnlyEmergency(lines: readonly OrderableLine[]): boolean {
  return lines.length > 0 && !lines.some(isHelpline);
}
