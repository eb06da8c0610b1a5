/**
 * Topical terms of a sentence: what it is about, as canonical keys. Known names collapse to one key
 * ("Pyongyang" -> "north korea"), counted nouns to their class ("soldiers" -> "u:personnel"), other
 * content words to light stems. Function words, months and bare numbers are left out; numbers are
 * compared as quantities, times as time scopes.
 */
import { STOPWORDS, phrasesAt, stem, tokenize } from './text';
import { MAX_VARIANT_WORDS, canonicalEntity, isNameStart } from './entities';
import { UNIT_NOUNS } from './vocab';
import { parentOf } from './quantities';
import { findDesignations } from './designations';
import { eventOf, eventPhraseAt } from './events';

export interface Terms {
  /** Distinct canonical terms. */
  all: string[];
  /** The subset that are known names (entity keys). */
  entities: string[];
}

const MONTH_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;
const WEEKDAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const TIME_WORDS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'today', 'yesterday', 'last', 'earlier', 'later', 'recent', 'recently', 'early', 'late', 'mid', 'end', 'fall', 'spring', 'summer', 'winter', 'autumn', 'past', 'next', 'since', 'currently', 'now', 'already', 'time', 'first']);

/** Canonical topical terms of `sentence`. */
export function termsOf(sentence: string): Terms {
  const toks = tokenize(sentence);
  const all = new Set<string>();
  const entities = new Set<string>();
  const words = toks.map((t) => wordOf(t.norm));
  const stems = words.map((w) => w.stem);
  for (let i = 0; i < toks.length; ) {
    const hit = longestName(toks, i);
    if (hit) {
      all.add(hit.key);
      entities.add(hit.key);
      i += hit.len;
      continue;
    }
    const unitHit = longestUnit(toks, i);
    if (unitHit) {
      all.add(`u:${unitHit.unit}`);
      const p = parentOf(unitHit.unit);
      if (p) all.add(`u:${p}`);
      i += unitHit.len;
      continue;
    }
    // An event told in several words ("lack of experience") is one event, not its words.
    const phrase = eventPhraseAt(stems, i);
    if (phrase) {
      all.add(phrase.key);
      i += phrase.len;
      continue;
    }
    const term = (words[i] as Word).term;
    i++;
    if (term !== null) all.add(term);
  }
  for (const d of findDesignations(sentence)) all.add(`d:${d.key}`);
  return { all: [...all], entities: [...entities] };
}

/** What a word on its own contributes: its stem, and its term (null when it is no topical word). */
interface Word {
  stem: string;
  term: string | null;
}

/**
 * Words recur across sentences, pages and stored sources: each distinct word is read once (stem, stop word,
 * month, figure, event) and kept, up to a bound, instead of per occurrence.
 */
const WORDS = new Map<string, Word>();
const MAX_WORDS = 100_000;

function wordOf(norm: string): Word {
  let w = WORDS.get(norm);
  if (w === undefined) {
    if (WORDS.size >= MAX_WORDS) WORDS.clear();
    WORDS.set(norm, (w = readWord(norm)));
  }
  return w;
}

function readWord(norm: string): Word {
  const st = stem(norm);
  const w = bare(norm);
  if (!w || STOPWORDS.has(w) || TIME_WORDS.has(w) || MONTH_WORDS.test(w) || WEEKDAYS.test(w)) return { stem: st, term: null };
  // Figures and designations are compared as such; as words they would only add noise.
  if (/\d/.test(w)) return { stem: st, term: null };
  // The word's stem as read above, unless "'s" came off it.
  return { stem: st, term: termOfWord(w, w === norm ? st : undefined) };
}

/** `w` without a trailing "'s" (a string test: it runs for every word). */
function bare(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

function termOfWord(w: string, stemmed?: string): string | null {
  if (w.length < 2 || STOPWORDS.has(w)) return null;
  const st = stemmed ?? stem(w);
  return eventOf(st) ?? st;
}

const UNIT_FIRST = new Set(Object.keys(UNIT_NOUNS).map((k) => k.split(' ')[0]));

function longestUnit(toks: ReturnType<typeof tokenize>, i: number): { unit: string; len: number } | null {
  if (!UNIT_FIRST.has(toks[i]?.norm ?? '')) return null;
  const phrases = phrasesAt(toks, i, 4);
  for (let n = phrases.length; n >= 1; n--) {
    const unit = UNIT_NOUNS[phrases[n - 1] as string];
    if (unit) return { unit, len: n };
  }
  return null;
}

function longestName(toks: ReturnType<typeof tokenize>, i: number): { key: string; len: number } | null {
  if (!isNameStart(bare(toks[i]?.norm ?? ''))) return null;
  const phrases = phrasesAt(toks, i, MAX_VARIANT_WORDS);
  for (let n = phrases.length; n >= 1; n--) {
    const phrase = phrases[n - 1] as string;
    const key = canonicalEntity(phrase) ?? (phrase.endsWith("'s") ? canonicalEntity(phrase.slice(0, -2)) : undefined);
    // A one-letter-ish acronym ("us", "un") only counts as a name when written in capitals.
    if (key && (phrase.length > 3 || n > 1 || /^[A-Z.]+$/.test(toks[i]?.raw ?? ''))) return { key, len: n };
  }
  return null;
}

