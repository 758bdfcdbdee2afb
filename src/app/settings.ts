/**
 * Entry path. The one settings model. Saved settings are read from
 * IndexedDB once, at boot, with one bounded wait; after that they are
 * answered from memory, synchronously. `saveSetting` is the only way to
 * change one: memory, IndexedDB and the page (`<html data-region lang dir>`,
 * the store) move together.
 */
import { defaultSettings, type Settings } from '../core/settings';
import type { RegionCode } from '../core/region-code';
import { readSettings, writeSetting } from '../storage/settings';
import { setLanguage } from './i18n';
import { update } from './store';

/** A stuck IndexedDB (an old tab, a slow phone) may hold back help this long, no more. */
export const SETTINGS_WAIT_MS = 300;

let settings: Settings = { ...defaultSettings };
// Saved before storage answered: a late read must not undo these, but fills in the rest
// (a poster's ?r= saves the region at once; the chosen disguise must still come through).
const savedBeforeRead = new Set<keyof Settings>();
let readDone = false;
let loading: Promise<Readonly<Settings>> | undefined;
let reading: Promise<void> | undefined;
// Boot went on with the defaults (it stopped waiting, or storage could not be read):
// the read, if it comes, is news, and nothing on screen is the person's own.
let bootHadDefaults = false;
// What storage held for the settings not saved meanwhile: all a late read has to show.
let storedOnly: Partial<Settings> = {};

/**
 * Reads the saved settings (once; later calls get the same answer). Gives
 * up after SETTINGS_WAIT_MS and answers with the defaults: help must never
 * wait on storage. A read that arrives later still fills them in, so the
 * exit and the cover see the person's choices; a setting saved meanwhile
 * keeps its new value (the person's newest choice wins over an old record).
 */
export function loadSettings(): Promise<Readonly<Settings>> {
  loading ??= new Promise((resolve) => {
    // Whichever comes first answers; a promise settles once, so the other is a no-op.
    setTimeout(() => {
      if (!readDone) bootHadDefaults = true;
      resolve(settings);
    }, SETTINGS_WAIT_MS);
    reading = readSettings().then((stored) => {
      if (stored) {
        settings = { ...stored, ...pick(settings, savedBeforeRead) };
        storedOnly = omit(stored, savedBeforeRead);
      } else bootHadDefaults = true;
      readDone = true;
      resolve(settings);
    });
  });
  return loading;
}

/**
 * Resolves once storage has answered (or failed), however long it takes: for
 * what must follow a late read, like a cover chosen after all. Starts the read.
 */
export async function settingsRead(): Promise<void> {
  void loadSettings();
  await reading;
}

/**
 * The saved settings when they arrived only after boot stopped waiting: the
 * screen shows defaults and should follow them. Only what the person did not
 * choose meanwhile (a region scanned, a language picked during the wait is
 * already on screen and must not be shown again). Nothing (`{}`) when storage
 * could not be read at all (blocked by an old tab, missing): the screen is
 * still the defaults', not the person's. Null when boot already had them.
 */
export async function lateSettings(): Promise<Readonly<Partial<Settings>> | null> {
  await settingsRead();
  return bootHadDefaults ? storedOnly : null;
}

/** The settings as read at boot and saved since (the defaults until storage answers). */
export function getSettings(): Readonly<Settings> {
  return settings;
}

/** Shows `code`'s help without saving it (boot's guess): the store and `<html data-region>`. */
export function showRegion(code: RegionCode): void {
  // A region shown replaces any unknown place a poster named (boot sets it again after).
  update({ region: code, place: null });
  document.documentElement.dataset.region = code;
}

/**
 * Shows the page in `code` without saving it: words, `<html lang dir>` and the
 * store. Resolves to the language used (English when `code` isn't shipped).
 */
export async function showLanguage(code: string): Promise<string> {
  const language = await setLanguage(code);
  update({ language });
  return language;
}

/**
 * Saves one setting: in memory at once (before any await, so an exit in the
 * same event sees it), on the page and in IndexedDB. Resolves to whether it
 * was kept beyond memory; the app carries on either way.
 */
export async function saveSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): Promise<boolean> {
  const { kept, shown } = applySetting(key, value);
  const [result] = await Promise.all([kept, shown]);
  return result;
}

/**
 * Saves one setting as `saveSetting` does, but resolves once the page shows
 * it: the write finishes in the background. For boot, which never waits for
 * storage (a write that never finished once left the page blank).
 */
export async function chooseSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): Promise<void> {
  await applySetting(key, value).shown;
}

function applySetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
): { kept: Promise<boolean>; shown: Promise<void> } {
  const change: Partial<Settings> = { [key]: value };
  settings = { ...settings, ...change };
  if (!readDone) savedBeforeRead.add(key);
  // A disguise chosen (or changed): no copy of the help may wait in the worker's answer.
  // (Loaded when needed: it is off the first paint.)
  if (key === 'disguise') {
    void import('../shared/view-snapshot').then((module) => module.forgetViewSnapshot());
  }
  return { kept: writeSetting(key, value), shown: showOnPage(change) };
}

function omit(from: Settings, keys: ReadonlySet<keyof Settings>): Partial<Settings> {
  const kept: Partial<Settings> = { ...from };
  for (const key of keys) delete kept[key];
  return kept;
}

function pick(from: Settings, keys: ReadonlySet<keyof Settings>): Partial<Settings> {
  const picked: Partial<Settings> = {};
  for (const key of keys) Object.assign(picked, { [key]: from[key] });
  return picked;
}

/**
 * Forgets every setting in memory ("Forget this device", which deletes them
 * from IndexedDB itself); the page keeps what it shows.
 */
export function clearSettings(): void {
  settings = { ...defaultSettings };
}

async function showOnPage(change: Partial<Settings>): Promise<void> {
  if (change.region) showRegion(change.region);
  // A language whose words can't load (a chunk missing offline) stays as it was; it is still saved.
  if (change.language) await showLanguage(change.language).catch(() => undefined);
}
