/**
 * Pure text-quote matching: finds a quote (exact text plus some context either side) in a longer text.
 * No DOM here, so the rules are table-tested in Node; `anchor.ts` maps the offsets back onto the page.
 */

/** A text-quote selector as the messages carry it (see `TextQuoteSelector` in the message schemas). */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote sat in the page text it was taken from, `[start, end)`, when known. */
  position?: { start: number; end: number };
}

/** Characters of context kept either side of a quote. */
export const CONTEXT_CHARS = 32;

/** A text folded for matching, with the original offset of every folded character. */
export interface FoldedText {
  text: string;
  /** `origin[i]` is the offset in the original text of folded character `i`; same length as `text`. */
  origin: Int32Array;
}

// Typographic variants fold to their ASCII form so a quote copied through another tool still matches.
const FOLD = new Map<number, string>([
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x00b4, 0x0060].map((c) => [c, "'"] as const),
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb].map((c) => [c, '"'] as const),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212].map((c) => [c, '-'] as const),
  [0x2026, '...'],
]);

/** Whitespace (as `\s` matches it) and invisible characters pages sprinkle into words (soft hyphen, zero-width, BOM). */
function isDropped(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Folds a text for matching: typographic quotes and dashes become ASCII, invisible characters go, and ALL
 * whitespace goes. Dropping whitespace (rather than collapsing it) means a block boundary that one side
 * renders as a line break and the other as nothing ("Kyiv.</p><p>The") still matches; a quote is a whole
 * clause, so the lost word boundaries cannot make it match somewhere it should not.
 * Linear; about 10 ms per 400,000 characters in a desktop browser.
 */
export function foldForMatch(text: string): FoldedText {
  // Only the ellipsis grows (1 -> 3 characters), so this bounds the folded length.
  let ellipses = 0;
  for (let at = text.indexOf('\u2026'); at !== -1; at = text.indexOf('\u2026', at + 1)) ellipses++;
  const origin = new Int32Array(text.length + 2 * ellipses);
  const parts: string[] = [];
  let n = 0;
  let runStart = 0; // start of the current run of characters kept as they are
  const flush = (end: number) => {
    if (end <= runStart) return;
    parts.push(text.slice(runStart, end));
    for (let k = runStart; k < end; k++) origin[n++] = k;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f && c !== 0x60) continue; // fast path: printable ASCII other than the backtick
    const drop = isDropped(c);
    const f = drop ? undefined : FOLD.get(c);
    if (!drop && f === undefined) continue;
    flush(i);
    runStart = i + 1;
    if (f !== undefined) {
      parts.push(f);
      for (let k = 0; k < f.length; k++) origin[n++] = i;
    }
  }
  flush(text.length);
  return { text: parts.join(''), origin: origin.subarray(0, n) };
}

/** Characters folded per step by {@link foldInSteps}: a few milliseconds of work. */
const FOLD_STEP = 32_768;

/**
 * {@link foldForMatch} in steps of {@link FOLD_STEP} characters (each character folds on its own, so the
 * pieces join exactly), for a caller that yields to the page between steps; `done` receives the result.
 */
export function* foldInSteps(text: string, done: (folded: FoldedText) => void): Generator<void> {
  const pieces: FoldedText[] = [];
  for (let at = 0; at < text.length; at += FOLD_STEP) {
    const piece = foldForMatch(text.slice(at, at + FOLD_STEP));
    for (let i = 0; i < piece.origin.length; i++) piece.origin[i]! += at;
    pieces.push(piece);
    yield;
  }
  const origin = new Int32Array(pieces.reduce((n, p) => n + p.origin.length, 0));
  let n = 0;
  for (const p of pieces) {
    origin.set(p.origin, n);
    n += p.origin.length;
  }
  done({ text: pieces.map((p) => p.text).join(''), origin });
}

/** Collapses runs of whitespace to one space and trims: how quotes are stored and shown. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The selector for `text.slice(start, end)`: the exact text (whitespace collapsed) with up to
 * {@link CONTEXT_CHARS} characters of collapsed context either side. Offsets are clamped to the text.
 */
export function selectorAt(text: string, start: number, end: number): QuoteSelector {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  // Read extra raw context, since collapsing whitespace can only shorten it.
  const before = text.slice(Math.max(0, s - CONTEXT_CHARS * 4), s).replace(/\s+/g, ' ');
  const after = text.slice(e, e + CONTEXT_CHARS * 4).replace(/\s+/g, ' ');
  return {
    exact: collapseSpace(text.slice(s, e)),
    prefix: before.trimStart().slice(-CONTEXT_CHARS),
    suffix: after.trimEnd().slice(0, CONTEXT_CHARS),
  };
}

/** Where a quote was found, as offsets into the ORIGINAL (unfolded) haystack: `[start, end)`. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/**
 * Finds `selector` in a folded haystack. Exact (folded) matches only; when the quote occurs more than once,
 * the candidate whose surroundings agree with the most prefix + suffix characters wins, and a tie goes to
 * the candidate nearest at or after `hint` (a folded offset, e.g. where the previous claim ended), since
 * claims come in reading order. Returns null when the quote is absent or folds to nothing.
 */
export function findQuote(hay: FoldedText, selector: QuoteSelector, hint = 0): QuoteSpan | null {
  const exact = foldForMatch(selector.exact).text;
  if (!exact) return null;
  const prefix = foldForMatch(selector.prefix).text;
  const suffix = foldForMatch(selector.suffix).text;
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = hay.text.indexOf(exact); at !== -1; at = hay.text.indexOf(exact, at + 1)) {
    const score =
      commonSuffixLength(hay.text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(hay.text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    // Candidates before the hint count as farther than any after it.
    const distance = at >= hint ? at - hint : hay.text.length + (hint - at);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (best < 0) return null;
  return { start: hay.origin[best]!, end: hay.origin[best + exact.length - 1]! + 1 };
}

/** The folded offset just after a span found by {@link findQuote}: a hint for the next quote. */
export function foldedEnd(hay: FoldedText, span: QuoteSpan): number {
  // origin is sorted, so a binary search finds the first folded character at or after span.end.
  let lo = 0;
  let hi = hay.origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hay.origin[mid]! < span.end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
