/**
 * The reader's settings: pause everywhere, sites ClaimLens is off on, and whether it checks pages by itself or
 * only when asked. Stored as one versioned object; whatever is read back is validated, and a value that fails is
 * replaced by the defaults with a console warning (never a crash, never a half-trusted object).
 */
import * as z from 'zod/mini';
import { text } from '../sources/schema';

export const SETTINGS_VERSION = 1;
/** A bound on the list, so a stored value can't grow without limit (sync storage caps an item at 8 kB anyway). */
export const MAX_DISABLED_SITES = 500;

/** A hostname as `sites.ts` normalises it: lower case, no `www.`, no port (`example.com`, `127.0.0.1`, `[::1]`). */
export const Site = text(253, 1).check(z.regex(/^(\[[0-9a-f:.]+\]|[a-z0-9_-]+(\.[a-z0-9_-]+)*)$/, 'expected a hostname'));

export const RunModeSetting = z.enum(['auto', 'on-demand']);

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** True: ClaimLens checks no page until the reader resumes (or asks for one page from the popup). */
  paused: z.boolean(),
  /** `auto`: every article is checked as it opens; `on-demand`: only when the reader asks from the popup. */
  mode: RunModeSetting,
  /** Sites ClaimLens is off on; a site covers its subdomains. */
  disabledSites: z.array(Site).check(z.maxLength(MAX_DISABLED_SITES)),
  /** ms since the epoch of the last change: when sync and local storage disagree, the newer one wins. */
  updatedAt: z.int().check(z.nonnegative()),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  paused: false,
  mode: 'auto',
  disabledSites: [],
  updatedAt: 0,
});

/** A fresh copy of the defaults (the list is the caller's to change). */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, disabledSites: [] };
}

/**
 * Validates a stored value. Nothing stored gives `null` (no warning: a first run has nothing); a value that fails
 * validation gives `null` after a console warning naming `where` it came from and why, so the caller uses defaults.
 */
export function parseStoredSettings(raw: unknown, where: string): Settings | null {
  if (raw === undefined || raw === null) return null;
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  console.warn(`ClaimLens: the settings in ${where} storage are not valid${at} (${issue?.message ?? 'unknown'}); using the defaults.`);
  return null;
}
