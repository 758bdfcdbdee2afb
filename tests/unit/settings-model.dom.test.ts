// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/core/settings';
import { parseRegionCode } from '../../src/core/region-code';

/** Storage under the model's control: each test decides when (and whether) a read answers. */
const storage = vi.hoisted(() => ({
  answer: (_stored: Settings | null) => {},
  writes: [] as Array<[string, unknown]>,
}));

vi.mock('../../src/storage/settings', () => ({
  readSettings: () =>
    new Promise<Settings | null>((resolve) => {
      storage.answer = resolve;
    }),
  writeSetting: (key: string, value: unknown) => {
    storage.writes.push([key, value]);
    return Promise.resolve(true);
  },
}));

async function freshModel() {
  vi.resetModules();
  storage.writes = [];
  return {
    model: await import('../../src/app/settings'),
    store: await import('../../src/app/store'),
  };
}

const saved: Settings = { ...defaultSettings, region: parseRegionCode('gb'), language: 'fr' };

describe('the settings model', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads storage once: every later load gets the same answer', async () => {
    const { model } = await freshModel();
    const first = model.loadSettings();
    storage.answer(saved);
    expect(await first).toEqual(saved);
    expect(model.loadSettings()).toBe(first);
    expect(model.getSettings()).toEqual(saved);
  });

  it('waits for a stuck storage only so long, then answers with the defaults', async () => {
    const { model } = await freshModel();
    const loading = model.loadSettings();
    await vi.advanceTimersByTimeAsync(model.SETTINGS_WAIT_MS);
    expect(await loading).toEqual(defaultSettings);
  });

  it('a late read fills in the settings', async () => {
    const { model } = await freshModel();
    void model.loadSettings();
    await vi.advanceTimersByTimeAsync(model.SETTINGS_WAIT_MS);
    storage.answer(saved);
    await vi.waitFor(() => expect(model.getSettings()).toEqual(saved));
  });

  it('a read that came after boot stopped waiting is news for the screen', async () => {
    const { model } = await freshModel();
    void model.loadSettings();
    await vi.advanceTimersByTimeAsync(model.SETTINGS_WAIT_MS);
    const late = model.lateSettings();
    storage.answer(saved);
    expect(await late).toEqual(saved);
  });

  it('a read in time is no news', async () => {
    const { model } = await freshModel();
    const loading = model.loadSettings();
    storage.answer(saved);
    await loading;
    expect(await model.lateSettings()).toBeNull();
  });

  it('a read that fails leaves nothing to follow, and says the screen is not the saved one', async () => {
    const { model } = await freshModel();
    const loading = model.loadSettings();
    storage.answer(null);
    expect(await loading).toEqual(defaultSettings);
    // Not null ("boot had them"): a cover drawn in the defaults' words must not be kept.
    expect(await model.lateSettings()).toEqual({});
  });

  it('a region saved before a late read (a poster) keeps it, and the rest still comes through', async () => {
    const { model } = await freshModel();
    void model.loadSettings();
    await vi.advanceTimersByTimeAsync(model.SETTINGS_WAIT_MS);
    await model.saveSetting('region', parseRegionCode('ke'));
    const late = model.lateSettings();
    storage.answer({ ...saved, disguise: 'calculator' });
    // The screen already shows ke: the late read has only the rest to show, not the old gb.
    const { region: _alreadyShown, ...rest } = { ...saved, disguise: 'calculator' };
    expect(await late).toEqual(rest);
    expect(model.getSettings()).toEqual({ ...saved, disguise: 'calculator', region: 'ke' });
  });

  it('a late read never undoes a choice saved meanwhile', async () => {
    const { model } = await freshModel();
    void model.loadSettings();
    await vi.advanceTimersByTimeAsync(model.SETTINGS_WAIT_MS);
    await model.saveSetting('callNoteSeen', true);
    storage.answer({ ...saved, callNoteSeen: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(model.getSettings().callNoteSeen).toBe(true);
  });

  it('saving a region moves memory, storage, the store and <html data-region> together', async () => {
    const { model, store } = await freshModel();
    const saving = model.saveSetting('region', parseRegionCode('ke'));
    // In memory before any await: an exit in the same event already sees it.
    expect(model.getSettings().region).toBe('ke');
    expect(await saving).toBe(true);
    expect(storage.writes).toEqual([['region', 'ke']]);
    expect(store.getState().region).toBe('ke');
    expect(document.documentElement.dataset.region).toBe('ke');
  });

  it('the exit resets the view, not the region or the language', async () => {
    const { model, store } = await freshModel();
    await model.saveSetting('region', parseRegionCode('gb'));
    store.update({ screen: { name: 'settings' }, notice: { key: 'x' }, language: 'fr' });
    store.resetView();
    expect(store.getState()).toMatchObject({
      screen: { name: 'hotlines' },
      notice: null,
      region: 'gb',
      language: 'fr',
    });
  });
});
