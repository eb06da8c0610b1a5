/** Web addresses ClaimLens acts on are absolute http(s) URLs; everything else (javascript:, file:, junk) is refused. */

/** `url` parsed, when it is an absolute http or https URL; null otherwise. */
export function httpUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}
