/**
 * What the popup and the options page need to read, change and follow the settings: one interface, so both
 * views are tested with an in-memory fake and ship with the real storage.
 */
import type { Settings } from './schema';
import { loadSettings, updateSettings, watchSettings, type SettingsStorage } from './storage';

export interface SettingsPorts {
  loadSettings(): Promise<Settings>;
  /** Applies `change` and stores it; resolves with what was stored, rejects when it could not be. */
  updateSettings(change: (s: Settings) => Settings): Promise<Settings>;
  /** Calls back when the settings change anywhere (the other view, another window, sync) until `signal` aborts. */
  watchSettings(onChange: (s: Settings) => void, signal: AbortSignal): void;
}

/** The ports over the extension's storage (sync where offered, local always). */
export function browserSettingsPorts(storage?: SettingsStorage): SettingsPorts {
  return {
    loadSettings: () => loadSettings(storage),
    updateSettings: (change) => updateSettings(change, storage),
    watchSettings: (onChange, signal) => watchSettings(onChange, signal, storage),
  };
}
