/**
 * The ClaimLens database: every source the engine compares against (bundled seeds and the reader's saved
 * claims) plus a little bookkeeping. Opened only in the background / extension origin, never in a page,
 * because IndexedDB opened from a content script would belong to the site.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { SourceDoc } from '../engine/types';
import type { TextQuoteSelector } from '../messaging/schemas';

/** A source as stored: the engine's `SourceDoc` plus what only saved claims carry. */
export interface StoredSource extends SourceDoc {
  /** When the reader saved it (ms since the epoch); seeds have none. */
  savedAt?: number;
  /** The page's site name at save time (also copied to `publisher`). */
  siteName?: string;
  /** Where the claim sits on its page, to re-anchor it later. */
  selector?: TextQuoteSelector;
  /** The reader's own note on a saved claim. */
  note?: string;
  /** The reader's tags (trimmed, unique, case kept). */
  tags?: string[];
  /** When the reader last edited the claim's text, note or tags (ms since the epoch). */
  editedAt?: number;
}

/** Key/value bookkeeping, e.g. `seedVersion`. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/** Default IndexedDB name; tests pass their own so they never share state. */
export const DB_NAME = 'claimlens';

export class ClaimLensDB extends Dexie {
  declare sources: EntityTable<StoredSource, 'id'>;
  declare meta: EntityTable<MetaEntry, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Version 1. A later schema adds db.version(2).stores(...) with an upgrade(); never edit this line.
    this.version(1).stores({
      sources: 'id, kind, url, savedAt',
      meta: 'key',
    });
  }
}
