/**
 * One source as it travels in a ClaimLens export: every field the store keeps, validated on the way back
 * in. Imported text is untrusted, so every string and list is bounded here.
 */
import * as z from 'zod/mini';
import { MAX_CLAIM_CHARS } from '../messaging/schemas';
import { PartialDate, text } from '../sources/schema';
import type { StoredSource } from '../store/db';
import { problemFromZod, type ItemProblem } from './issues';
import { MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS } from './limits';

const MAX_DOC_CHARS = 2_000_000;
const Count = z.int().check(z.nonnegative());

/** A text-quote selector, with the text position the anchoring code may add. */
export const TransferSelector = z.object({
  exact: text(MAX_CLAIM_CHARS, 1),
  prefix: z._default(text(200), ''),
  suffix: z._default(text(200), ''),
  position: z.optional(z.object({ start: Count, end: Count })),
});
export type TransferSelector = z.infer<typeof TransferSelector>;

/** The reader's tags: at most 20 of at most 50 characters each. */
export const Tags = z.array(text(MAX_TAG_CHARS, 1)).check(z.maxLength(MAX_TAGS));

/** One item of `sources` in a ClaimLens export file (format version 1). */
export const TransferSource = z.object({
  id: text(500, 1),
  kind: z.enum(['seed', 'saved', 'import']),
  title: text(1000),
  text: text(MAX_DOC_CHARS, 1),
  file: z.optional(z.nullable(text(200))),
  url: z.optional(text(4000, 1)),
  publisher: z.optional(text(500)),
  published: z.optional(PartialDate),
  savedAt: z.optional(Count),
  siteName: z.optional(text(300)),
  selector: z.optional(TransferSelector),
  note: z.optional(text(MAX_NOTE_CHARS)),
  tags: z.optional(Tags),
  editedAt: z.optional(Count),
});
export type TransferSource = z.infer<typeof TransferSource>;

/** Outcome of reading one item: a record ready to store, or why it was refused. */
export type ItemResult = { ok: true; item: number; record: StoredSource } | { ok: false; problem: ItemProblem };

// Export order: what a person reading the file wants first.
const FIELDS = ['id', 'kind', 'title', 'url', 'publisher', 'published', 'siteName', 'savedAt', 'editedAt', 'note', 'tags', 'selector', 'file', 'text'] as const;

/** A stored source as a plain export record: every stored field that has a value, in a readable order. */
export function toTransferRecord(source: StoredSource): TransferSource {
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) if (source[f] !== undefined) out[f] = source[f];
  return out as TransferSource;
}

/**
 * Validates one export record (`item` counts from 1). A saved claim must say which page it came from,
 * and its text, like a fresh save, may be at most MAX_CLAIM_CHARS long.
 */
export function fromTransferRecord(raw: unknown, item: number): ItemResult {
  const parsed = TransferSource.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: problemFromZod(item, parsed.error) };
  const r = parsed.data;
  if (r.kind === 'saved' && r.url === undefined) return { ok: false, problem: { item, field: 'url', reason: 'missing (a saved claim needs the page it came from)' } };
  if (r.kind === 'saved' && r.text.length > MAX_CLAIM_CHARS) {
    return { ok: false, problem: { item, field: 'text', reason: `too long for a saved claim (at most ${MAX_CLAIM_CHARS.toLocaleString('en-US')} characters)` } };
  }
  return { ok: true, item, record: toStored(r) };
}

function toStored(r: TransferSource): StoredSource {
  const record: Record<string, unknown> = { ...r, file: r.file ?? null };
  if (r.tags) record.tags = cleanTags(r.tags);
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as unknown as StoredSource;
}

/** Trimmed, without empties or repeats (case kept, first spelling wins). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags.map((t) => t.trim())) {
    if (t && !seen.has(t)) (seen.add(t), out.push(t));
  }
  return out;
}
