/**
 * Identity of a saved claim: the same words saved from the same page are the same claim, whatever the
 * fragment in the address bar or the whitespace in the selection. Pure apart from Web Crypto (present in
 * service workers, extension pages and Node 20).
 */

/** The URL without its `#fragment` (text fragments and anchors do not make a different page). Not otherwise normalised. */
export function urlWithoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Collapses every run of whitespace (incl. NBSP and line breaks) to one space and trims the ends. */
export function normalizeClaimText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * `saved:` + the first 16 hex digits (64 bits) of SHA-256 over the fragment-less URL and the normalised text.
 * Stable across browsers and versions, so a re-save finds the existing record.
 */
export async function savedClaimId(url: string, exact: string): Promise<string> {
  const key = `${urlWithoutFragment(url)}\n${normalizeClaimText(exact)}`;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `saved:${hex.slice(0, 16)}`;
}
