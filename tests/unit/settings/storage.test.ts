import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { browserSettingsStorage, loadSettings, SETTINGS_KEY, updateSettings, watchSettings, type SettingsStorage, type StorageArea } from '../../../src/settings/storage';

const stored = (over: Partial<Settings>): Settings => ({ ...defaultSettings(), ...over });

/** An in-memory area; `fail` makes every call reject as a browser does when sync is off or over quota. */
function area(fail = false): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  const refuse = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
  return {
    data,
    get: async (key) => (fail ? refuse() : key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => (fail ? refuse() : void Object.assign(data, structuredClone(items))),
  };
}
const noEvents = { addListener: () => undefined, removeListener: () => undefined };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('settings storage', () => {
  it('starts from the defaults and stores a change in sync and local alike', async () => {
    const storage = browserSettingsStorage();
    expect(await loadSettings(storage)).toEqual(defaultSettings());
    const saved = await updateSettings((s) => ({ ...s, paused: true }), storage, () => 1000);
    expect(saved).toMatchObject({ paused: true, updatedAt: 1000 });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(saved);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(saved);
    expect(await loadSettings(storage)).toEqual(saved);
  });

  it('falls back to local storage when sync refuses, and loses nothing', async () => {
    const storage: SettingsStorage = { sync: area(true), local: area(), onChanged: noEvents };
    await updateSettings((s) => ({ ...s, disabledSites: ['example.com'] }), storage, () => 1);
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/this device only/), expect.any(Error));
    expect(await loadSettings(storage)).toMatchObject({ disabledSites: ['example.com'] });
  });

  it('works in a browser without sync storage', async () => {
    const storage: SettingsStorage = { local: area(), onChanged: noEvents };
    await updateSettings((s) => ({ ...s, mode: 'on-demand' }), storage, () => 1);
    expect(await loadSettings(storage)).toMatchObject({ mode: 'on-demand' });
  });

  it('says so when neither area can store the change', async () => {
    const storage: SettingsStorage = { sync: area(true), local: area(true), onChanged: noEvents };
    await expect(updateSettings((s) => ({ ...s, paused: true }), storage)).rejects.toThrow('Your settings could not be saved.');
  });

  it('reads the newer copy when sync and local disagree (a change synced from another machine, or a sync that failed)', async () => {
    const sync = area();
    const local = area();
    const storage: SettingsStorage = { sync, local, onChanged: noEvents };
    sync.data[SETTINGS_KEY] = stored({ paused: true, updatedAt: 20 });
    local.data[SETTINGS_KEY] = stored({ paused: false, updatedAt: 10 });
    expect(await loadSettings(storage)).toMatchObject({ paused: true });
    local.data[SETTINGS_KEY] = stored({ mode: 'on-demand', updatedAt: 30 });
    expect(await loadSettings(storage)).toMatchObject({ paused: false, mode: 'on-demand' });
  });

  it('replaces an invalid stored value with the valid copy or the defaults, with a warning, never a crash', async () => {
    const sync = area();
    const local = area();
    const storage: SettingsStorage = { sync, local, onChanged: noEvents };
    sync.data[SETTINGS_KEY] = { version: 1, paused: 'yes' };
    local.data[SETTINGS_KEY] = stored({ disabledSites: ['example.com'], updatedAt: 1 });
    expect(await loadSettings(storage)).toMatchObject({ disabledSites: ['example.com'] });
    local.data[SETTINGS_KEY] = 42;
    expect(await loadSettings(storage)).toEqual(defaultSettings());
    expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/settings in sync storage are not valid/));
    // The next change is stamped after what it read and replaces the bad copies.
    await updateSettings((s) => ({ ...s, paused: true }), storage, () => 0);
    expect(sync.data[SETTINGS_KEY]).toMatchObject({ paused: true, updatedAt: 1 });
  });

  it('a change always wins over what it read, even with a clock behind the stored stamp', async () => {
    const storage: SettingsStorage = { sync: area(), local: area(), onChanged: noEvents };
    await updateSettings((s) => ({ ...s, paused: true }), storage, () => 500);
    const next = await updateSettings((s) => ({ ...s, paused: false }), storage, () => 100);
    expect(next.updatedAt).toBe(501);
    expect(await loadSettings(storage)).toMatchObject({ paused: false });
  });

  it('tells a watcher about changes in either area until its signal aborts', async () => {
    const seen: Settings[] = [];
    const life = new AbortController();
    watchSettings((s) => seen.push(s), life.signal);
    await updateSettings((s) => ({ ...s, paused: true }));
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ paused: true }));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    const count = seen.length;
    life.abort();
    await updateSettings((s) => ({ ...s, paused: false }));
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.length).toBe(count);
  });
});
