/**
 * How a page sentence's cues read against one given statement (a saved claim): cues the statement
 * itself carries are part of what it states, a vouching answer is no hedge, and contrary states
 * ("alive" vs "killed") refute. Word lists come from `vocab`.
 */
import { fold, stem } from './text';
import { CONFIRMS, CONTRARIES } from './vocab';
import { answerPart, hedgeCues, relayOf, stanceOf, wordsPattern, type Relay } from './stance';

// Verbs that relay what someone said, and the media relaying it: in a page sentence they hedge, unless the statement
// is itself about the saying ("state media reported…").
const SPEECH_RE = /\b(?:says?|said|claims?|claimed|claiming|told|tells|declares?|declared|announces?|announced|states|stated|insists?|insisted|media)\b/gi;
const SPEECH_ONE = new RegExp(SPEECH_RE.source, 'i');
const CONFIRM_RE = new RegExp(`\\b(?:${wordsPattern(CONFIRMS)})\\b`, 'i');

/**
 * Whether `page` only relays (hedged, reported, asked) once the cues `statement` itself carries are set aside: of "a priest says he met
 * God", "the priest claims he met God" asserts that he said it; of "a cat believed dead dug itself out",
 * "buried cat, believed dead, claws back to life" asserts the same.
 */
export function stanceBeside(page: string, statement: string): Readonly<Relay> {
  const { speech, cues, key } = cuesOf(statement);
  // Most statements carry no cue: the page's own stance, read once for all of them.
  if (!speech && !cues.length) return plainStance(page);
  // Statements share cue sets ("said"): the page read once per set, not once per statement.
  if (page !== besidePage) {
    besidePage = page;
    besideRead.clear();
  }
  let read = besideRead.get(key);
  if (!read) {
    let t = fold(page);
    if (speech) t = t.replace(SPEECH_RE, ' ');
    for (const cue of cues) t = t.replace(cuePattern(cue), ' ');
    besideRead.set(key, (read = relayOf(t)));
  }
  return read;
}

/** What a statement's own words bring to `stanceBeside` and `contrary`: they depend on its text alone. */
interface StatementCues {
  folded: string;
  speech: boolean;
  cues: string[];
  /** Speech and cues as one string, the same for statements carrying the same ones. */
  key: string;
}

// A stored statement meets page sentence after page sentence: its cues are read once. Bounded, as
// statements come and go with the store.
const STATEMENT_CUES = new Map<string, StatementCues>();
let besidePage: string | null = null;
const besideRead = new Map<string, Relay>();

/** The hedging words `statement` itself uses (`hedgeCues`), read once per statement. */
export function statementCues(statement: string): readonly string[] {
  return cuesOf(statement).cues;
}

function cuesOf(statement: string): StatementCues {
  let sc = STATEMENT_CUES.get(statement);
  if (!sc) {
    if (STATEMENT_CUES.size >= 50_000) STATEMENT_CUES.clear();
    const folded = fold(statement);
    const speech = SPEECH_ONE.test(folded);
    const cues = hedgeCues(folded);
    sc = { folded, speech, cues, key: `${speech ? 1 : 0}|${cues.join('|')}` };
    STATEMENT_CUES.set(statement, sc);
  }
  return sc;
}

/**
 * `read`, remembering its last page sentence's answer: a page sentence is weighed against statement after
 * statement in turn, and what it says on its own is read once.
 */
export function oncePerPage<T>(read: (page: string) => T): (page: string) => T {
  let last: string | null = null;
  let answer: T;
  return (page) => {
    if (page !== last) {
      answer = read(page);
      last = page;
    }
    return answer;
  };
}

const plainStance = oncePerPage(relayOf);

// A pattern per hedge cue, built once: the cues are words of a fixed vocabulary, while this runs for
// every page sentence compared with a statement. Bounded all the same, as cues keep their own spacing.
const CUE_PATTERNS = new Map<string, RegExp>();

/** The global pattern that removes `cue` as a whole word (the shared instance: `replace` resets its lastIndex). */
function cuePattern(cue: string): RegExp {
  let re = CUE_PATTERNS.get(cue);
  if (!re) {
    if (CUE_PATTERNS.size >= 256) CUE_PATTERNS.clear();
    re = new RegExp(`\\b(?:${wordsPattern([cue])})\\b`, 'gi');
    CUE_PATTERNS.set(cue, re);
  }
  return re;
}

// A confirmation withheld vouches for nothing: "refuses to confirm", "could not be confirmed", "no confirmation".
const WITHHELD = /\b(?:refus\w*|declin\w*|fail\w*|unable|not|never|no|cannot|\w+n't)\s+(?:to\s+|be\s+|yet\s+|immediately\s+|independently\s+)*confirm\w*/gi;

/** The sentence, or the answer to its question, vouches for what it says: "It's official", "Yes, it's real", "confirms". */
export const vouches: (sentence: string) => boolean = oncePerPage((sentence) => {
  const answer = answerPart(sentence);
  return CONFIRM_RE.test(answer) && CONFIRM_RE.test(answer.replace(WITHHELD, ' '));
});

const CONTRARY_RES = CONTRARIES.map(([a, b]) => [a, b].map((ws) => new RegExp(`\\b(?:${wordsPattern(ws)})\\b`, 'i')) as [RegExp, RegExp]);

/** `page` states one of a pair of contrary states ("alive") that `statement` states the other of ("killed"). */
export function contrary(page: string, statement: string): boolean {
  const states = pageStates(page);
  if (!states.includes(true)) return false;
  const st = cuesOf(statement).folded;
  return CONTRARY_RES.some(([a, b], i) => states[i] && b.test(st) && !a.test(st));
}

/** Per contrary pair, whether `page` states its first state. */
const pageStates = oncePerPage((page): boolean[] => {
  // "Buried alive", "eaten alive" say how, not that someone lives.
  const p = fold(page).replace(/\b\p{L}+(?:ed|en|nt)\s+alive\b/giu, ' ');
  return CONTRARY_RES.map(([a]) => a.test(p));
});

// What a debunking adjective can call fake and still speak of the statement: the story, the photo, the report.
const ACCOUNTS = /^(?:stor(?:y|ies)|reports?|news|claims?|rumou?rs?|photos?|pictures?|images?|videos?|footage|audio|recordings?|accounts?|tweets?|quotes?|posts?|sites?|websites?|articles?|headlines?|memes?|letters?|documents?|interviews?|profiles?|pages?)$/;
const FAKE_THING = /\b(?:fake|fabricated|bogus|phony|false|doctored|forged|photoshopped)\s+(\p{L}+)/giu;

/**
 * The page's debunking words all call something else fake ("caught with fake passports" of "wife and
 * child detained in Lebanon"): no denial of the statement, whose own words (`said`, its fact's terms)
 * or account they never name.
 */
export function denialBeside(page: string, said: readonly string[]): boolean {
  const { folded, calls, denial } = pageFakes(page);
  // Nothing called fake: the page's own denial, whatever the statement says.
  if (!calls) return denial;
  const own = new Set(said);
  const off = folded.replace(FAKE_THING, (m, noun: string) => (ACCOUNTS.test(noun.toLowerCase()) || own.has(stem(noun.toLowerCase())) ? m : ' '));
  return stanceOf(off).denial;
}

/** The folded page sentence, whether it calls anything fake (FAKE_THING), and its own denial. */
const pageFakes = oncePerPage((page) => {
  const folded = fold(page);
  FAKE_THING.lastIndex = 0;
  return { folded, calls: FAKE_THING.test(folded), denial: stanceOf(folded).denial };
});
