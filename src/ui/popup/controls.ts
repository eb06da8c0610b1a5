/**
 * The popup's controls over ClaimLens: pause or resume everywhere, turn it off on this page's site, and
 * "Analyse this page" when the page is not checked by itself. The settings go through `ControlPorts`, so the
 * view is testable without a browser; the settings themselves are validated where they are read.
 */
import { runModeFor, type RunMode } from '../../settings/policy';
import type { SettingsPorts } from '../../settings/ports';
import { defaultSettings, type Settings } from '../../settings/schema';
import { siteOf, withSiteOff, withSiteOn } from '../../settings/sites';
import { el } from '../shared/dom';

/** Every word the controls show, in one place (for `_locales` later). */
export const CONTROL_LABELS = {
  region: 'ClaimLens on this page',
  pause: 'Pause everywhere',
  resume: 'Resume',
  pausedNote: 'Paused: ClaimLens checks no page by itself.',
  siteOff: (site: string) => `Off on ${site}`,
  analyse: 'Analyse this page',
  analysing: 'Analysing…',
  saveFailed: 'That change could not be saved. Try again.',
  analyseFailed: 'Could not reach the page. Reload it and try again.',
} as const;

/** What the controls need from the browser. */
export type ControlPorts = SettingsPorts;

export interface Controls {
  element: HTMLElement;
  /** Resolves once the settings are read and shown. */
  ready: Promise<void>;
}

/**
 * Builds the controls for the tab at `url`.
 * @param onAnalyse asks the page to analyse itself now (and shows the result); rejects when the page can't be reached.
 * @param onModeChange called with the page's run mode whenever the settings change it (to refresh the view).
 */
export function renderControls(
  url: string | undefined,
  ports: ControlPorts,
  hooks: { onAnalyse(): Promise<void>; onModeChange(mode: RunMode): void; signal: AbortSignal },
): Controls {
  const site = siteOf(url);
  const pause = el('button', { className: 'control pause', attrs: { type: 'button' } });
  const siteBox = el('input', { className: 'site-off', attrs: { type: 'checkbox', id: 'site-off' } });
  const siteRow = el('label', { className: 'control site', attrs: { for: 'site-off' } }, [siteBox, el('span', { text: site ? CONTROL_LABELS.siteOff(site) : '' })]);
  const analyse = el('button', { className: 'control analyse', text: CONTROL_LABELS.analyse, attrs: { type: 'button' } });
  const note = el('p', { className: 'control-note', attrs: { role: 'status' } });
  const element = el('section', { className: 'controls', attrs: { 'aria-label': CONTROL_LABELS.region } }, [pause, site ? siteRow : null, analyse, note]);
  let settings: Settings | undefined;
  let mode: RunMode | undefined;

  const show = (next: Settings) => {
    settings = next;
    pause.textContent = next.paused ? CONTROL_LABELS.resume : CONTROL_LABELS.pause;
    siteBox.checked = !!site && runModeFor({ ...next, paused: false }, url) === 'site-off';
    const nextMode = runModeFor(next, url);
    // Only pages ClaimLens can read get the button, and only when they are not checked by themselves.
    analyse.hidden = !site || nextMode === 'auto';
    if (note.textContent !== CONTROL_LABELS.saveFailed) note.textContent = next.paused ? CONTROL_LABELS.pausedNote : '';
    if (mode !== undefined && nextMode !== mode) hooks.onModeChange(nextMode);
    mode = nextMode;
  };
  const change = (fn: (s: Settings) => Settings) => {
    note.textContent = '';
    ports.updateSettings(fn).then(show, () => (note.textContent = CONTROL_LABELS.saveFailed));
  };

  pause.addEventListener('click', () => change((s) => ({ ...s, paused: !s.paused })));
  siteBox.addEventListener('change', () => {
    if (site) change((s) => (siteBox.checked ? withSiteOff(s, site) : withSiteOn(s, site)));
  });
  analyse.addEventListener('click', () => {
    analyse.disabled = true;
    analyse.textContent = CONTROL_LABELS.analysing;
    hooks
      .onAnalyse()
      .catch(() => (note.textContent = CONTROL_LABELS.analyseFailed))
      .finally(() => {
        analyse.disabled = false;
        analyse.textContent = CONTROL_LABELS.analyse;
      });
  });
  analyse.hidden = true;
  const ready = ports.loadSettings().then(show, () => show(defaultSettings()));
  ports.watchSettings((s) => show(s), hooks.signal);
  return { element, ready };
}
