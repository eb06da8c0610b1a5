/** Names of export files: what they hold and the day they were made, so a folder of them sorts by date. */

export type ExportFormat = 'claimlens' | 'web-annotation';

/** e.g. `claimlens-2026-11-22.json`, `claimlens-annotations-2026-11-22.jsonld` (the local day of `now`). */
export function exportFilename(format: ExportFormat, now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return format === 'claimlens' ? `claimlens-${day}.json` : `claimlens-annotations-${day}.jsonld`;
}
