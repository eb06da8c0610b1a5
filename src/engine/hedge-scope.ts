/**
 * How far a page sentence's hedge reaches when it is weighed against a saved statement: a possibility in a
 * clause of its own about something else, or a question followed by a plain answer, leaves what the sentence
 * states asserted. Reporting and sources ("officials say") still cover the whole sentence (see `standalone`).
 */
import type { Fact } from './facts';
import { answerPart, hedgeCues } from './stance';
import { oncePerPage, stanceBeside, statementCues } from './stance-pair';
import { termsOf } from './terms';
import { fold } from './text';

// Where a clause of its own begins, for a hedge: punctuation, a dash, a subordinate or relative clause. Not
// "and", "that" or "just", which a modal verb reaches across ("may soon mean just a ticket").
const OWN_CLAUSE = /[,;:()]|\s[-–—]+\s|\.\.\.|\s(?:but|while|although|though|because|unless|so|yet|which|who|whose|whom|where|when|saying|declaring|insisting|warning|adding)\s/i;

/** The clauses of `sentence` (folded) a hedge reaches no further than (see OWN_CLAUSE). */
function clausesOf(sentence: string): string[] {
  return fold(sentence).split(OWN_CLAUSE).map((cl) => cl.trim()).filter(Boolean);
}

// Words of possibility that reach no further than their own clause, unlike a report or a source, which
// put the whole sentence in someone else's mouth.
const MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'could be', 'possibly', 'perhaps']);

/**
 * The page sentence's only hedges are modal words in clauses of their own that share nothing with the
 * statement: "Battery life about a day, but may improve for launch" states the day; "Marijuana may soon
 * mean just a ticket" states nothing for certain.
 */
export function modalAside(page: string, statement: string, shared: readonly string[]): boolean {
  const own = statementCues(statement);
  const read = pageModals(page);
  const cues = read.cues.filter((w) => !own.includes(w));
  if (!cues.length || !cues.every((w) => MODALS.has(w)) || read.allModal) return false;
  const said = new Set(shared);
  return !read.modalTerms.some((terms) => terms.some((t) => said.has(t)));
}

/**
 * What `modalAside` reads of a page sentence alone, once for the statements it meets in turn: its hedging
 * words, whether every clause holds a modal, and the terms of those that do.
 */
const pageModals = oncePerPage((page) => {
  const clauses = clausesOf(page);
  const modal = clauses.filter((cl) => hedgeCues(cl).some((w) => MODALS.has(w)));
  return { cues: hedgeCues(page), allModal: modal.length === clauses.length, modalTerms: modal.map((cl) => termsOf(cl).all) };
});

/**
 * The sentence's question is followed by a plain statement of what it shares with the statement: "Kimye's
 * fault? Vogue offices hit with rat infestation" asks about blame and states the infestation.
 */
export function answered(page: string, s: Fact, shared: readonly string[]): boolean {
  const answer = pageAnswer(page);
  if (!answer) return false;
  const own = stanceBeside(answer.text, s.text);
  if (own.hedged || own.reported || own.question) return false;
  return shared.every((t) => answer.said.has(t));
}

/** A page sentence's answer to its own question and the answer's terms, or null for an answer under four words. */
const pageAnswer = oncePerPage((page) => {
  const text = answerPart(page);
  return text.trim().split(/\s+/).length < 4 ? null : { text, said: new Set(termsOf(text).all) };
});
