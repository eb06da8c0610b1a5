/**
 * The library's compact rows: one per stored source, with the words search looks in, folded once. Pure.
 */
import type { LibraryRow } from '../messaging/library-replies';
import { SNIPPET_CHARS } from '../messaging/library';
import { MAX_CLAIM_CHARS } from '../messaging/schemas';
import type { StoredSource } from './db';

/** A row plus what searching it needs: all its words, folded once. */
export interface LibraryItem {
  row: LibraryRow;
  haystack: string;
}

/** Lower case, no accents, plain quotes, single spaces: what the reader types meets what was stored. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Where a source comes from, as the site filter names it: site name, else publisher, else the URL's host. */
export function siteOf(s: Pick<StoredSource, 'siteName' | 'publisher' | 'url'>): string | undefined {
  const named = s.siteName?.trim() || s.publisher?.trim();
  if (named) return named.slice(0, 300);
  try {
    return s.url ? new URL(s.url).hostname.replace(/^www\./, '') || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** The compact row for a stored source: a saved claim whole, a document cut to a snippet. */
export function toLibraryItem(s: StoredSource): LibraryItem {
  const limit = s.kind === 'saved' ? MAX_CLAIM_CHARS : SNIPPET_CHARS;
  const cut = s.text.length > limit;
  const site = siteOf(s);
  const row: LibraryRow = {
    id: s.id,
    kind: s.kind,
    title: s.title.slice(0, 1000),
    text: cut ? `${s.text.slice(0, limit - 1).trimEnd()}…` : s.text,
    cut,
    file: s.file,
    ...(site ? { site } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.published ? { published: s.published } : {}),
    ...(s.savedAt !== undefined ? { savedAt: s.savedAt } : {}),
    ...(s.editedAt !== undefined ? { editedAt: s.editedAt } : {}),
    ...(s.note ? { note: s.note } : {}),
    ...(s.tags?.length ? { tags: s.tags } : {}),
  };
  const haystack = fold([s.title, s.text, site, s.url, s.note, ...(s.tags ?? [])].filter(Boolean).join('\n'));
  return { row, haystack };
}

const KIND_ORDER = { saved: 0, import: 1, seed: 2 } as const;

/** Display order: saved claims newest first, then imported documents, then seeds, each by title. */
export function compareItems(a: LibraryItem, b: LibraryItem): number {
  const x = a.row;
  const y = b.row;
  return KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (y.savedAt ?? 0) - (x.savedAt ?? 0) || x.title.localeCompare(y.title) || (x.id < y.id ? -1 : 1);
}
