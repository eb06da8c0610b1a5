/**
 * Per-tab cancellation for page analyses. A tab that sends a newer `page/analyze` (it re-analyses after a
 * save) supersedes its older request, and a closed tab cancels its own; only the latest result may set the badge.
 */
export class TabRuns {
  private runs = new Map<number, AbortController>();

  /** Starts a run for `tabId` (undefined: a sender without a tab, e.g. an extension page), aborting the tab's previous run. */
  start(tabId: number | undefined): AbortController {
    const run = new AbortController();
    if (tabId === undefined) return run;
    this.runs.get(tabId)?.abort(new Error('superseded by a newer analysis of this tab'));
    this.runs.set(tabId, run);
    return run;
  }

  /** Forgets `run` once it has finished, unless a newer run already replaced it. */
  finish(tabId: number | undefined, run: AbortController): void {
    if (tabId !== undefined && this.runs.get(tabId) === run) this.runs.delete(tabId);
  }

  /** The tab closed: cancel whatever it had in flight and drop its state. */
  forget(tabId: number): void {
    this.runs.get(tabId)?.abort(new Error('the tab was closed'));
    this.runs.delete(tabId);
  }

  /** Number of tabs with a run in flight (for tests and diagnostics). */
  get size(): number {
    return this.runs.size;
  }
}
