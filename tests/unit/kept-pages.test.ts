/**
 * What the page keeps for the worker (src/shared/view-snapshot.ts), against a
 * Cache Storage that counts its writes: a launch that shows what the last one
 * showed writes nothing, and writes take turns.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseViewSnapshot, type ViewSnapshot } from '../../src/core/view-snapshot';
import { parseRegionCode, type RegionCode } from '../../src/core/region-code';

/** A Cache Storage in memory; `puts` lists every key written, in order. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const puts: string[] = [];
  const cacheFor = (entries: Map<string, Response>) => ({
    match: async (key: string) => entries.get(key)?.clone(),
    put: async (key: string, response: Response) => {
      // A write that takes a while (B's longest), so a second one could come between its parts.
      const slow = (await response.clone().text()).includes('"B"');
      await new Promise((resolve) => setTimeout(resolve, slow ? 20 : 5));
      puts.push(key);
      entries.set(key, response.clone());
    },
    delete: async (key: string) => entries.delete(key),
  });
  const storage = {
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new Map());
      return cacheFor(stores.get(name) as Map<string, Response>);
    },
    match: async (key: string, options: { cacheName: string }) =>
      stores.get(options.cacheName)?.get(key)?.clone(),
    has: async (name: string) => stores.has(name),
    delete: async (name: string) => stores.delete(name),
  };
  return { storage, puts, stores };
}

const snapshot = (html: string): ViewSnapshot =>
  parseViewSnapshot({ region: 'gb', lang: 'en', dir: 'ltr', html }) as ViewSnapshot;
const gb = parseRegionCode('gb') as RegionCode;
const ie = parseRegionCode('ie') as RegionCode;
const page = (html: string) => ({ html, headers: new Headers({ 'Content-Type': 'text/html' }) });

let fake: ReturnType<typeof fakeCaches>;
let kept: typeof import('../../src/shared/view-snapshot');

beforeEach(async () => {
  fake = fakeCaches();
  vi.stubGlobal('caches', fake.storage);
  vi.resetModules();
  kept = await import('../../src/shared/view-snapshot');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the pages kept for the worker', () => {
  it('writes the snapshot and the page at rest once, and nothing when a launch shows the same', async () => {
    await kept.writeViewSnapshot(snapshot('<a href="tel:1">1</a>'), kept.beginKeeping());
    await kept.writePageAtRest(page('<html>gb</html>'), 'build-1', gb, kept.beginKeeping());
    expect(fake.puts).toEqual(['/view-snapshot', '/page-at-rest']);

    await kept.writeViewSnapshot(snapshot('<a href="tel:1">1</a>'), kept.beginKeeping());
    await kept.writePageAtRest(page('<html>gb</html>'), 'build-1', gb, kept.beginKeeping());
    expect(fake.puts).toHaveLength(2);
    expect((await kept.readPageAtRest())?.build).toBe('build-1');
  });

  it('writes again when what it shows, the build or the region changed', async () => {
    await kept.writePageAtRest(page('<html>gb</html>'), 'build-1', gb, kept.beginKeeping());
    await kept.writePageAtRest(page('<html>gb, later</html>'), 'build-1', gb, kept.beginKeeping());
    await kept.writePageAtRest(page('<html>gb, later</html>'), 'build-2', gb, kept.beginKeeping());
    await kept.writePageAtRest(page('<html>gb, later</html>'), 'build-2', ie, kept.beginKeeping());
    expect(fake.puts).toHaveLength(4);
    const atRest = await kept.readPageAtRest();
    expect([atRest?.build, atRest?.region]).toEqual(['build-2', 'ie']);
    expect(await atRest?.response.text()).toBe('<html>gb, later</html>');
  });

  it('takes writes in turn: A, B, A again ends on A, never on the slower B', async () => {
    await kept.writeViewSnapshot(snapshot('A'), kept.beginKeeping());
    // Not awaited one by one: the screen changed twice while the first write was under way.
    await Promise.all([
      kept.writeViewSnapshot(snapshot('B'), kept.beginKeeping()),
      kept.writeViewSnapshot(snapshot('A'), kept.beginKeeping()),
    ]);
    expect((await kept.readViewSnapshot())?.html).toBe('A');
    expect(fake.puts).toEqual(['/view-snapshot', '/view-snapshot', '/view-snapshot']);
  });

  it('forgets at once, and again after the writes under way, so none outlives it', async () => {
    const writing = Promise.all([
      kept.writeViewSnapshot(snapshot('B'), kept.beginKeeping()),
      kept.writePageAtRest(page('<html>gb</html>'), 'build-1', gb, kept.beginKeeping()),
    ]);
    await kept.forgetViewSnapshot();
    await writing;
    // The queued forget runs after the write.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await kept.readPageAtRest()).toBeNull();
    expect(fake.stores.has('view')).toBe(false);
  });

  it('writes nothing for a keeping that began before a forget, however late its turn comes', async () => {
    // Keeping the hotlines: the snapshot is written, then the worker's copy is read.
    const before = kept.beginKeeping();
    await kept.writeViewSnapshot(snapshot('<a href="tel:1">1</a>'), before);
    // "Remove everything" while the worker's copy was being read.
    await kept.forgetViewSnapshot();
    await kept.writePageAtRest(page('<html>gb</html>'), 'build-1', gb, before);
    await kept.writeViewSnapshot(snapshot('<a href="tel:1">1</a>'), before);
    expect(await kept.readPageAtRest()).toBeNull();
    expect(await kept.readViewSnapshot()).toBeNull();
    expect(fake.stores.has('view')).toBe(false);

    // A screen shown after it is kept as usual.
    const after = kept.beginKeeping();
    await kept.writePageAtRest(page('<html>gb</html>'), 'build-1', gb, after);
    expect((await kept.readPageAtRest())?.region).toBe('gb');
  });
});
