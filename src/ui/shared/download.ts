/**
 * Saves text as a file through the browser's own download of a Blob link: no `downloads` permission, and
 * the same in Chrome and Firefox.
 */

/** Offers `json` for download as `filename`. */
export function downloadJson(filename: string, json: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([json], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after the click returns: revoke only once the download has had time to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
