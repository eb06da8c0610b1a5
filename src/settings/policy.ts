/**
 * Whether ClaimLens checks a page by itself, and what a settings change means for a page already open. Pure.
 */
import type { Settings } from './schema';
import { isSiteOff } from './sites';

/** `auto`: checked as it opens. The others are checked only when the reader asks from the popup. */
export type RunMode = 'auto' | 'paused' | 'site-off' | 'on-demand';

/** How ClaimLens treats the page at `url`. Pausing wins over a site being off, which wins over on-demand. */
export function runModeFor(settings: Settings, url: string | undefined): RunMode {
  if (settings.paused) return 'paused';
  if (isSiteOff(settings, url)) return 'site-off';
  return settings.mode === 'on-demand' ? 'on-demand' : 'auto';
}

/** Paused or off: the reader said "not here", so nothing of ClaimLens may stay on the page (or on its badge). */
export function isBlocked(mode: RunMode): boolean {
  return mode === 'paused' || mode === 'site-off';
}

/**
 * What an open page does when its mode changes from `prev` to `next`. `active`: its claims are shown.
 * - `stop` when it becomes paused or off: its highlights go at once, even ones the reader asked for.
 * - `start` when it becomes `auto` and shows nothing yet (resumed, turned back on).
 * - otherwise nothing: switching to on-demand keeps what is shown; an unrelated change repeats the same mode.
 */
export function gateAction(prev: RunMode, next: RunMode, active: boolean): 'start' | 'stop' | 'none' {
  if (isBlocked(next) && !isBlocked(prev) && active) return 'stop';
  if (next === 'auto' && !active) return 'start';
  return 'none';
}
