/**
 * Splits text into sentences with character offsets. Paragraph breaks (newlines) always end a sentence;
 * inside a paragraph Intl.Segmenter proposes breaks, and breaks right after an abbreviation ("Jan.",
 * "U.S.", "Lt. Gen.") or before a lower-case continuation are undone.
 */

export interface Span {
  text: string;
  /** Offsets into the original text; `text === original.slice(start, end)`. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'mr mrs ms dr prof st sr jr gen lt col maj sgt capt cpt adm cmdr gov sen rep rev pres sec dept ' +
    'no nos vs v inc corp co ltd bros est approx fig op al e.g i.e etc u.s u.k u.n e.u u.s.a d.c p.m a.m ' +
    'mt ft pt vol ed eds ca cf'
  ).split(' '),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of `text` in order, each trimmed of surrounding whitespace; empty pieces are dropped. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const paraRe = /[^\n]+/g;
  for (const p of text.matchAll(paraRe)) {
    const base = p.index ?? 0;
    let pending: Span | null = null;
    for (const seg of segmenter.segment(p[0])) {
      const piece = trimSpan(seg.segment, base + seg.index);
      if (!piece) continue;
      if (pending && shouldJoin(pending.text, piece.text)) {
        pending = { text: text.slice(pending.start, piece.end), start: pending.start, end: piece.end };
      } else {
        if (pending) out.push(pending);
        pending = piece;
      }
    }
    if (pending) out.push(pending);
  }
  return out;
}

function trimSpan(s: string, at: number): Span | null {
  const lead = s.length - s.trimStart().length;
  const t = s.trim();
  return t ? { text: t, start: at + lead, end: at + lead + t.length } : null;
}

// What answers the question before it ("...? Probably not", "...? Nope, the story is fake", "...? Good one, joker",
// "...? It's almost definitely fake"): an answer word, a pronoun pointing back at what was asked, or a piece too
// short to state anything on its own.
const ANSWER = /^(?:no|nope|nah|yes|yep|yeah|not really|probably|almost certainly|definitely|(?:it|that)(?:'s|\s+is|\s+was)|turns out)\b|^\S+(?:\s+\S+){0,2}[.!]?$/i;

/** A break is wrong after an abbreviation or single initial, or when the next piece starts in lower case. */
function shouldJoin(prev: string, next: string): boolean {
  if (/^[a-z(,;:]/.test(next)) return true;
  // A headline's short question and its answer ("Macaulay Culkin Dead? Another Death Hoax…") are one statement.
  if (/\?["'”’]?$/.test(prev) && (prev.split(/\s+/).length <= 3 || ANSWER.test(next))) return true;
  const m = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(prev);
  if (!m) return false;
  const word = (m[1] ?? '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return !(/^(?:u\.s|u\.k|u\.n|e\.u|etc|inc|co|ltd|d\.c)$/.test(word) && /^[A-Z][a-z]+\s/.test(next) && isSentenceStarter(next));
  // A single initial or a run of them ("J.", "J.J.", "R.R."): a name goes on.
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(m[1] ?? '');
}

/** Words that usually open a new sentence, so "... the U.S. The next day ..." still splits. */
function isSentenceStarter(next: string): boolean {
  return /^(?:The|This|That|These|Those|It|He|She|They|We|I|But|And|In|On|At|A|An|However|Meanwhile|According|After|Before|As|If|When|While)\b/.test(next);
}
