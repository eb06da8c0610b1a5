/**
 * Replies from the background to the library page, parsed again by the page before it shows anything.
 */
import * as z from 'zod/mini';
import { PartialDate, text } from '../sources/schema';
import { Kind, MAX_NOTE_CHARS, Ms, Tag, Verdict } from './library';
import { MAX_CLAIM_CHARS, MatchSchema } from './schemas';

/** A saved claim's verdict, or `pending` while it has not been checked yet. */
const RowVerdict = z.enum(['corroborated', 'conflicting', 'mixed', 'unverified', 'pending']);

/** One line of the library: enough to show, search and filter, never a whole document. */
export const LibraryRowSchema = z.object({
  id: text(500, 1),
  kind: Kind,
  title: text(1000),
  /** A saved claim's whole text (at most a claim's length); a document's first characters. */
  text: text(MAX_CLAIM_CHARS),
  /** True when `text` is only the start of a longer document. */
  cut: z.boolean(),
  site: z.optional(text(300)),
  url: z.optional(text(4000)),
  file: z.nullable(text(200)),
  published: z.optional(PartialDate),
  savedAt: z.optional(Ms),
  editedAt: z.optional(Ms),
  note: z.optional(text(MAX_NOTE_CHARS)),
  tags: z.optional(z.array(Tag)),
  /** Saved claims only. */
  verdict: z.optional(RowVerdict),
});
export type LibraryRow = z.infer<typeof LibraryRowSchema>;

const Count = z.int().check(z.nonnegative());
const ValueCounts = z.array(z.object({ value: text(300), count: Count }));

/** Per filter value, how many rows would match with that value chosen and every other filter as it is. */
export const LibraryFacetsSchema = z.object({
  kinds: z.record(Kind, Count),
  sites: ValueCounts,
  verdicts: z.record(RowVerdict, Count),
  tags: ValueCounts,
});
export type LibraryFacets = z.infer<typeof LibraryFacetsSchema>;

export const ListLibraryReply = z.object({
  rows: z.array(LibraryRowSchema),
  /** Everything in the store. */
  total: Count,
  /** Everything that matches the filter (`rows` holds the first `limit` of them). */
  matched: Count,
  facets: LibraryFacetsSchema,
  /** Saved claims in the filtered set whose verdict is not known yet; ask again to fill them in. */
  pending: Count,
});
export type ListLibraryReply = z.infer<typeof ListLibraryReply>;

export const ClaimRelationsReply = z.object({ verdict: Verdict, matches: z.array(MatchSchema).check(z.maxLength(50)) });
export type ClaimRelationsReply = z.infer<typeof ClaimRelationsReply>;
/** Reply to `library/update`, `library/delete` and `library/restore`: the row as it is now (as it was, for a delete). */
export const LibraryRowReply = z.object({ row: LibraryRowSchema });
/** Reply to `library/forget`: whether a deleted claim was still waiting for Undo. */
export const ForgetReply = z.object({ forgotten: z.boolean() });
