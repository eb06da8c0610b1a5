import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, MAX_DISABLED_SITES, parseStoredSettings, SettingsSchema } from '../../../src/settings/schema';

const valid = { version: 1, paused: true, mode: 'on-demand', disabledSites: ['example.com', '127.0.0.1'], updatedAt: 5 };

afterEach(() => vi.restoreAllMocks());

describe('settings schema', () => {
  it('accepts a complete, valid settings object and drops unknown keys', () => {
    expect(parseStoredSettings({ ...valid, extra: 'x' }, 'sync')).toEqual(valid);
  });

  it('gives null without a warning when nothing is stored', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseStoredSettings(undefined, 'sync')).toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'paused'],
    ['a future version', { ...valid, version: 2 }],
    ['a wrong type', { ...valid, paused: 'yes' }],
    ['an unknown mode', { ...valid, mode: 'sometimes' }],
    ['a site that is not a hostname', { ...valid, disabledSites: ['<script>'] }],
    ['an upper-case site (never stored that way)', { ...valid, disabledSites: ['Example.com'] }],
    ['too many sites', { ...valid, disabledSites: Array.from({ length: MAX_DISABLED_SITES + 1 }, (_, i) => `s${i}.example`) }],
    ['a missing field', { version: 1, paused: false, mode: 'auto', disabledSites: [] }],
  ])('rejects %s with a console warning naming the storage area', (_, raw) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseStoredSettings(raw, 'local')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/settings in local storage are not valid.*using the defaults/);
  });

  it('has valid defaults: running by itself everywhere, and a fresh copy each time', () => {
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(DEFAULT_SETTINGS).toMatchObject({ paused: false, mode: 'auto', disabledSites: [] });
    const a = defaultSettings();
    a.disabledSites.push('example.com');
    expect(defaultSettings().disabledSites).toEqual([]);
  });
});
