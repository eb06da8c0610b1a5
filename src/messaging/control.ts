/**
 * Messages for the reader's control over ClaimLens (settings, "analyse this page") and for moving between
 * highlights with the keyboard. Both go to a tab's content script.
 */
import * as z from 'zod/mini';

/** Analyse this page now, even when ClaimLens is paused, off on this site or waiting to be asked. */
export const AnalyzeNow = z.object({ type: z.literal('page/analyzeNow') });

/** Which way the keyboard commands move between highlighted claims, in reading order. */
export const FocusDirection = z.enum(['next', 'previous']);
export type FocusDirection = z.infer<typeof FocusDirection>;

/** Focus the next or previous highlighted claim's marker and scroll to it (the next/previous-claim commands). */
export const FocusClaim = z.object({ type: z.literal('page/focusClaim'), direction: FocusDirection });

/** Reply to `page/focusClaim`: the page-state index of the claim now focused. */
export const FocusClaimReply = z.object({ index: z.int().check(z.nonnegative()) });
