/**
 * The clauses of a sentence that hold an event ("…, which they attacked in August"; "… a Ukrainian
 * incursion launched in early August 2024"), each with its own terms, time and polarity. A long sentence
 * states several things; comparing the clause that holds the event with the source's clause for the
 * same event sees a paraphrase that whole-sentence overlap dilutes.
 */
import type { Fact } from './facts';
import { stem, tokenize } from './text';
import { eventFamily, eventOf, eventPhraseAt } from './events';
import { termsOf } from './terms';
import { futureOf, negatedOf } from './stance';
import { clauseTime, type ClauseTime } from './clause-times';

export interface EventClause {
  /** The event's family key ("ev:attack"; a visit is "ev:meet", see `eventFamily`). */
  key: string;
  /** The event key as the clause words it ("ev:visit"). */
  word: string;
  /** Offsets of the clause in the sentence. */
  from: number;
  to: number;
  terms: string[];
  entities: string[];
  time: ClauseTime | null;
  negated: boolean;
  /** The words from the event to its time speak of the future ("will attack in August"). */
  future: boolean;
}

// Clause edges: punctuation (a comma before a space, not inside "10,900"), a reported statement's "that"
// (after it comes what was said), contrasts.
const LEFT_EDGE = /[,;:](?=\s)\s*|[—–()"“”]\s*|\s(?:that|but|while|whereas)\s/g;
const RIGHT_EDGE = /\s*[,;:](?=\s)|\s*[—–()"“”]|\s(?:but|while|whereas)\s/;

const cache = new WeakMap<Fact, EventClause[]>();

/** The event clauses of a fact, one per event key (its first mention), computed once per fact. */
export function eventClauses(f: Fact): EventClause[] {
  let out = cache.get(f);
  if (!out) {
    out = findEventClauses(f);
    cache.set(f, out);
  }
  return out;
}

function findEventClauses(f: Fact): EventClause[] {
  if (!f.terms.some((t) => t.startsWith('ev:'))) return [];
  const toks = tokenize(f.text);
  const stems = toks.map((t) => stem(t.norm));
  const out: EventClause[] = [];
  for (let i = 0; i < toks.length; i++) {
    const word = eventPhraseAt(stems, i)?.key ?? eventOf(stems[i] ?? '');
    const tok = toks[i];
    if (!word || !tok || out.some((c) => c.key === eventFamily(word))) continue;
    out.push(clauseFor(f, word, tok.start, tok.end));
  }
  return out;
}

function clauseFor(f: Fact, word: string, start: number, end: number): EventClause {
  const text = f.text;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(LEFT_EDGE)) from = (m.index ?? 0) + m[0].length;
  const r = text.slice(end).search(RIGHT_EDGE);
  const to = r >= 0 ? end + r : text.length;
  const clause = text.slice(from, to);
  const terms = termsOf(clause);
  const time = clauseTime(f, from, to, start);
  const windowFrom = Math.max(from, start - 30);
  const windowTo = time ? Math.max(end, time.end) : end;
  return {
    key: eventFamily(word), word, from, to,
    // Terms under their event family, so a visit and the talks held during it overlap.
    terms: terms.all.map(eventFamily), entities: terms.entities,
    time,
    negated: negatedOf(clause),
    future: futureOf(text.slice(windowFrom, windowTo)),
  };
}
