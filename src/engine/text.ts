/**
 * Word-level text helpers shared by the engine: normalisation, tokens with offsets, a light stemmer
 * and the stopword list. Pure and allocation-light; every other engine module builds on these.
 */

/** A word of the input with its character offsets (end exclusive). */
export interface Token {
  /** Lower-cased, quotes/dashes normalised. */
  norm: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
}

const FOLDABLE = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2010-\u2015\u2212\u00A0\u2007\u202F]/;

/** Folds typographic quotes, dashes and non-breaking spaces so regexes see one form. Length-preserving. */
export function fold(s: string): string {
  // Most text has none of these: one scan instead of four replacements.
  if (!FOLDABLE.test(s)) return s;
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

const WORD_RE = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/** Words (letters/digits, inner apostrophes and dots kept; hyphens split) and their offsets in `s`. */
export function tokenize(s: string): readonly Token[] {
  // A sentence is tokenised by several readers in turn (terms, places per figure), interleaved with its
  // clauses and place phrases: the last few texts are kept, so each is read once.
  for (let i = 0; i < recent.length; i++) if (recent[i]!.text === s) return recent[i]!.tokens;
  const tokens = readTokens(s);
  recent[next] = { text: s, tokens };
  next = (next + 1) % RECENT;
  return tokens;
}

const RECENT = 8;
const recent: Array<{ text: string; tokens: readonly Token[] }> = [];
let next = 0;

// The same words read by position: sticky patterns report where a word starts and ends through
// `lastIndex`, with no match array per word (this runs for every sentence of every page and source).
const GAP_AT = /[^\p{L}\p{N}]*/uy;
const WORD_AT = new RegExp(WORD_RE.source, 'uy');

function readTokens(s: string): Token[] {
  const folded = fold(s);
  const out: Token[] = [];
  for (let at = 0; at < folded.length; ) {
    GAP_AT.lastIndex = at;
    GAP_AT.test(folded);
    const start = GAP_AT.lastIndex;
    WORD_AT.lastIndex = start;
    if (!WORD_AT.test(folded)) break;
    const end = (at = WORD_AT.lastIndex);
    out.push({ raw: s.slice(start, end), norm: folded.slice(start, end).toLowerCase(), start, end });
  }
  return out;
}

/** The phrases of 1..`max` words starting at token `i` (index n-1: n words), built once instead of per length. */
export function phrasesAt(toks: readonly Token[], i: number, max: number): string[] {
  const out: string[] = [];
  let phrase = '';
  for (let k = i; k < Math.min(toks.length, i + max); k++) out.push((phrase = k === i ? (toks[k] as Token).norm : `${phrase} ${(toks[k] as Token).norm}`));
  return out;
}

/**
 * A deliberately light suffix stripper (plurals, -ed, -ing, a final e): enough to make "troops"/"troop",
 * "delivered"/"delivers" and "sell"/"selling" meet, without Porter's over-merging of unrelated words. A
 * suffix comes off only when a syllable is left ("eat|ing", not "br|ing"), and a double l, s or z stays
 * ("kill|ed"), as in Porter's rules.
 */
export function stem(w: string): string {
  const base = IRREGULAR.get(w);
  if (base !== undefined) return stem(base);
  if (w.length <= 3 || hasDigit(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  // String tests, not regexes: this runs for every word of every sentence.
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes')) return w.slice(0, -2);
  if (w.endsWith('s')) return dropE(w.slice(0, -1));
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  // "-ed" takes a final "e" with it ("agreed", "deleted"), "-ing" and "-s" leave it ("agreeing", "deletes").
  if (w.endsWith('ed') && hasVowel(w, w.length - 2)) return undouble(w.slice(0, -2));
  if (w.endsWith('ing') && hasVowel(w, w.length - 3)) return dropE(undouble(w.slice(0, -3)));
  return dropE(w);
}

/** Without a final "e", so "delete", "deletes" and "deleted" meet. */
function dropE(w: string): string {
  return w.length >= 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** The first `n` letters (at least 3) hold a vowel: "eat|ing" is a suffix, "br|ing" is not. */
function hasVowel(w: string, n: number): boolean {
  if (n < 3) return false;
  for (let i = 0; i < n; i++) if ('aeiouy'.includes(w[i] as string)) return true;
  return false;
}

// Irregular past forms news headlines use, to their verb: "caught" meets "catch", "stolen" meets "steal". Forms
// that are also words of their own ("found", "left", "lost", "saw", "fell", "rose", "bit", "broke", "won", "fed")
// are left out.
const IRREGULAR = new Map<string, string>(
  (
    'caught:catch shot:shoot sold:sell bought:buy took:take taken:take gave:give given:give ate:eat eaten:eat ' +
    'stole:steal stolen:steal broken:break drew:draw drawn:draw fled:flee fought:fight told:tell ' +
    'held:hold built:build paid:pay kept:keep spent:spend wore:wear worn:wear dug:dig threw:throw ' +
    'thrown:throw flew:fly flown:fly struck:strike chose:choose chosen:choose wrote:write written:write ' +
    'spoke:speak spoken:speak brought:bring hid:hide hidden:hide began:begin begun:begin ran:run grew:grow ' +
    'grown:grow knew:know known:know seen:see drove:drive driven:drive swam:swim sank:sink sunk:sink ' +
    'froze:freeze frozen:freeze forgot:forget forgotten:forget bled:bleed sought:seek taught:teach ' +
    'sent:send met:meet led:lead sung:sing sang:sing woke:wake woken:wake beaten:beat bitten:bite ' +
    'hung:hang shook:shake shaken:shake slept:sleep swore:swear sworn:swear tore:tear torn:tear'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

/** `/\d/.test(w)` without a regex: this runs for every word. */
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function undouble(w: string): string {
  return /([bdgkmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Function words and reporting filler that never make two sentences "about the same thing". */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about into onto over under after before ' +
    'during since until through between among against as than then that this these those there here it its it\'s ' +
    'is are was were be been being am has have had having do does did done will would shall should can could may might ' +
    'must not no yes i you he she we they me him her us them my your his our their who whom whose which what when where ' +
    'why how all any both each few more most other some such only own same too very just also even still already ' +
    'said says say saying told tell tells according reported reports report added adding noted noting stated ' +
    'one ones new news get got make made s t mr ms mrs dr per via up out off again further once while if because ' +
    'however though although whether either neither well much many like including include includes included ' +
    'around about nearly almost roughly approximately estimated least'
  ).split(/\s+/),
);
