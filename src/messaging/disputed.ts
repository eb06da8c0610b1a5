/**
 * `page/disputed`: a page that grew after its first analysis had its new paragraphs analysed on their own,
 * so the badge `page/analyze` set counts only the last piece. The content script sends the page's whole
 * count of disputed (conflicting or mixed) claims after each piece.
 */
import * as z from 'zod/mini';

/** More disputed claims than this on one page is not a count anyone reads. */
const MAX_COUNT = 100_000;

export const ShowDisputed = z.object({
  type: z.literal('page/disputed'),
  count: z.int().check(z.nonnegative(), z.lte(MAX_COUNT)),
});
export type ShowDisputed = z.infer<typeof ShowDisputed>;
