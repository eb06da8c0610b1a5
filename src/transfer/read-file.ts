/**
 * Reads an import file's text: works out which format it is in and validates every item, without touching
 * the store. A file that can't be read as a whole (not JSON, too big, unknown shape) is one clear error;
 * a file with some bad items is read, and each bad item is reported with its number, field and reason.
 */
import { t } from '../i18n';
import { annotationToRecord } from './annotation-import';
import { claimLensItem, looksLikeClaimLens, readClaimLensItems } from './claimlens-format';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ITEMS } from './limits';
import { hasType, list, obj, str } from './loose-json';
import type { ItemResult } from './record';
import { looksLikeStoreFile, storeFileItem } from './store-format';

export type ImportFormat = 'claimlens' | 'web-annotation' | 'hypothesis' | 'documents';

export type ReadResult = { ok: true; format: ImportFormat; items: ItemResult[] } | { ok: false; error: string };

/** What the reader is told about a file in no format ClaimLens reads. */
export function unknownFile(): string {
  return t('importUnknownFile');
}

/**
 * Parses and validates an import file.
 * @param now time to record as the save time of annotations that carry none (ms since the epoch).
 * @param signal stops the work between items (a preview the reader replaced).
 */
export async function readImportFile(fileText: string, now: number, signal?: AbortSignal): Promise<ReadResult> {
  if (fileText.length > MAX_IMPORT_CHARS) return { ok: false, error: t('importTooBig', MAX_IMPORT_CHARS / 1_000_000) };
  let value: unknown;
  try {
    value = JSON.parse(fileText);
  } catch {
    return { ok: false, error: t('importNotJson') };
  }
  const found = itemsOf(value);
  if ('error' in found) return { ok: false, error: found.error };
  if (found.items.length > MAX_IMPORT_ITEMS) {
    return { ok: false, error: t('importTooManyItems', found.items.length.toLocaleString(), MAX_IMPORT_ITEMS.toLocaleString()) };
  }
  const items: ItemResult[] = [];
  for (const [i, raw] of found.items.entries()) {
    signal?.throwIfAborted();
    items.push(await readItem(found.format, raw, i + 1, now));
  }
  return { ok: true, format: found.format, items };
}

function readItem(format: ImportFormat, raw: unknown, item: number, now: number): ItemResult | Promise<ItemResult> {
  if (format === 'claimlens') return claimLensItem(raw, item);
  if (format === 'documents') return storeFileItem(raw, item);
  return annotationToRecord(raw, item, now);
}

/** The format and the raw items of a parsed file, or why it isn't one ClaimLens reads. */
function itemsOf(value: unknown): { format: ImportFormat; items: unknown[] } | { error: string } {
  if (looksLikeClaimLens(value)) {
    const read = readClaimLensItems(value);
    return 'error' in read ? read : { format: 'claimlens', items: read.items };
  }
  if (looksLikeStoreFile(value)) return { format: 'documents', items: value.sources };
  const v = obj(value);
  // Hypothesis's own export: {export_date, export_userid, client_version, annotations: [...]}.
  if (v && Array.isArray(v.annotations)) return { format: 'hypothesis', items: v.annotations };
  // Hypothesis's search API answer: {total, rows: [...]}.
  if (v && Array.isArray(v.rows) && typeof v.total === 'number') return { format: 'hypothesis', items: v.rows };
  if (hasType(v, 'AnnotationCollection')) {
    const first = v!.first;
    if (typeof first === 'string') return { error: t('importLinkedCollection') };
    return { format: 'web-annotation', items: list(obj(first)?.items) };
  }
  if (hasType(v, 'AnnotationPage')) return { format: 'web-annotation', items: list(v!.items) };
  if (hasType(v, 'Annotation')) return { format: 'web-annotation', items: [v] };
  if (Array.isArray(value) && value.length > 0 && value.every((a) => obj(a)?.target !== undefined)) {
    return { format: value.every((a) => hasType(a, 'Annotation')) ? 'web-annotation' : 'hypothesis', items: value };
  }
  if (v && str(v.format)) return { error: t('importUnknownFormat', String(v.format).slice(0, 40)) };
  return { error: unknownFile() };
}
