/**
 * Entry path. The disguises Lantern ships and the unlock code. Pure: names,
 * parsing and the neutral page each one leaves to, no I/O.
 */

/** Every disguise, each an HTML entry of its own (`/<id>.html`) with its own manifest. */
export const disguiseIds = ['calculator', 'notes', 'converter'] as const;

/** One disguise. */
export type DisguiseId = (typeof disguiseIds)[number];

/** The saved choice "no disguise": the app opens straight on help. */
export const NO_DISGUISE = 'none';

/** What a person who never chose a code unlocks with; shown at set-up. */
export const DEFAULT_UNLOCK_CODE = '1234';

/** The disguise an exit leaves to when the person chose none: a plain calculator. */
export const FALLBACK_DISGUISE: DisguiseId = 'calculator';

/** The disguise named by `value`, or null for anything else (including "none"). */
export function parseDisguise(value: unknown): DisguiseId | null {
  return disguiseIds.find((id) => id === value) ?? null;
}

/**
 * An unlock code must be typeable on every cover (the calculator and the
 * converter take only digits) and short enough to remember: 3 to 8 digits.
 */
export function parseUnlockCode(value: unknown): string | null {
  return typeof value === 'string' && /^[0-9]{3,8}$/.test(value) ? value : null;
}

/** The page a disguise lives on; it opens on its cover. */
export function disguisePage(disguise: DisguiseId): string {
  return `/${disguise}.html`;
}
