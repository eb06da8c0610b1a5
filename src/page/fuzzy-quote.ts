/**
 * Fuzzy text-quote search, after Hypothesis's `match-quote.ts`: finds where a quote most likely sits in a
 * text that was edited since the quote was taken. Candidates are the lowest-cost approximate matches
 * (`approx-string-match`, Myers' bit-parallel edit distance, at most {@link maxErrorsFor} errors); each is
 * scored on how well the quote, its prefix and its suffix agree and how close it lies to where it used to be.
 * Pure string work (no DOM): the search runs in windows, a few milliseconds each, yielding to the page
 * between them, so a long article never freezes while a claim is looked for.
 */
import search from 'approx-string-match';
import { drainInSlices } from './timing';

/** What the search knows about the quote besides its text. All offsets are into the searched text. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** Where the quote started before (e.g. its saved text position); closer candidates win ties. */
  hint?: number;
}

/** A candidate span `[start, end)` of the searched text. */
export interface FuzzyMatch {
  start: number;
  end: number;
  /** Edits (insertions, deletions, substitutions) between the quote and the span. */
  errors: number;
  /** 0..1: the weighted agreement of quote, prefix, suffix and position (see {@link scoreMatch}). */
  score: number;
}

/** Errors never exceed this, whatever the quote's length (Hypothesis's cap, which bounds the search's cost). */
export const MAX_ERRORS_CAP = 256;

/**
 * A candidate below this score is no match: with up to half the quote wrong, some stretch of any long
 * article comes within the error bound by chance (measured: about one removed sentence in twenty in 25,000
 * characters of news, mostly short ones), but chance matches agree poorly with the quote's context too.
 */
export const MIN_SCORE = 0.6;

/** Hypothesis's weights: the quote matters most, its context next, and position only breaks near-ties. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/**
 * Milliseconds one search step aims at. The cost per character depends on the quote's length and error
 * bound and on how much the text resembles the quote (more of the pattern's 32-character blocks stay in
 * play), so each step's size follows from how long the last one took, from {@link MIN_STEP} to
 * {@link MAX_STEP} characters. (Measured: ~0.2 µs a character for a 340-character quote.)
 */
const STEP_MS = 3;
const MIN_STEP = 256;
const MAX_STEP = 65_536;
const FIRST_STEP = 2_048;

/** The most errors a match of a quote of `length` characters may have: min(256, length / 2). */
export function maxErrorsFor(length: number): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(length / 2));
}

/**
 * Finds the best fuzzy match for `quote` in `text`, or null when nothing is within the error bound or
 * scores at least {@link MIN_SCORE}. An exact occurrence (`indexOf`) short-cuts the approximate search.
 * Rejects with `signal`'s reason when it aborts; between steps it yields to the page.
 */
export async function fuzzyFindQuote(text: string, quote: string, context: QuoteContext, signal?: AbortSignal): Promise<FuzzyMatch | null> {
  if (!quote || !text) return null;
  const candidates = exactMatches(text, quote);
  if (!candidates.length) await drainInSlices(searchSteps(text, quote, maxErrorsFor(quote.length), candidates), signal);
  return bestOf(text, quote, context, candidates);
}

/** The same search in one go (no yielding): for tests and small texts. */
export function fuzzyFindQuoteSync(text: string, quote: string, context: QuoteContext): FuzzyMatch | null {
  if (!quote || !text) return null;
  const candidates = exactMatches(text, quote);
  if (!candidates.length) for (const step = searchSteps(text, quote, maxErrorsFor(quote.length), candidates); !step.next().done; );
  return bestOf(text, quote, context, candidates);
}

type Candidate = Omit<FuzzyMatch, 'score'>;

function exactMatches(text: string, quote: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) out.push({ start: at, end: at + quote.length, errors: 0 });
  return out;
}

/**
 * Searches `text` window by window, one window per step, collecting the lowest-cost matches into `out`.
 * Windows overlap by the longest a match can be (quote + errors), so a match across a seam is still found
 * whole; each window searches with the best error count so far, so later windows only report equals.
 */
function* searchSteps(text: string, quote: string, maxErrors: number, out: Candidate[]): Generator<void> {
  const overlap = quote.length + maxErrors;
  const seen = new Set<string>();
  let bound = maxErrors;
  let step = FIRST_STEP;
  for (let from = 0, next = 0; from < text.length; from = next) {
    next = from + step;
    const started = performance.now();
    const found = search(text.slice(from, from + step + overlap), quote, bound);
    const took = performance.now() - started;
    for (const m of found) {
      const key = `${from + m.start}:${from + m.end}`;
      if (m.errors > bound || seen.has(key)) continue;
      if (m.errors < bound) {
        out.length = 0;
        bound = m.errors;
      }
      seen.add(key);
      out.push({ start: from + m.start, end: from + m.end, errors: m.errors });
    }
    yield;
    // Grow at most twofold a step: one cheap stretch of text says little about the next.
    const scaled = step * Math.min(2, STEP_MS / Math.max(took, 0.1));
    step = Math.round(Math.min(MAX_STEP, Math.max(MIN_STEP, scaled)));
  }
}

function bestOf(text: string, quote: string, context: QuoteContext, candidates: readonly Candidate[]): FuzzyMatch | null {
  let best: FuzzyMatch | null = null;
  for (const c of candidates) {
    const score = scoreMatch(text, quote, context, c);
    if (!best || score > best.score) best = { ...c, score };
  }
  return best && best.score >= MIN_SCORE ? best : null;
}

/**
 * Hypothesis's score, normalised to 0..1: 50 × quote similarity + 20 × prefix similarity + 20 × suffix
 * similarity + 2 × closeness to the hint. Unlike Hypothesis, context a selector lacks (a save without
 * prefix or suffix) is left out of the sum rather than counted as a perfect match, so such a quote must
 * stand on its own.
 */
export function scoreMatch(text: string, quote: string, context: QuoteContext, match: Candidate): number {
  let raw = WEIGHTS.quote * (1 - match.errors / quote.length);
  let max: number = WEIGHTS.quote;
  if (context.prefix) {
    raw += WEIGHTS.prefix * similarity(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix);
    max += WEIGHTS.prefix;
  }
  if (context.suffix) {
    raw += WEIGHTS.suffix * similarity(text.slice(match.end, match.end + context.suffix.length), context.suffix);
    max += WEIGHTS.suffix;
  }
  if (context.hint !== undefined) {
    raw += WEIGHTS.position * (1 - Math.min(1, Math.abs(match.start - context.hint) / text.length));
    max += WEIGHTS.position;
  }
  return raw / max;
}

/** 1 − (edit distance of `pattern`'s best match in `text`) / `pattern.length`; 0 when either is empty. */
function similarity(text: string, pattern: string): number {
  if (!text || !pattern) return 0;
  const [m] = search(text, pattern, pattern.length);
  return m ? 1 - m.errors / pattern.length : 0;
}
