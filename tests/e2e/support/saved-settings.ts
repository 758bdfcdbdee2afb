/** Reads what the app saved in IndexedDB, straight from the page's own database. */
import type { BrowserContext, Page } from '@playwright/test';

/** The stored value of one setting (undefined when none was saved). */
export function savedSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('lantern');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get(name);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );
}

/**
 * Another tab of the app's origin holding the database open at the version it
 * has (or a new one), ignoring requests to close: a page that asks for a newer
 * version (`asNewerBuild`) is blocked until this tab closes.
 */
export async function holdDatabaseInOldTab(context: BrowserContext): Promise<Page> {
  const old = await context.newPage();
  await old.goto('/manifest.webmanifest');
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lantern');
        request.onupgradeneeded = () => request.result.createObjectStore('settings');
        request.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = request.result;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  return old;
}

/**
 * Another tab of the app's origin in the middle of a long write to the
 * settings: a page's read waits behind it (storage that answers late, as on a
 * busy phone) until `release` is called or the tab closes.
 */
export async function holdSettingsInOldTab(
  context: BrowserContext,
): Promise<{ release: () => Promise<void> }> {
  const old = await context.newPage();
  await old.goto('/manifest.webmanifest');
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lantern');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const store = request.result.transaction('settings', 'readwrite').objectStore('settings');
          // A transaction lives while it has requests: one after another, until released.
          const keepBusy = () => {
            if (!(window as unknown as { released?: boolean }).released) {
              store.get('region').onsuccess = keepBusy;
            }
          };
          keepBusy();
          resolve();
        };
      }),
  );
  return {
    release: async () => {
      await old.evaluate(() => ((window as unknown as { released: boolean }).released = true));
      await old.close();
    },
  };
}

/**
 * Runs in a page before its scripts (`addInitScript`): the app opens its
 * database one version up, as a newer build of it would.
 */
export function asNewerBuild(): void {
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (name: string, version?: number) {
    return open.call(this, name, version === undefined ? undefined : version + 1);
  };
}
