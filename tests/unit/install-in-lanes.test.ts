import { describe, expect, it } from 'vitest';
import type { PrecacheController } from 'workbox-precaching';
import { installInLanes } from '../../src/sw/install-in-lanes';

// The worker resolves the build's relative URLs against its own address; Node has none.
const base = 'https://lantern.test/';

/** A precache whose strategy records each request and answers after `wait` ms. */
function fakePrecache(urls: string[], options: { wait?: number; failing?: string } = {}) {
  const keys = new Map(urls.map((url) => [new URL(url, base).href, `${url}?rev`]));
  let inFlight = 0;
  let mostInFlight = 0;
  const cached: Array<{ url: string; cacheKey: string; cache: RequestCache }> = [];
  const strategy = {
    handleAll({ params, request }: { params: { cacheKey: string }; request: Request }) {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      const done = new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          inFlight -= 1;
          if (request.url.endsWith(options.failing ?? '\0')) return reject(new Error('404'));
          cached.push({ url: request.url, cacheKey: params.cacheKey, cache: request.cache });
          resolve();
        }, options.wait ?? 1),
      );
      return [done, done];
    },
  };
  const precache = {
    strategy,
    getCacheKeyForURL: (url: string) => keys.get(new URL(url, base).href),
    getIntegrityForCacheKey: () => undefined,
  } as unknown as PrecacheController;
  return { precache, cached, mostInFlight: () => mostInFlight };
}

const event = {} as ExtendableEvent;
const files = (count: number) => Array.from({ length: count }, (_, i) => `${base}assets/f${i}.js`);

describe('installInLanes', () => {
  it('caches every entry once, under its precache key', async () => {
    const urls = files(20);
    const fake = fakePrecache(urls);
    await installInLanes(
      fake.precache,
      urls.map((url) => ({ url, revision: null })),
      event,
      4,
    );
    expect(fake.cached.map((entry) => entry.cacheKey).sort()).toEqual(
      urls.map((url) => `${url}?rev`).sort(),
    );
  });

  it('keeps at most `lanes` files in flight, and uses them all', async () => {
    const urls = files(30);
    const fake = fakePrecache(urls, { wait: 5 });
    await installInLanes(fake.precache, urls, event, 6);
    expect(fake.mostInFlight()).toBe(6);
  });

  it('fetches a revisioned file past the HTTP cache, a hashed one through it', async () => {
    const page = `${base}index.html`;
    const script = `${base}assets/a1b2.js`;
    const fake = fakePrecache([page, script]);
    await installInLanes(
      fake.precache,
      [
        { url: page, revision: 'r1' },
        { url: script, revision: null },
      ],
      event,
    );
    const modes = Object.fromEntries(fake.cached.map((entry) => [entry.url, entry.cache]));
    expect(modes).toEqual({ [page]: 'reload', [script]: 'default' });
  });

  it('rejects when one file fails, so a half-filled precache never activates', async () => {
    const urls = files(30);
    const fake = fakePrecache(urls, { failing: '/f1.js' });
    await expect(installInLanes(fake.precache, urls, event, 3)).rejects.toThrow('404');
    // The lanes stop taking files: only those already in flight beside the failure finish.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.cached.length).toBeLessThan(6);
  });

  it('rejects a file the precache does not list', async () => {
    const fake = fakePrecache([`${base}index.html`]);
    await expect(installInLanes(fake.precache, [`${base}elsewhere.js`], event)).rejects.toThrow(
      'not in the precache list',
    );
  });
});
