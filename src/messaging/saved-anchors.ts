/**
 * How a page found the reader's saved claims again, reported in `page/state` (field `saved`) for the popup.
 * Kept apart from `schemas.ts` (which imports it) so it needs nothing from there.
 */
import * as z from 'zod/mini';
import { text } from '../sources/schema';

/** Longest "now reads" text reported; a changed claim's new text is cut (with "…") beyond it. */
export const MAX_NOW_CHARS = 5_000;

/**
 * - `searching`: the exact text was not on the page; a fuzzy search for it is still running.
 * - `found`: the saved text is on the page as it was saved.
 * - `changed`: the page's text there was edited; `now` says what it reads now.
 * - `orphaned`: not found on the page (it stays saved all the same).
 */
export const SavedAnchorState = z.enum(['searching', 'found', 'changed', 'orphaned']);
export type SavedAnchorState = z.infer<typeof SavedAnchorState>;

/** One saved claim (by its stored id) and where it stands on the page. */
export const SavedAnchorSchema = z.object({
  id: text(500, 1),
  state: SavedAnchorState,
  /** For `changed`: the page's text where the saved claim was found, whitespace collapsed. */
  now: z.optional(text(MAX_NOW_CHARS + 1)),
});
export type SavedAnchor = z.infer<typeof SavedAnchorSchema>;
