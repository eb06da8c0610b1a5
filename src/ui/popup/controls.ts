/**
 * The popup's controls over ClaimLens: pause or resume everywhere, turn it off on this page's site, and
 * "Analyse this page" when the page is not checked by itself. The settings go through `ControlPorts`, so the
 * view is testable without a browser; the settings themselves are validated where they are read.
 */
import { runModeFor, type RunMode } from '../../settings/policy';
import type { SettingsPorts } from '../../settings/ports';
import { defaultSettings, type Settings } from '../../settings/schema';
import { siteOf, withSiteOff, withSiteOn } from '../../settings/sites';
import { t } from '../../i18n';
import { wordTable } from '../../i18n/table';
import { el } from '../shared/dom';

/** Every word the controls show, in one place; the words come from `_locales` when read. */
export const CONTROL_LABELS = Object.assign(
  wordTable({
    region: 'popupControlsRegion',
    pause: 'popupPause',
    resume: 'popupResume',
    pausedNote: 'popupPausedNote',
    analyse: 'popupAnalyse',
    analysing: 'popupAnalysing',
    saveFailed: 'optionsSaveFailed',
    analyseFailed: 'popupPageUnreachable',
  }),
  { siteOff: (site: string) => t('popupSiteOff', site) },
);

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
  const { element, pause, siteBox, analyse, note } = controlElements(site);
  let mode: RunMode | undefined;

  const show = (next: Settings) => {
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
  analyse.addEventListener('click', () => void runAnalyse(analyse, note, hooks.onAnalyse));
  const ready = ports.loadSettings().then(show, () => show(defaultSettings()));
  ports.watchSettings(show, hooks.signal);
  return { element, ready };
}

/** The controls' elements; the site toggle only for a page with a site (http and https). */
function controlElements(site: string | null) {
  const pause = el('button', { className: 'control pause', attrs: { type: 'button' } });
  const siteBox = el('input', { className: 'site-off', attrs: { type: 'checkbox', id: 'site-off' } });
  const siteRow = site
    ? el('label', { className: 'control site', attrs: { for: 'site-off' } }, [siteBox, el('span', { text: CONTROL_LABELS.siteOff(site) })])
    : null;
  const analyse = el('button', { className: 'control analyse', text: CONTROL_LABELS.analyse, attrs: { type: 'button' } });
  analyse.hidden = true;
  const note = el('p', { className: 'control-note', attrs: { role: 'status' } });
  const element = el('section', { className: 'controls', attrs: { 'aria-label': CONTROL_LABELS.region } }, [pause, siteRow, analyse, note]);
  return { element, pause, siteBox, analyse, note };
}

/** Runs "Analyse this page", showing that it is busy, and says so in `note` when the page can't be reached. */
async function runAnalyse(button: HTMLButtonElement, note: HTMLElement, onAnalyse: () => Promise<void>): Promise<void> {
  button.disabled = true;
  button.textContent = CONTROL_LABELS.analysing;
  try {
    await onAnalyse();
  } catch {
    note.textContent = CONTROL_LABELS.analyseFailed;
  } finally {
    button.disabled = false;
    button.textContent = CONTROL_LABELS.analyse;
  }
}
