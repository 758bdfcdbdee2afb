/**
 * Entry path. The disguises Lantern ships. Pure: names, parsing and the
 * neutral page each one leaves to, no I/O.
 */

/** Every disguise, each an HTML entry of its own (`/<id>.html`) with its own manifest. */
export const disguiseIds = ['calculator', 'notes', 'converter'] as const;

/** One disguise. */
export type DisguiseId = (typeof disguiseIds)[number];

/** The saved choice "no disguise": the app opens straight on help. */
export const NO_DISGUISE = 'none';

/** The disguise an exit leaves to when the person chose none: a plain calculator. */
export const FALLBACK_DISGUISE: DisguiseId = 'calculator';

/** The disguise named by `value`, or null for anything else (including "none"). */
export function parseDisguise(value: unknown): DisguiseId | null {
  return disguiseIds.find((id) => id === value) ?? null;
}

/**
 * The disguise in force: the one chosen, but only once the person has their
 * own code (there is no default), since a cover nobody can open would lock
 * them out of help.
 */
export function disguiseInForce(chosen: DisguiseId | null, hasCode: boolean): DisguiseId | null {
  return hasCode ? chosen : null;
}

/** The page a disguise lives on; it opens on its cover. */
export function disguisePage(disguise: DisguiseId): string {
  return `/${disguise}.html`;
}

/** The disguise whose own page `pathname` is, or null for any other path. */
export function disguiseOfPage(pathname: string): DisguiseId | null {
  return disguiseIds.find((id) => disguisePage(id) === pathname) ?? null;
}

/**
 * True when a page must wear a cover, at launch and whenever it is hidden: a
 * disguise's own entry always; any other entry (`/`, `/?r=gb`) once a
 * disguise is in force, or the plain address would give the disguise away.
 */
export function wearsCover(entry: DisguiseId | null, inForce: DisguiseId | null): boolean {
  return entry !== null || inForce !== null;
}

/**
 * Where the install step must send the person: null when this page already
 * installs the right thing (no disguise in force, or its own entry); else the
 * chosen disguise, whose own page carries its manifest (the name and icon are
 * fixed at install, so installing here would put the app's own on the phone).
 */
export function installElsewhere(
  entry: DisguiseId | null,
  inForce: DisguiseId | null,
): DisguiseId | null {
  return inForce !== null && inForce !== entry ? inForce : null;
}
