/**
 * Where a figure is: the place its own clause puts it in, at, to or into ("8,000 troops have deployed to
 * Russia's Kursk region" -> Kursk), normalised to one key, with the places it lies in, so a count for a
 * whole (Russia) is not mistaken for a rival count of its part (Kursk).
 */
import { COMPASS, EVENT_NOUNS, LAND_NOUNS, PLACES, PLACE_MODIFIERS, type PlaceEntry } from './place-data';
import { clauseSpan } from './quantity-groups';
import { phrasesAt, tokenize, type Token } from './text';

export interface Place {
  key: string;
  /** Reader-facing name ("Kursk", "eastern Russia"). */
  label: string;
  /** This place's key, then each place it lies in, innermost first ("kursk", "western russia", "russia"). */
  chain: string[];
}

/** How place `a` stands to place `b`. */
export type PlaceRelation = 'same' | 'inside' | 'contains' | 'apart';

const BY_KEY = new Map(PLACES.map((p) => [p.key, p]));
const NAMES = new Map<string, PlaceEntry>();
const DEMONYMS = new Map<string, PlaceEntry>();
for (const p of PLACES) {
  for (const n of [p.key, ...(p.names ?? [])]) NAMES.set(words(n), p);
  for (const d of p.demonyms ?? []) DEMONYMS.set(words(d), p);
}
const MAX_NAME_WORDS = Math.max(...[...NAMES.keys()].map((n) => n.split(' ').length));
/** The first word of every name: most words start none, and are ruled out with one lookup. */
const FIRST_WORDS = new Set([...NAMES.keys()].map((n) => n.split(' ')[0] as string));
/** First halves of hyphenated compass words ("north" of "north-eastern"). */
const COMPASS_HALVES = new Set(Object.keys(COMPASS).filter((k) => k.includes('-')).map((k) => k.split('-')[0] as string));
/** Words that introduce where a figure is; "reached"/"entered" take the place without a preposition. */
const INTRODUCERS = new Set(['in', 'at', 'to', 'into', 'inside', 'within', 'throughout', 'across', 'reached', 'entered', 'reach', 'enter']);
const CONTROL = new Set(['occupied', 'held', 'controlled']);
const MAX_MODIFIERS = 6;

function words(name: string): string {
  return tokenize(name).map((t) => t.norm).join(' ');
}

function placeOfEntry(p: PlaceEntry): Place {
  const chain = [p.key];
  for (let q = p.parent ? BY_KEY.get(p.parent) : undefined; q && chain.length < 8; q = q.parent ? BY_KEY.get(q.parent) : undefined) chain.push(q.key);
  return { key: p.key, label: p.label, chain };
}

/** The place named by a phrase ("Kursk Oblast", "the Kursk border region", "Kiev", "eastern Russia"), or null. */
export function normalisePlace(phrase: string): Place | null {
  const toks = tokenize(phrase);
  for (let i = 0; i < toks.length; i++) {
    const r = readPlace(toks, i, '');
    if (r) return r.place;
  }
  return null;
}

/** How `a` stands to `b`: the same place, inside it, containing it, or neither. */
export function placeRelation(a: Place, b: Place): PlaceRelation {
  if (a.key === b.key) return 'same';
  if (a.chain.includes(b.key)) return 'inside';
  if (b.chain.includes(a.key)) return 'contains';
  return 'apart';
}

/**
 * The place of the figure at [start, end) of `sentence`: the first place phrase after it in its clause,
 * else the last one before it with no other figure in between. Null when the clause names none.
 * `tokens`: `tokenize(sentence)`, when the caller reads several figures of one sentence.
 */
export function placeOf(sentence: string, start: number, end: number, tokens: readonly Token[] = tokenize(sentence)): Place | null {
  const [from, to] = clauseSpan(sentence, start, end);
  // Tokens are in text order and do not overlap, so the clause's tokens are one run of them.
  let lo = 0;
  while (lo < tokens.length && (tokens[lo] as Token).start < from) lo++;
  let hi = lo;
  while (hi < tokens.length && (tokens[hi] as Token).end <= to) hi++;
  const toks = tokens.slice(lo, hi);
  let before: Place | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!INTRODUCERS.has(t.norm) || (i > 0 && EVENT_NOUNS.has((toks[i - 1] as Token).norm))) continue;
    const r = readPlace(toks, i + 1, t.norm);
    if (!r) continue;
    if (t.start >= end) return r.place;
    const last = toks[r.next - 1] as Token;
    if (last.end <= start && !/\d/.test(sentence.slice(last.end, start))) before = r.place;
  }
  return before;
}

/**
 * Every place the sentence puts something in, at, to or on ("met Putin in Vladivostok", "an attack on
 * Kharkiv"), in text order. A bare name ("North Korea sent…") is an actor, not a where, so it is left out.
 */
export function placesIn(sentence: string): Place[] {
  const toks = tokenize(sentence);
  const out: Place[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!(INTRODUCERS.has(t.norm) || t.norm === 'on') || (i > 0 && EVENT_NOUNS.has((toks[i - 1] as Token).norm))) continue;
    const r = readPlace(toks, i + 1, t.norm);
    if (r && !out.some((p) => p.key === r.place.key)) out.push(r.place);
  }
  return out;
}

// Per sentence object, as event clauses are: a stored claim meets many page sentences, and its places
// live as long as it does.
const PLACES_OF = new WeakMap<{ text: string }, Place[]>();

function placesOf(f: { text: string }): Place[] {
  let out = PLACES_OF.get(f);
  if (!out) {
    out = placesIn(f.text);
    PLACES_OF.set(f, out);
  }
  return out;
}

/** Both sentences (facts) say where, and no place of one lies in, contains or is a place of the other. */
export function placesApart(a: { text: string }, b: { text: string }): boolean {
  const pa = placesOf(a);
  const pb = placesOf(b);
  return pa.length > 0 && pb.length > 0 && pa.every((x) => pb.every((y) => placeRelation(x, y) === 'apart'));
}

/** Reads a place phrase at token `i` (after `via`, the word introducing it); `next` is the token after it. */
function readPlace(toks: readonly Token[], i: number, via: string): { place: Place; next: number } | null {
  let j = i;
  for (let k = 0; k < MAX_MODIFIERS && j < toks.length && !nameAt(toks, j); k++) {
    const w = (toks[j] as Token).norm;
    const controlled = DEMONYMS.has(w) && CONTROL.has(toks[j + 1]?.norm ?? '');
    if (!PLACE_MODIFIERS.has(w) && !CONTROL.has(w) && !controlled) break;
    j++;
  }
  const [compass, afterCompass] = compassAt(toks, j);
  const named = nameAt(toks, afterCompass);
  if (!named) {
    const demonym = DEMONYMS.get(toks[j]?.norm ?? '');
    return demonym && LAND_NOUNS.has(toks[j + 1]?.norm ?? '') ? { place: placeOfEntry(demonym), next: j + 2 } : null;
  }
  let place = placeOfEntry(named.entry);
  if (named.entry.seat && via === 'to') place = placeOfEntry(BY_KEY.get(place.chain[place.chain.length - 1] as string) as PlaceEntry);
  if (compass && !named.entry.parent) place = partOf(place, compass);
  if (named.possessive) {
    // "Russia's Kursk region": the inner place is the one meant.
    const inner = readPlace(toks, named.next, 'of');
    if (inner && inner.place.chain.includes(place.key)) return inner;
  }
  return { place, next: named.next };
}

/** A compass word at `j` ("eastern", "north-eastern"): its canonical form and the token after it. */
function compassAt(toks: readonly Token[], j: number): [string | null, number] {
  const a = toks[j]?.norm ?? '';
  const next = toks[j + 1];
  // Tokens hold no hyphen, so only a first half of a hyphenated compass word can start one: no string built otherwise.
  if (next && COMPASS_HALVES.has(a) && next.start === (toks[j] as Token).end + 1) {
    const two = COMPASS[`${a}-${next.norm}`];
    if (two) return [two, j + 2];
  }
  return COMPASS[a] && !nameAt(toks, j) ? [COMPASS[a] as string, j + 1] : [null, j];
}

/** "eastern" + Russia -> eastern Russia (a known region when the data has it, else a part of the country). */
function partOf(country: Place, compass: string): Place {
  const known = BY_KEY.get(`${compass} ${country.key}`);
  if (known) return placeOfEntry(known);
  return { key: `${compass} ${country.key}`, label: `${compass} ${country.label}`, chain: [`${compass} ${country.key}`, ...country.chain] };
}

/** The longest known name starting at token `j`; a final "'s" marks a possessive ("Russia's"). */
function nameAt(toks: readonly Token[], j: number): { entry: PlaceEntry; next: number; possessive: boolean } | null {
  const first = toks[j]?.norm;
  if (first === undefined || !(FIRST_WORDS.has(first) || (first.endsWith("'s") && FIRST_WORDS.has(first.slice(0, -2))))) return null;
  // The longest phrase from j that names a place wins ("'s" ends a possessive).
  const phrases = phrasesAt(toks, j, MAX_NAME_WORDS);
  for (let n = phrases.length; n >= 1; n--) {
    const phrase = phrases[n - 1] as string;
    const possessive = phrase.endsWith("'s");
    const entry = NAMES.get(possessive ? phrase.slice(0, -2) : phrase);
    if (entry) return { entry, next: j + n, possessive };
  }
  return null;
}
