/**
 * Where a fuzzy match's edges go. Edit distance leaves a changed quote's edges vague (several alignments
 * cost the same), so the edges are set by the saved context where it is still there, and never cut a word.
 * Pure string work, on the folded text (context) and on the page's text (words).
 */
import type { FuzzyMatch, QuoteContext } from './fuzzy-quote';

/** Letters and digits: a fuzzy match is widened to whole words, never cut mid-word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The most characters a fuzzy match is widened by at either end to reach a word boundary. */
const MAX_WIDEN = 24;

/** Characters of the saved prefix's end (and the suffix's start) that mark where the quote begins (ends). */
const EDGE_CHARS = 8;

/**
 * Moves the match's ends to where the saved context ends and starts, when that is within `errors` + 8
 * characters of them: an edit at the quote's edge ("The council" → "The city council") leaves several equally cheap
 * alignments, and the edit distance alone may pick one that drops the quote's first words.
 */
export function snapToContext(text: string, context: QuoteContext, match: FuzzyMatch): FuzzyMatch {
  const slack = match.errors + EDGE_CHARS;
  let { start, end } = match;
  const head = context.prefix.slice(-EDGE_CHARS);
  if (head.length === EDGE_CHARS) {
    const from = Math.max(0, start - slack - head.length);
    const at = nearest(text.slice(from, start + slack), head, start - from - head.length);
    if (at >= 0 && from + at + head.length < end) start = from + at + head.length;
  }
  const tail = context.suffix.slice(0, EDGE_CHARS);
  if (tail.length === EDGE_CHARS) {
    const from = Math.max(start, end - slack);
    const at = nearest(text.slice(from, end + slack + tail.length), tail, end - from);
    if (at >= 0 && from + at > start) end = from + at;
  }
  return { ...match, start, end };
}

/** The offset of the occurrence of `needle` in `hay` nearest to `target`, or -1. */
function nearest(hay: string, needle: string, target: number): number {
  let best = -1;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - target) < Math.abs(best - target)) best = at;
  }
  return best;
}

/** `[start, end)` grown to the word boundaries around it (by at most {@link MAX_WIDEN} characters a side). */
export function widenToWords(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && start - s < MAX_WIDEN && WORD_CHAR.test(text[s - 1]!) && WORD_CHAR.test(text[s]!)) s--;
  while (e < text.length && e - end < MAX_WIDEN && WORD_CHAR.test(text[e]!) && WORD_CHAR.test(text[e - 1]!)) e++;
  return [s, e];
}
