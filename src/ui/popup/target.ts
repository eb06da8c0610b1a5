/**
 * Decides where clicking a source in the popup takes the reader. Pure.
 */
import { textFragmentUrl } from './fragment';

/** The parts of a match needed to open its source. */
export interface OpenableMatch {
  source: { id: string; kind: 'seed' | 'saved' | 'import'; url?: string | undefined };
  quote: string;
  quoteStart: number;
  quoteEnd: number;
}

/**
 * `viewer`: the extension's own viewer page (a path to resolve with `runtime.getURL`), showing the stored text
 * with the quoted range marked. `web`: the source's original page, with a text fragment for the quote.
 */
export type SourceTarget = { kind: 'viewer'; path: string } | { kind: 'web'; url: string };

/** `/viewer.html?id=…&start=…&end=…` for a source id and a character range in its text. */
export function viewerPath(id: string, start?: number, end?: number): string {
  const params = new URLSearchParams({ id });
  if (start !== undefined && end !== undefined && end > start) {
    params.set('start', String(start));
    params.set('end', String(end));
  }
  return `/viewer.html?${params.toString()}`;
}

/**
 * Seeds, and any source without a usable http(s) URL, open in the viewer at the quoted range; saved and imported
 * claims with a URL open their original page scrolled to the quote.
 */
export function sourceTarget(match: OpenableMatch): SourceTarget {
  const { source } = match;
  if (source.kind !== 'seed' && source.url) {
    const url = textFragmentUrl(source.url, match.quote);
    if (url) return { kind: 'web', url };
  }
  return { kind: 'viewer', path: viewerPath(source.id, match.quoteStart, match.quoteEnd) };
}
