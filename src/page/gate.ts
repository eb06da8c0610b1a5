/**
 * Puts the reader's settings between the page and its session: an article is analysed by itself only when
 * ClaimLens runs automatically here; pausing or turning the site off takes its highlights down at once, resuming
 * starts again, and "Analyse this page" (the popup) runs one session whatever the settings say.
 */
import { wordTable } from '../i18n/table';
import type { PageState } from '../messaging/schemas';
import { gateAction, runModeFor, type RunMode } from '../settings/policy';
import { loadSettings, watchSettings, type SettingsStorage } from '../settings/storage';
import type { Session } from './session';

/** What the popup says about a page ClaimLens left alone, by why it did. */
export const IDLE_MESSAGES: Readonly<Record<Exclude<RunMode, 'auto'>, string>> = wordTable({
  paused: 'pageIdlePaused',
  'site-off': 'pageIdleSiteOff',
  'on-demand': 'pageIdleOnDemand',
});

export type GatedSession<S extends Session> = S & {
  /** Analyses the page now, even when it would not be by itself. */
  analyzeNow(): Promise<void>;
};

/**
 * Wraps `session` so that `start()` first reads the settings, and settings changes start or stop it.
 * @param signal ends the settings watch (the content script's life).
 * @param storage injected by tests; the extension's own storage otherwise.
 */
export function gateSession<S extends Session>(
  session: S,
  opts: { doc: Document; signal: AbortSignal; storage?: SettingsStorage },
): GatedSession<S> {
  const { doc, signal, storage } = opts;
  const url = () => doc.location?.href;
  /** Unknown until the settings are read: the page counts as still analysing meanwhile. */
  let mode: RunMode | undefined;
  /** The session was started (by itself or on request) and not stopped since. */
  let active = false;
  const begin = () => {
    active = true;
    return session.start();
  };
  const stop = () => {
    active = false;
    session.destroy();
  };

  watchSettings(
    (settings) => {
      if (mode === undefined) return; // start() has not decided yet; it will read these settings itself
      const next = runModeFor(settings, url());
      const action = gateAction(mode, next, active);
      mode = next;
      if (action === 'stop') stop();
      else if (action === 'start') void begin();
    },
    signal,
    storage,
  );

  return {
    ...session,
    async start() {
      mode = runModeFor(await loadSettings(storage), url());
      if (signal.aborted) return;
      if (mode === 'auto') return begin();
      // A new URL (single-page app) that is not checked by itself: what the old one showed goes.
      if (active) stop();
    },
    analyzeNow: begin,
    reanalyse: () => (active ? session.reanalyse() : Promise.resolve()),
    state(): PageState {
      if (mode === undefined || active || mode === 'auto') return session.state();
      return { status: 'idle', claims: [], message: IDLE_MESSAGES[mode] };
    },
  };
}
