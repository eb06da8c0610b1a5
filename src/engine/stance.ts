/**
 * How a sentence holds what it says: asserted, hedged (reported, possible, asked), denied, or negated,
 * and whether it speaks of the future. Word lists come from `vocab`; matching is on folded lower case.
 */
import { fold } from './text';
import { DENIALS, HEDGES } from './vocab';
import { DEBUNK_CUE, DEBUNK_PHRASES, OPEN_CHOICE, OR_WORD } from './debunk-phrases';
import { Twin } from './ascii-twin';

export interface Stance {
  /** Presented as unconfirmed: "reportedly", "may", "claims", "report says", or a question. */
  hedged: boolean;
  /** Refutes something: "denied", "false", "hoax", "no evidence". */
  denial: boolean;
  /** Relayed from a report, a source or an analyst ("report says", "sources:", "analyst"): weaker than hedged. */
  reported: boolean;
  /** Plain grammatical negation of the main statement: "did not", "never", "not". */
  negated: boolean;
  question: boolean;
  /** Speaks of what will or may happen rather than what happened. */
  future: boolean;
}

/** A regex alternation matching any of `words` as written (spaces match any whitespace). */
export function wordsPattern(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}
// Plain words, so no "u" flag: a case-insensitive Unicode pattern scans at half the speed, and this one reads every sentence.
const DENIAL_WORDS = new RegExp(`\\b(?:${wordsPattern(DENIALS)})\\b`, 'i');
// The Unicode patterns below are run through their ASCII twins on ASCII text (most of it): see `Twin`.
const DEBUNKS = new Twin(new RegExp(DEBUNK_PHRASES, 'iu'));
/** The folded text holds a denial word or a debunking phrase (the phrases' pattern only runs where their cue is). */
function hasDenial(s: string): boolean {
  return DENIAL_WORDS.test(s) || (DEBUNK_CUE.test(s) && DEBUNKS.of(s).test(s));
}
// "No" opening a compound ("no-arrest policy", "no-fly zone", "no-confidence vote") names a thing; it negates nothing.
const NEGATION_RE = new Twin(/\b(?:not|never|no longer|did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|was not|wasn't|were not|weren't|is not|isn't|are not|aren't|won't|cannot|can't|no)\b(?!-\p{L})/iu);
// Deliberation, forecast and appearance in the senses that hedge ("Apple eyes a bid", "weighs an offer", "in
// apparent suicide"), not in the senses article prose also uses ("in the eyes of", "considering the losses",
// "weighs 90 kg", "it became apparent").
// Each alternative opens a word, after the one "\b" they share: a pattern that opens with a lookbehind, or with an
// alternation of many "\b"s, scans slower than one "\b" before an alternation (and matches the same).
const WEIGHED = String.raw`(?<!\b(?:the|his|her|their|its|in|of|with|my|your|our|whose)\s)(?:eyes|eyeing|eyed)\b|(?<![,;:]\s|^)consider(?:ing|s)\b|weighs\b(?!\s+(?:about|around|nearly|almost|more|less|over|under|up|in|just|only|roughly|some|\d))|(?<!\b(?:is|was|are|were|be|been|became|become|becomes|becoming|seems?|seemed|more|less|readily|immediately|quickly|soon|all too)\s)apparent\b|(?:hints|forecasts?)\b`;
const HEDGE_RE = new RegExp(`\\b(?:${WEIGHED}|(?:${wordsPattern(HEDGES)})\\b|(?:reports?|sources?|officials?|media)\\s+(?:say|says|said|claim|suggest)\\b|(?:believed|thought|said|rumou?red|alleged|reported)\\s+to\\b)`, 'i');
const CUE_WORDS = new RegExp(`\\b(?:${WEIGHED}|(?:${wordsPattern(HEDGES)})\\b)`, 'gi');

/** The hedging words a sentence uses ("considering", "believed dead"), lower case, so another sentence's may be set aside. */
export function hedgeCues(sentence: string): string[] {
  return [...new Set([...fold(sentence).matchAll(CUE_WORDS)].map((m) => m[0].toLowerCase()))];
}

// Relaying words (plain, so no "u" flag, as for DENIAL_WORDS).
const RELAYING = /\b(?:says?|said|claim|according|insists?|purported|alleged|likely|reports?|reported|sources?|media|analysts?|insiders?|rumou?rs?|suggests?|speculat\w*|suspects?|suspected|predicts?|predicted|accuses|accused|accusing|allegations?|reporting|thinks?|believes?|witness(?:es)?|eyewitness(?:es)?|tipped to)\b/i;
const CREDITED = new Twin(new RegExp(
  [
    // Credited to a source: a trailing "-- Name", ": WSJ", "-CNBC", ": monitor", or a leading "Congressman:", "Official:".
    String.raw`\s--\s*\p{L}+\s*$`,
    String.raw`:\s*(?:\p{L}+\s+){0,3}(?:monitor|watchdog|paper|report|reports|sources?|media|officials?)\s*$`,
    String.raw`^(?:[\p{L}.'-]+\s+){0,3}(?:congress(?:man|woman)|lawmaker|senator|rep|officials?|sources?|reports?|analysts?|experts?|witness(?:es)?|parents?|police|minister|spokes(?:man|woman|person)|group|monitor|insiders?|paper|media)\s*:`,
  ].join('|'),
  'iu',
));
// A trailing credit in capitals ("...: WSJ", "... -CNBC", "...: Pentagon"): case matters, so no /i.
const CREDIT_RE = new Twin(/(?::|\s-)\s*(?:\p{Lu}[\p{L}.&]*\s*){1,2}$/u);
/** What every credit above holds: most sentences have neither, and are ruled out with this one cheap scan. */
const CREDIT_MARK = /:|\s-/;

/** The folded sentence relays what it says (`told`: without its labelled roles): a relaying word or a credit. */
function reports(told: string, s: string): boolean {
  // `told` is `s` less some words (a space for each), so it has a credit mark only where `s` has one.
  if (RELAYING.test(told)) return true;
  return CREDIT_MARK.test(s) && ((CREDIT_MARK.test(told) && CREDITED.of(told).test(told)) || CREDIT_RE.of(s).test(s));
}
const FUTURE_RE = /\b(?:will|shall|would|is (?:expected|set|poised|preparing|planning|going) to|are (?:expected|set|poised|preparing|planning|going) to|plans? to|preparing to|to be sent|expected to|set to|(?<!\b(?:continued|continues|continue|began|begin|begins|started|starts|start|used|helped|help|able|failed|refused) )to (?:send|deploy|deliver|supply|provide|receive|dispatch))\b/i;
// Negations that do not deny the sentence's main fact: bounds ("no more than"), gaps in what is known
// ("cannot be verified", "did not say how", "no idea", "not sure"), a contrast ("in Nevada, not Texas"),
// an addition ("not just") and a purpose ("so he won't turn into a werewolf").
const HARMLESS_NEG = new Twin(new RegExp(
  [
    'not only', 'not least', 'no (?:more|fewer|less) than', 'not (?:just|merely|simply)',
    '(?:cannot|could not) be (?:independently )?(?:verified|confirmed)', 'no details', 'no idea',
    'did not (?:provide|elaborate|specify|comment|respond|disclose|say (?:how|when|where|whether|what|which|who|why|if))',
    "(?:won't|will not|wouldn't|would not|didn't|does not|doesn't|cannot|can't) (?:say|disclose|reveal|confirm) (?:how|when|where|whether|what|which|who|why|if)",
    "(?:not|isn't|aren't|wasn't|weren't) (?:sure|certain)", ',\\s*not\\s+(?!only\\b)\\p{L}+',
    "so (?:that )?(?:he|she|it|they|we|you) (?:won't|wouldn't|can't|couldn't|doesn't|don't|will not|would not|cannot)",
    // Both ways open: "may or may not", "whether or not", "refuses to confirm or deny".
    'or (?:(?:may|might|could|did|does|do|is|was|were|will|would|has|have|had) )?not',
    'confirm(?:s|ed|ing)? (?:or|nor) den(?:y|ies|ied|ying)',
  ].map((p) => `\\b(?:${p})\\b`).join('|'),
  'giu',
));
// "Alleged" or "suspected" naming a role ("an alleged rapist", "his reported girlfriend") labels a person
// the way news must before a verdict; it does not hedge what the sentence says happened.
const LABELLED_ROLE = /\b(?:alleged|accused|suspected|purported|reported|self-proclaimed)\s+(?=(?:rape|rapist|attacker|bomber|killer|gunman|shooter|militant|girlfriend|boyfriend|wife|husband|victim|mastermind|ringleader|member|thief|hacker|terrorist|jihadist|murderer|kidnapper|smuggler|spy|dealer)s?\b)/gi;
// A negated denial affirms ("not a hoax", "no hoax", "isn't fake"): neither a denial nor a negation of the statement.
// So does denying that it is one ("denies surgery hoax claims").
const DOUBLE_NEG = new Twin(/\b(?:(?:not|no|never|isn't|aren't|wasn't|weren't)\s+(?:a\s+|an\s+|just\s+a\s+)?(?:hoax|fake|false|lie|myth|scam|prank|joke|rumou?r)|den(?:y|ies|ied|ying)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:hoax|fake|fakery)\s+(?:claims?|rumou?rs?|reports?|allegations?|accusations?|charges?))\b/giu);
// Who asks or wonders in a statement reports a question ("asks doctors How's it going?"); it is not the sentence's.
const ASKED = /\b(?:ask|asks|asked|asking|wonders?|wondered|wondering|questions?)\b[^.!?:;]*$/i;

/**
 * Where the sentence's own question ends ("Willie Nelson dead?| Viral hoax fools internet"), or -1 when
 * it asks nothing. A question someone else asks ("asks doctors How's it going?") is reported, not asked.
 */
function questionEnd(s: string): number {
  // Most sentences ask nothing: one plain search rules them out before any pattern runs.
  if (!s.includes('?')) return -1;
  let end = -1;
  for (const m of s.matchAll(QUESTION_MARK)) if (!ASKED.test(s.slice(0, m.index))) end = (m.index ?? 0) + 1;
  return end;
}
/** A question mark ending a question: before a space, or closing quotes and brackets at the end. */
const QUESTION_MARK = /\?(?=\s|["')\]]*\s*$)/g;

/**
 * The stance of one sentence. Denial words inside a quoted title or an attribution are still counted:
 * headlines use them that way, and a question about a hoax doubts what it asks ("Was the video a
 * hoax?"). A plain negation in a question only counts in the answer that follows it ("Did Banksy
 * post this? Probably not"): "Won't you help?" negates nothing.
 */
export function stanceOf(sentence: string): Stance {
  const s = fold(sentence);
  const asked = questionEnd(s);
  const { hedged, reported, question } = relayOfFolded(s, asked);
  const { denial, negated } = negation(s, asked);
  return { hedged, reported, denial, negated, question, future: FUTURE_RE.test(s) };
}

/** Whether a sentence only relays what it says: hedged, reported or asked (`stanceOf`'s first three). */
export type Relay = Pick<Stance, 'hedged' | 'reported' | 'question'>;

/** `stanceOf`'s hedged, reported and question alone, without reading negation (cheaper). */
export function relayOf(sentence: string): Relay {
  const s = fold(sentence);
  return relayOfFolded(s, questionEnd(s));
}

function relayOfFolded(s: string, asked: number): Relay {
  const told = s.replace(LABELLED_ROLE, ' ');
  return { hedged: asked >= 0 || HEDGE_RE.test(told), reported: reports(told, s), question: asked >= 0 };
}

/** `stanceOf(sentence).negated` alone, for a clause whose other stances are not needed (cheaper). */
export function negatedOf(sentence: string): boolean {
  const s = fold(sentence);
  return negation(s, questionEnd(s)).negated;
}

/** `stanceOf(sentence).future` alone (cheaper). */
export function futureOf(sentence: string): boolean {
  return FUTURE_RE.test(fold(sentence));
}

/** Denial and negation of the folded sentence `s`, whose own question ends at `asked` (see `stanceOf`). */
function negation(s: string, asked: number): { denial: boolean; negated: boolean } {
  const { text: stripped, negative } = withoutHarmless(s);
  const denial = hasDenial(stripped);
  // Without a negation word before stripping there is none after it either: the scan is not repeated.
  return { denial, negated: denial || (negative && ANY_NEGATION.test(stripped) && negates(answerOf(stripped, asked))) };
}

// Every match of HARMLESS_NEG, DOUBLE_NEG and NEGATION_RE contains "no", "not" or "never" ending a word, "n't"
// or a "deny": a text without any (most sentences) has nothing to strip or negate, and this one scan replaces three.
const ANY_NEGATION = /(?:no|not|never|deny|denies|denied|denying)\b|n't/i;

/** `s` without its open choices, harmless and double negations (see OPEN_CHOICE, HARMLESS_NEG, DOUBLE_NEG). */
function stripNegations(s: string): string {
  return withoutHarmless(s).text;
}

/** `stripNegations(s)` as `text`, and whether `s` less its open choices held any negation word (`negative`). */
function withoutHarmless(s: string): { text: string; negative: boolean } {
  const t = OR_WORD.test(s) ? s.replace(OPEN_CHOICE, ' ') : s;
  if (!ANY_NEGATION.test(t)) return { text: t, negative: false };
  const harmless = t.replace(HARMLESS_NEG.of(t), ' ');
  return { text: harmless.replace(DOUBLE_NEG.of(harmless), ' '), negative: true };
}

/** The text holds a plain negation (NEGATION_RE). */
function negates(text: string): boolean {
  return NEGATION_RE.of(text).test(text);
}


/** What a sentence states after its own question ("Probably not"), or all of it when it asks nothing. */
function answerOf(s: string, asked: number): string {
  return asked >= 0 ? s.slice(asked) : s;
}

/** The folded text a sentence states: the answer after its own question, or all of it. */
export function answerPart(sentence: string): string {
  const s = fold(sentence);
  return answerOf(s, questionEnd(s));
}

// Where one statement ends and another begins inside a sentence: punctuation, a dash, or a conjunction
// that starts a new clause. A negation reaches no further than its clause.
const CLAUSE_BREAK = /[,;:()]|\s[-–—]+\s|\.\.\.|\s(?:but|while|although|though|because|unless|despite|so|yet|just|instead|that|which|who|whose|whom|where|when|and|saying|declaring|insisting|warning|adding)\s/i;


/**
 * The clauses of `sentence` that carry a negation or a denial of their own ("but did not tell the
 * swimmer"), so a caller can tell whether the negation bears on what another sentence states.
 */
export function negatedClauses(sentence: string): string[] {
  const stripped = stripNegations(answerPart(sentence));
  return stripped
    .split(CLAUSE_BREAK)
    .map((cl) => cl.trim())
    .filter((cl) => hasDenial(cl) || negates(cl));
}
