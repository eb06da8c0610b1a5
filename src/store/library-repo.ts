/**
 * The reader's edits to saved claims: text, note, tags, delete and undo. A deleted claim waits in one
 * `meta` slot until Undo puts it back (same id, same fields) or the next change lets it go, so Undo works
 * even after the service worker was stopped in between.
 */
import { t } from '../i18n';
import { MAX_NOTE_CHARS, MAX_TAGS } from '../messaging/library';
import { MAX_CLAIM_CHARS } from '../messaging/schemas';
import type { ClaimLensDB, StoredSource } from './db';
import { dropIndexSnapshot } from './index-snapshot';
import { compareItems, toLibraryItem, type LibraryItem } from './library-rows';

const UNDO_KEY = 'libraryUndo';

/** What the reader changed; absent fields stay as they are. */
export interface ClaimPatch {
  text?: string;
  note?: string;
  tags?: string[];
}

/** An edit or delete the store refuses, with a reason for the reader. */
export class LibraryEditError extends Error {
  override name = 'LibraryEditError';
}

/**
 * Applies `patch` to the saved claim `id` and stamps `editedAt`. The selector keeps the page's own words, so
 * an edited claim is still found on its page. Text changes drop the index snapshot in the same transaction:
 * the snapshot's fingerprint covers ids, not texts.
 * @returns the claim as stored now, and whether its text changed (the engine must re-read it).
 * @throws LibraryEditError for an unknown id, a source that is not a saved claim, or text, note or tags out of bounds.
 */
export async function updateClaim(db: ClaimLensDB, id: string, patch: ClaimPatch, now: number): Promise<{ record: StoredSource; textChanged: boolean }> {
  const clean = cleanPatch(patch);
  return db.transaction('rw', db.sources, db.meta, async () => {
    const old = await savedClaim(db, id);
    const record: StoredSource = { ...old, editedAt: now };
    if (clean.text !== undefined) record.text = clean.text;
    if (clean.note !== undefined) setOrDrop(record, 'note', clean.note || undefined);
    if (clean.tags !== undefined) setOrDrop(record, 'tags', clean.tags.length ? clean.tags : undefined);
    const textChanged = record.text !== old.text;
    if (textChanged) await dropIndexSnapshot(db);
    await db.sources.put(record);
    await db.meta.delete(UNDO_KEY);
    return { record, textChanged };
  });
}

/** Deletes the saved claim `id`, keeping it for Undo; returns it as it was. */
export async function deleteClaim(db: ClaimLensDB, id: string): Promise<StoredSource> {
  return db.transaction('rw', db.sources, db.meta, async () => {
    const record = await savedClaim(db, id);
    await db.sources.delete(id);
    await db.meta.put({ key: UNDO_KEY, value: record });
    return record;
  });
}

/**
 * Puts back the claim the last delete removed, exactly as it was.
 * @throws LibraryEditError when `id` is not the claim waiting for Undo (expired, or another change came first),
 *   or a claim with that id was saved again meanwhile.
 */
export async function restoreClaim(db: ClaimLensDB, id: string): Promise<StoredSource> {
  return db.transaction('rw', db.sources, db.meta, async () => {
    const waiting = (await db.meta.get(UNDO_KEY))?.value as StoredSource | undefined;
    if (!waiting || waiting.id !== id) throw new LibraryEditError(t('libraryCannotRestore'));
    if (await db.sources.get(id)) throw new LibraryEditError(t('libraryAlreadyBack'));
    await db.sources.add(waiting);
    await db.meta.delete(UNDO_KEY);
    return waiting;
  });
}

/** Lets a deleted claim go for good; true when it was still waiting for Undo. */
export async function forgetDeleted(db: ClaimLensDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const waiting = (await db.meta.get(UNDO_KEY))?.value as StoredSource | undefined;
    if (waiting?.id !== id) return false;
    await db.meta.delete(UNDO_KEY);
    return true;
  });
}

async function savedClaim(db: ClaimLensDB, id: string): Promise<StoredSource> {
  const record = await db.sources.get(id);
  if (!record) throw new LibraryEditError(t('libraryClaimGone'));
  if (record.kind !== 'saved') throw new LibraryEditError(t('libraryOnlySavedEditable'));
  return record;
}

/**
 * Trims and bounds what the reader typed.
 * @throws LibraryEditError with the reason in the reader's words.
 */
export function cleanPatch(patch: ClaimPatch): ClaimPatch {
  const out: ClaimPatch = {};
  if (patch.text !== undefined) {
    const text = patch.text.trim();
    if (!text) throw new LibraryEditError(t('libraryClaimEmpty'));
    if (text.length > MAX_CLAIM_CHARS) {
      throw new LibraryEditError(t('libraryClaimTooLong', MAX_CLAIM_CHARS.toLocaleString(), text.length.toLocaleString()));
    }
    out.text = text;
  }
  if (patch.note !== undefined) {
    const note = patch.note.trim();
    if (note.length > MAX_NOTE_CHARS) throw new LibraryEditError(t('libraryNoteTooLong', MAX_NOTE_CHARS.toLocaleString()));
    out.note = note;
  }
  if (patch.tags !== undefined) out.tags = cleanTags(patch.tags);
  return out;
}

/** Trimmed, empty ones dropped, duplicates (ignoring case) dropped keeping the first spelling; at most MAX_TAGS. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase('en-US');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  if (out.length > MAX_TAGS) throw new LibraryEditError(t('libraryTooManyTags', MAX_TAGS));
  return out;
}

function setOrDrop<K extends 'note' | 'tags'>(record: StoredSource, key: K, value: StoredSource[K] | undefined): void {
  if (value === undefined) delete record[key];
  else record[key] = value;
}

/** Every stored source as a library row, in display order (one read of the table). */
export async function readLibraryItems(db: ClaimLensDB): Promise<LibraryItem[]> {
  const items: LibraryItem[] = [];
  await db.sources.each((s) => void items.push(toLibraryItem(s)));
  return items.sort(compareItems);
}

/** The ids of every stored source and the seed version, read together (keys only: no source is read). */
export async function libraryKeys(db: ClaimLensDB): Promise<{ ids: string[]; seedVersion: unknown }> {
  return db.transaction('r', db.sources, db.meta, async () => ({
    ids: (await db.sources.toCollection().primaryKeys()) as string[],
    seedVersion: (await db.meta.get('seedVersion'))?.value,
  }));
}

/** Rows for the sources with these ids (missing ones skipped), unordered. */
export async function readLibraryItemsById(db: ClaimLensDB, ids: readonly string[]): Promise<LibraryItem[]> {
  const found = await db.sources.bulkGet([...ids]);
  return found.filter((s): s is StoredSource => !!s).map(toLibraryItem);
}
