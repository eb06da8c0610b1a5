/**
 * Builds URLs with a text fragment (`#:~:text=`) so a saved claim opens scrolled to, and highlighted at,
 * the words it was saved from. Pure. Syntax: https://wicg.github.io/scroll-to-text-fragment/
 */
import { httpUrl } from '../../sources/http-url';

/** Quotes longer than this (characters, after collapsing whitespace) are addressed by their first and last words. */
export const MAX_EXACT_FRAGMENT_CHARS = 100;
/** Words taken from each end of a long quote for `textStart,textEnd`. */
export const RANGE_EDGE_WORDS = 5;

/**
 * Percent-encodes a text-directive term. `encodeURIComponent` leaves `-` alone, but `-` (like `,` and `&`,
 * which it does encode) is syntax inside the directive, so it is encoded too.
 */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The text directive for `quote`: the whole quote when it is short, else `textStart,textEnd` from its first and
 * last `RANGE_EDGE_WORDS` words (browsers match long exact strings poorly and URLs get unwieldy).
 * Whitespace is collapsed; an empty or all-space quote gives `''`.
 */
export function textDirective(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  const words = text.split(' ');
  if (text.length <= MAX_EXACT_FRAGMENT_CHARS || words.length < RANGE_EDGE_WORDS * 2 + 1) {
    return `text=${encodeFragmentText(text)}`;
  }
  const start = words.slice(0, RANGE_EDGE_WORDS).join(' ');
  const end = words.slice(-RANGE_EDGE_WORDS).join(' ');
  return `text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

/**
 * `url` with a text fragment for `quote`. Keeps an ordinary `#fragment` the URL already has, and replaces any
 * text directive it already carries. Returns `null` for anything but an absolute http(s) URL, so a stored URL
 * can never make the popup open a `javascript:` or `file:` address. An empty quote gives the URL unchanged.
 */
export function textFragmentUrl(url: string, quote: string): string | null {
  const parsed = httpUrl(url);
  if (!parsed) return null;
  const hash = parsed.hash.replace(/^#/, '');
  const keptHash = hash.includes(':~:') ? hash.slice(0, hash.indexOf(':~:')) : hash;
  parsed.hash = '';
  const base = parsed.href.replace(/#$/, '');
  const directive = textDirective(quote);
  if (!directive) return keptHash ? `${base}#${keptHash}` : base;
  return `${base}#${keptHash}:~:${directive}`;
}
