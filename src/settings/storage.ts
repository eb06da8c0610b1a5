/**
 * Settings in the browser's extension storage: `storage.sync` where the browser offers it (so they follow the
 * reader to other machines), and always `storage.local` too. Sync can be missing (some browsers), fail (quota,
 * disabled), or lag; local never syncs but never loses the value. Reading takes the newer valid copy.
 */
import { browser } from 'wxt/browser';
import { defaultSettings, parseStoredSettings, type Settings } from './schema';

/** The one key the settings object is stored under, in both areas. */
export const SETTINGS_KEY = 'claimlens.settings';

/** The slice of a `storage.StorageArea` used here. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

/** Where settings live; the extension passes `browser.storage`, tests pass fakes (a sync area that fails, none at all). */
export interface SettingsStorage {
  sync?: StorageArea | undefined;
  local: StorageArea;
  onChanged: { addListener(cb: ChangeListener): void; removeListener(cb: ChangeListener): void };
}

/** The real storage. `sync` is left out where the browser has none. */
export function browserSettingsStorage(): SettingsStorage {
  return {
    sync: browser.storage.sync as StorageArea | undefined,
    local: browser.storage.local as StorageArea,
    onChanged: browser.storage.onChanged as SettingsStorage['onChanged'],
  };
}

async function readArea(area: StorageArea | undefined, where: string): Promise<Settings | null> {
  if (!area) return null;
  let stored: Record<string, unknown>;
  try {
    stored = await area.get(SETTINGS_KEY);
  } catch (err) {
    console.warn(`ClaimLens: could not read settings from ${where} storage:`, err);
    return null;
  }
  return parseStoredSettings(stored?.[SETTINGS_KEY], where);
}

/** The reader's settings: the newer valid copy of sync and local, or the defaults. Never rejects. */
export async function loadSettings(storage: SettingsStorage = browserSettingsStorage()): Promise<Settings> {
  const [synced, local] = await Promise.all([readArea(storage.sync, 'sync'), readArea(storage.local, 'local')]);
  if (synced && local) return synced.updatedAt >= local.updatedAt ? synced : local;
  return synced ?? local ?? defaultSettings();
}

/**
 * Applies `change` to the current settings and stores the result in both areas.
 * @param now ms since the epoch, stamped as `updatedAt` (strictly increasing, so this write wins over what it read).
 * @returns the settings as stored.
 * @throws Error only when neither area could store them: the reader must hear that the change did not stick.
 */
export async function updateSettings(
  change: (current: Settings) => Settings,
  storage: SettingsStorage = browserSettingsStorage(),
  now: () => number = Date.now,
): Promise<Settings> {
  const current = await loadSettings(storage);
  const next: Settings = { ...change(current), updatedAt: Math.max(now(), current.updatedAt + 1) };
  const item = { [SETTINGS_KEY]: next };
  const [synced, local] = await Promise.allSettled([
    storage.sync ? storage.sync.set(item) : Promise.reject(new Error('this browser has no sync storage')),
    storage.local.set(item),
  ]);
  if (synced.status === 'rejected' && storage.sync) console.warn('ClaimLens: settings kept on this device only (sync storage refused them):', synced.reason);
  if (local.status === 'rejected' && synced.status === 'rejected') throw new Error('Your settings could not be saved.');
  return next;
}

/**
 * Calls `onChange` with the current settings whenever they change in either area (another extension page, the
 * popup, or sync bringing a change from another machine), until `signal` aborts. Registered synchronously.
 */
export function watchSettings(
  onChange: (settings: Settings) => void,
  signal: AbortSignal,
  storage: SettingsStorage = browserSettingsStorage(),
): void {
  const listener: ChangeListener = (changes, areaName) => {
    if ((areaName !== 'sync' && areaName !== 'local') || !(SETTINGS_KEY in changes)) return;
    void loadSettings(storage).then((s) => signal.aborted || onChange(s));
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener), { once: true });
}
