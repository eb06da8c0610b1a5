/**
 * When a changed URL means another page. Single-page apps change the URL as the reader moves between
 * stories; a jump to an anchor in the same story (`#section-2`) changes it too, but is the same page.
 */

/** A URL without its fragment, unless the fragment is a single-page app's route (`#/story/2`, `#!/story/2`). */
export function pageKey(href: string): string {
  const at = href.indexOf('#');
  if (at < 0) return href;
  return /^#!?\//.test(href.slice(at)) ? href : href.slice(0, at);
}
