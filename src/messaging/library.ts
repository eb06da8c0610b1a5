/**
 * Requests from the library page to the background. The page asks for compact rows (no full source texts),
 * a claim's relations one at a time, and sends the reader's edits; the background re-validates all of it.
 * This file imports nothing from schemas.ts, which lists these requests in its union (replies live in
 * library-replies.ts, which may import both).
 */
import * as z from 'zod/mini';
import { PartialDate, text } from '../sources/schema';

/** At most this many tags on one claim, each at most `MAX_TAG_CHARS` long. */
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 50;
/** Longest note on a claim. */
export const MAX_NOTE_CHARS = 5_000;
/** Most rows one list reply carries; the page says "showing 200 of 10,432". */
export const MAX_LIST_ROWS = 500;
/** Longest snippet of a source's text in a row. */
export const SNIPPET_CHARS = 240;

/**
 * Bound on an edited claim's text in the message: the store then applies the claim limit (MAX_CLAIM_CHARS)
 * with a message in the reader's words, rather than zod's.
 */
const MAX_EDIT_CHARS = 20_000;

export const Kind = z.enum(['seed', 'saved', 'import']);
export const Verdict = z.enum(['corroborated', 'conflicting', 'mixed', 'unverified']);
export const Tag = text(MAX_TAG_CHARS, 1);
export const Ms = z.int().check(z.nonnegative());

/** What the reader is looking for; every part narrows, an empty list means "any". */
export const LibraryFilter = z.object({
  query: text(500),
  kinds: z.array(Kind).check(z.maxLength(3)),
  sites: z.array(text(300, 1)).check(z.maxLength(50)),
  verdicts: z.array(Verdict).check(z.maxLength(4)),
  tags: z.array(Tag).check(z.maxLength(MAX_TAGS)),
  savedFrom: z.optional(Ms),
  savedTo: z.optional(Ms),
  publishedFrom: z.optional(PartialDate),
  publishedTo: z.optional(PartialDate),
});
export type LibraryFilter = z.infer<typeof LibraryFilter>;

export const ListLibrary = z.object({
  type: z.literal('library/list'),
  filter: LibraryFilter,
  limit: z.int().check(z.positive(), z.lte(MAX_LIST_ROWS)),
});
export const ClaimRelations = z.object({ type: z.literal('library/relations'), id: text(500, 1) });
export const UpdateClaim = z.object({
  type: z.literal('library/update'),
  id: text(500, 1),
  text: z.optional(text(MAX_EDIT_CHARS)),
  note: z.optional(text(MAX_NOTE_CHARS)),
  // Twice the limit so a page that lets a few duplicates through is still heard; the store dedupes and caps.
  tags: z.optional(z.array(Tag).check(z.maxLength(MAX_TAGS * 2))),
});
export const DeleteClaim = z.object({ type: z.literal('library/delete'), id: text(500, 1) });

/** Puts back the claim the last delete removed (the background keeps it until the next change). */
export const RestoreClaim = z.object({ type: z.literal('library/restore'), id: text(500, 1) });
/** The "Deleted · Undo" notice expired: the deleted claim is gone for good. */
export const ForgetDeleted = z.object({ type: z.literal('library/forget'), id: text(500, 1) });

/** Every library request, for the background's union. */
export const LIBRARY_REQUESTS = [ListLibrary, ClaimRelations, UpdateClaim, DeleteClaim, RestoreClaim, ForgetDeleted] as const;
export type LibraryRequest = z.infer<(typeof LIBRARY_REQUESTS)[number]>;
