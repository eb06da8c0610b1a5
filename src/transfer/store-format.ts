/**
 * A set of documents in the CLI's `--store` format (`{"sources": [{id, title, text, url?, publisher?,
 * published?}]}`): each becomes a source of kind `import`, compared with like any seed.
 */
import { StoreFileSource, storeFileToSources } from '../sources/schema';
import { problemFromZod } from './issues';
import type { ItemResult } from './record';

/** Whether a parsed JSON value has the store format's shape (an object with a `sources` list and no `format`). */
export function looksLikeStoreFile(value: unknown): value is { sources: unknown[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as { sources?: unknown; format?: unknown };
  return Array.isArray(v.sources) && v.format === undefined;
}

/** One document of a store file (`item` counts from 1). */
export function storeFileItem(raw: unknown, item: number): ItemResult {
  const parsed = StoreFileSource.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: problemFromZod(item, parsed.error) };
  const [doc] = storeFileToSources({ sources: [parsed.data] });
  return { ok: true, item, record: doc! };
}
