/**
 * What stance a page sentence takes on a standalone statement (a saved or imported claim): denial or
 * negation refutes, hedging only reports, assertion supports.
 */
import type { Fact } from './facts';
import type { FigureOutcome, FigurePair } from './figures-compare';
import type { Comparison } from './compare';
import { THRESHOLDS } from './similarity';
import { countsDiffer } from './statements';
import { negatedClauses } from './stance';
import { answered, modalAside } from './hedge-scope';
import { contrary, denialBeside, stanceBeside, vouches } from './stance-pair';
import { termsOf } from './terms';
import { stem } from './text';

/** Figure outcomes that make two statements related, never one support for the other. */
const RELATED_ONLY: ReadonlySet<FigureOutcome> = new Set(['other-time', 'within', 'undatable', 'elsewhere']);

/** A page sentence on a standalone statement: denial or negation refutes, hedging only reports, assertion supports. */
export function stanceOnStatement(c: Fact, s: Fact, dice: number, shared: string[], pair: FigurePair | null): Comparison | null {
  // A debunking headline often shares only the rumour's name ("A bogus Banksy", "No, that illustration isn't by
  // Banksy"): a lower bar for explicit denials and a bare "No" answer, not for any negation ("isn't happy with").
  // (A "No" clause is a negation, so only negated sentences below the usual bar are read for one.)
  const denies = c.stance.denial || (c.stance.negated && dice < THRESHOLDS.standalone && answersNo(c.text));
  if (dice < (denies ? THRESHOLDS.standaloneDenial : THRESHOLDS.standalone)) return null;
  // Counting different things (troops vs missiles) is another statement, whatever the stance.
  if (countsDiffer(c, s)) return dice >= THRESHOLDS.related ? { relation: 'related', score: dice, reason: { kind: 'topic', shared } } : null;
  // The same thing counted differently at the same time cannot both be true, whoever reports it.
  if (pair?.outcome === 'disagree' && !c.stance.question) return { relation: 'conflicts', score: dice, reason: { kind: 'figures', pair } };
  // Debunking words refute even in a question ("Willie Nelson dead? Viral hoax fools internet"); a question's
  // negation is its answer's ("Did Banksy post this? Probably not"). A negated statement restated without the
  // negation is usually a paraphrase ("doesn't last a day" vs "needs charging nightly"), so only the page
  // sentence's own denial, negation or contrary state refutes.
  const [cNeg, sNeg] = [c.stance.negated && negationBears(c, s), s.stance.negated && negationBears(s, c)];
  // A plain negation must be about something the statement names or says, not only a kind of event or count:
  // "this support is not provided freely" says nothing about when a watch ships.
  const negates = cNeg && !sNeg;
  const refutes = (c.stance.denial && !s.stance.denial && denialBeside(c.text, s.terms)) || (negates && !onlyKinds(shared)) || (!c.stance.negated && contrary(c.text, s.text));
  if (refutes) return { relation: 'conflicts', score: dice, reason: { kind: 'denial', denier: 'claim' } };
  if (hedges(c, s, shared) || (pair && RELATED_ONLY.has(pair.outcome))) return { relation: 'related', score: dice, reason: pair ? { kind: 'figures', pair } : { kind: 'topic', shared } };
  // Support needs more shared wording than a denial: a sentence merely on the same subject is related, and so is
  // one that shares only names ("North Korean troops head to Russia" says nothing of a restaurant in Scotland) or
  // only kinds of things ("deliveries"), and one that negates what it shares.
  if (negates || dice < THRESHOLDS.standaloneSupport || !saysBeyondNames(s, shared) || onlyKinds(shared) || onlyGeneric(s, shared)) return { relation: 'related', score: dice, reason: { kind: 'topic', shared } };
  return { relation: 'corroborates', score: dice, reason: pair?.outcome === 'agree' ? { kind: 'figures', pair } : { kind: 'statement', shared } };
}

// A clause that is nothing but a negative answer: "No", "Nope", "Probably not".
const NO_ANSWER = /^(?:no|nope|not|not really|(?:probably|almost certainly|definitely|certainly|likely) not)$/i;

/** The sentence answers "No" in a clause of its own ("No, our meteorologist was not…", "Did he? Probably not"). */
function answersNo(text: string): boolean {
  return negatedClauses(text).some((cl) => NO_ANSWER.test(cl));
}

/** The shared terms include something the statement says beyond the names it mentions. */
function saysBeyondNames(s: Fact, shared: readonly string[]): boolean {
  return shared.some((t) => !s.entities.includes(t));
}

// Number words are figures, compared as quantities: as shared words they say nothing ("two soldiers", "two men").
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)$/;

/** The shared terms are all kinds of things or events ("troops", "deliveries") or numbers, no name or word of their own. */
function onlyKinds(shared: readonly string[]): boolean {
  return shared.every((t) => t.startsWith('u:') || t.startsWith('ev:') || NUMBER_WORD.test(t));
}

// Words any statement may use, whatever it is about: light verbs, media, generic nouns and adjectives. Shared alone,
// beside names and kinds, they say nothing of the statement ("video shows", "came at a time", "held talks").
const GENERIC: ReadonlySet<string> = new Set(
  ('come came go went make take get give hold held keep put set see show use find call turn become help plan head time ' +
    'way high low big small power state available continue start begin work play run stand leave move bring look want ' +
    'need try video photo picture image footage thing part place year day week month world people man woman group ' +
    'report news story').split(' ').map(stem),
);

/** Without the words any statement may use, the shared terms are only names, or only kinds (see `onlyKinds`). */
function onlyGeneric(s: Fact, shared: readonly string[]): boolean {
  const rest = shared.filter((t) => !GENERIC.has(t));
  return rest.length < shared.length && (!saysBeyondNames(s, rest) || onlyKinds(rest));
}

/**
 * A negation bears on the other sentence when its own clause says something the other states beyond
 * names: "was born male but did not tell the swimmer" does not deny "was born intersex".
 */
function negationBears(neg: Fact, other: Fact): boolean {
  // A clause that is only a negation ("No,", "Probably not" after a question) answers the whole statement.
  return negatedClauseTerms(neg.text).some((terms) => terms === null || terms.some((t) => other.terms.includes(t) && !other.entities.includes(t)));
}

// A page sentence meets statement after statement, and a stored negated statement page after page: each
// sentence's negated clauses are read once. Bounded, as sentences come and go.
const CLAUSE_TERMS = new Map<string, Array<string[] | null>>();

/** Per negated clause of `text` (`negatedClauses`), its terms, or null for a clause of three words at most. */
function negatedClauseTerms(text: string): Array<string[] | null> {
  let out = CLAUSE_TERMS.get(text);
  if (!out) {
    if (CLAUSE_TERMS.size >= 20_000) CLAUSE_TERMS.clear();
    out = negatedClauses(text).map((cl) => (cl.split(/\s+/).length <= 3 ? null : termsOf(cl).all));
    CLAUSE_TERMS.set(text, out);
  }
  return out;
}

/**
 * The page sentence only relays the statement: hedged, reported or asked. A cue the statement itself
 * carries ("the priest claims..." of "a priest says...", "believed dead" in both) is part of what is
 * stated, and a sentence that vouches for it ("It's official", "Yes, it's real") answers its own question.
 */
function hedges(c: Fact, s: Fact, shared: readonly string[]): boolean {
  if (vouches(c.text)) return false;
  const own = stanceBeside(c.text, s.text);
  if (own.question) return !answered(c.text, s, shared);
  if (own.reported) return true;
  return own.hedged && !modalAside(c.text, s.text, shared);
}

