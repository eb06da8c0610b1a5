/**
 * Figure-less paraphrases of one event: the source reports the same event (same event class, "attacked"
 * / "incursion") in a clause that agrees with the claim's, and one of three anchors ties them together:
 * the same dates ("in August" / "in early August 2024"), the same rarely named actor ("Choe Son-hui
 * visited Russia" / "Choe Son-hui met Putin in Moscow"), or the same speaker ("…, Budanov said").
 * A time that contradicts, a negated clause, or a hedged claim is never confirmation.
 */
import type { Fact } from './facts';
import { THRESHOLDS, overlap } from './similarity';
import { eventClauses, type EventClause } from './event-clauses';
import { eventTimes, type ClauseTime } from './clause-times';
import { sameSpeaker } from './attribution';
import { countsDiffer, sameTime } from './statements';
import { placesApart } from './places';

export interface EventMatch {
  /** The claim's event key, as its clause words it ("ev:visit"). */
  key: string;
  /** What ties the two reports of the event together. */
  anchor: 'dates' | 'actor' | 'speaker';
  /** The source clause's time, when the anchor is the dates. */
  time: ClauseTime | null;
  /** The shared actor's key, or the speaker as the source names them. */
  who: string | null;
}

/** The event the claim and the source both report, or null. `dice` is the sentences' topical closeness. */
export function sameEvent(c: Fact, s: Fact, dice: number, idf: (t: string) => number): EventMatch | null {
  if (c.stance.hedged || c.stance.question || c.stance.denial !== s.stance.denial || countsDiffer(c, s) || placesApart(c, s)) return null;
  const theirs = eventClauses(s);
  if (!theirs.length) return null;
  for (const cc of eventClauses(c)) {
    const sc = theirs.find((x) => x.key === cc.key);
    if (!sc || cc.negated !== sc.negated || countsInClause(c, cc)) continue;
    const times = eventTimes(cc.time, sc.time);
    if (times === 'conflict') continue;
    // Dated alike: the event's own clause dates it to the same days, and the sentences are on one topic.
    if (times === 'agree' && !cc.future && dice >= THRESHOLDS.related && namedAlike(cc, s) && c.entities.some((e) => s.entities.includes(e)))
      return { key: cc.word, anchor: 'dates', time: sc.time, who: null };
    if (!sameTime(c, s) || !closeClauses(cc, sc, s, idf)) continue;
    // The same speaker's own statement, told once as expected and once as happening, is one statement.
    if (c.attribution && s.attribution && sameSpeaker(c.attribution, s.attribution))
      return { key: cc.word, anchor: 'speaker', time: null, who: s.attribution };
    // People meet and visit again and again: the same actor ties two reports only of one dated occasion.
    const actor = dated(c, s) ? rareActor(c, cc, sc, idf) : null;
    if (actor && cc.future === sc.future) return { key: cc.word, anchor: 'actor', time: null, who: actor };
  }
  return null;
}

/**
 * Both reports place the event in time: the source by its own words, the claim by words of its own (even
 * ones its undated page cannot place, "earlier this month") or by the sentence its pronoun continues.
 */
function dated(c: Fact, s: Fact): boolean {
  return s.scopeExplicit && (c.timeHint || !!c.carried?.length);
}

/** The two event clauses say much the same, and every name in the claim's clause is in the source. */
function closeClauses(cc: EventClause, sc: EventClause, s: Fact, idf: (t: string) => number): boolean {
  if (!namedAlike(cc, s)) return false;
  return overlap(cc.terms, sc.terms, idf).dice >= THRESHOLDS.eventClause;
}

/** Every name in the claim's event clause is in the source: another actor makes it another event. */
function namedAlike(cc: EventClause, s: Fact): boolean {
  return cc.entities.every((e) => s.entities.includes(e));
}

/** A figure in the event's clause is what the clause asserts: only the figure can confirm it. */
function countsInClause(c: Fact, cc: EventClause): boolean {
  return c.quantities.some((q) => q.unit && !q.derived && q.start >= cc.from && q.end <= cc.to);
}

/**
 * A rarely named actor both event clauses name, the claim's possibly through a leading pronoun ("she"
 * after "Choe Son-hui …"). A name elsewhere in the sentence is not who took part in the event.
 */
function rareActor(c: Fact, cc: EventClause, sc: EventClause, idf: (t: string) => number): string | null {
  const mine = [...cc.entities, ...(c.carried ?? [])];
  return mine.find((e) => sc.entities.includes(e) && idf(e) >= THRESHOLDS.rareIdf) ?? null;
}
