/**
 * Reading and writing sources. Every function takes the database, so tests and the background share
 * one code path over different databases.
 */
import type { SourceDoc } from '../engine/types';
import type { PageInfo, StoredSourceView, TextQuoteSelector } from '../messaging/schemas';
import { savedClaimId, urlWithoutFragment } from './claim-id';
import type { ClaimLensDB, StoredSource } from './db';

/** Every source (seeds, saved claims, imports), in id order. */
export function listSources(db: ClaimLensDB): Promise<StoredSource[]> {
  return db.sources.toArray();
}

/** One source by id, or undefined. */
export function getSource(db: ClaimLensDB, id: string): Promise<StoredSource | undefined> {
  return db.sources.get(id);
}

/** Saved claims from `url` (its fragment ignored), newest first. */
export async function savedForUrl(db: ClaimLensDB, url: string): Promise<StoredSource[]> {
  const found = await db.sources.where('url').equals(urlWithoutFragment(url)).toArray();
  return found.filter((s) => s.kind === 'saved').sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
}

/** What a save needs: the page it came from and where the selection sits on it. */
export interface SaveClaimInput {
  page: PageInfo;
  selector: TextQuoteSelector;
}

/**
 * Stores a selection as a saved claim. The id hashes the fragment-less URL and the whitespace-normalised text,
 * so saving the same words from the same page again returns the first record with `duplicate: true` and writes nothing.
 * @param now save time in ms since the epoch.
 */
export async function saveClaim(
  db: ClaimLensDB,
  input: SaveClaimInput,
  now: number,
): Promise<{ record: StoredSource; duplicate: boolean }> {
  const id = await savedClaimId(input.page.url, input.selector.exact);
  const record = savedRecord(id, input, now);
  return db.transaction('rw', db.sources, async () => {
    const existing = await db.sources.get(id);
    if (existing) return { record: existing, duplicate: true };
    await db.sources.add(record);
    return { record, duplicate: false };
  });
}

function savedRecord(id: string, { page, selector }: SaveClaimInput, now: number): StoredSource {
  const siteName = page.siteName?.trim() || undefined;
  return {
    id,
    kind: 'saved',
    file: null,
    title: page.title,
    text: selector.exact,
    url: urlWithoutFragment(page.url),
    savedAt: now,
    selector: {
      exact: selector.exact,
      prefix: selector.prefix,
      suffix: selector.suffix,
      ...(selector.position ? { position: { start: selector.position.start, end: selector.position.end } } : {}),
    },
    ...(siteName ? { siteName, publisher: siteName } : {}),
    ...(page.published ? { published: page.published } : {}),
  };
}

/** The engine's view of a stored source: the `SourceDoc` fields only. */
export function toSourceDoc(s: StoredSource): SourceDoc {
  return {
    id: s.id,
    title: s.title,
    text: s.text,
    kind: s.kind,
    file: s.file,
    ...(s.url !== undefined ? { url: s.url } : {}),
    ...(s.publisher !== undefined ? { publisher: s.publisher } : {}),
    ...(s.published !== undefined ? { published: s.published } : {}),
  };
}

/** What crosses the message boundary to the UI (full text included). */
export function toSourceView(s: StoredSource): StoredSourceView {
  return {
    ...toSourceDoc(s),
    ...(s.savedAt !== undefined ? { savedAt: s.savedAt } : {}),
    ...(s.siteName !== undefined ? { siteName: s.siteName } : {}),
    ...(s.selector !== undefined ? { selector: s.selector } : {}),
  };
}
