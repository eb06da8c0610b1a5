/**
 * Which sentences are check-worthy claims: statements of fact about the world, not page furniture
 * (menus, bylines, "2 min read", "Subscribe"), photo captions, author bios, questions or opinions.
 * Deliberately cheap: it runs on every sentence of every page before anything else.
 */
import type { DayRange } from './dates';
import type { Span } from './sentences';
import { factOf, type Fact } from './facts';
import { speakerOf } from './attribution';
import { termsOf, type Terms } from './terms';
import { Twin } from './ascii-twin';

// Page furniture: a line that opens with a call to action, or any line with reading-time, copyright or cookie boilerplate.
const FURNITURE = /^(?:subscribe|sign up|sign in|log in|read more|show more|advertisement|follow us|share this|click here|related articles?|most read|skip to|back to top|newsletter|get our|download (?:our|the)|listen to this)\b|\b(?:min read|minute read|all rights reserved|cookie policy|cookies|terms of use|privacy policy|subscribe to our|sign up for our|our newsletter|to your inbox|become a (?:member|subscriber|supporter)|support (?:our|independent) journalism|donate (?:today|now)|share on (?:facebook|twitter|x|whatsapp|linkedin)|share via email|originally (?:published|appeared) (?:by|in|on)|creative commons|already a subscriber|free trial)\b|©/i;
// A line of section names split by bars or bullets ("Home | World | Politics"); a dateline of publication or update.
const MENU = /^(?:[^|•·]{1,25}\s[|•·]\s){2,}|^(?:published|updated|posted|last updated)\b.{0,40}?(?:\d{1,2}:\d{2}|[ap]\.m\.|\b(?:19|20)\d{2}\b)|\|\s*(?:updated|published)\b/i;
const CAPTION = /\((?:[^()]*\b(?:photo|photograph|getty|reuters|afp|ap photo|images?|via|credit|file)\b[^()]*)\)\s*$|\b(?:getty images|photo by|file photo)\b|\b(?:photo|image|credit|photograph):\s*[^.:]{0,60}$/i;
// BIO and BYLINE run through their ASCII twins on ASCII text (most of it): see `Twin`.
const BIO = new Twin(/^(?:[A-Z][\p{L}'-]+\s){1,3}(?:covers|writes about|reports on|is based in)\b|\b(?:is an? (?:senior |staff |chief |deputy |managing )*(?:news )?(?:editor|reporter|correspondent|writer|journalist|columnist|contributor)\b|has previously worked|holds? an? (?:bachelor|master)|studied at\b|(?:bachelor|master)'s degree\b|can be reached at\b)/iu);
const OPINION = /^(?:i think|i believe|in my (?:opinion|view)|we should|let's|imagine|it(?: is|'s) time (?:for|to))\b|\b(?:(?:i|we) (?:think|believe|feel)|in (?:my|our) (?:opinion|view))\b/i;
const BYLINE = new Twin(/^\(?(?:(?:[Ww]ritten|[Rr]eporting|[Aa]dditional reporting|[Ee]dited|[Ee]diting) by\s+[A-Z]|By\s+(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|The|This|That|Then|Now|Last|Next|Early|Late|Mid|End)\b)(?:[A-Z][\p{L}.'-]+\s?){1,4}(?:$|[,|]|\s(?:and|for|in)\s))/u);

/** Why a sentence is not a claim, or null when it is check-worthy. */
export function notAClaimReason(fact: Fact): string | null {
  return textReason(fact.text) ?? factReason(fact);
}

/**
 * The check-worthy sentences among `spans` with their facts, in text order. A sentence its words alone
 * rule out is never extracted, yet its named speaker still carries over to the next ("..., he said.").
 * `beforeEach` runs before every sentence, so a long page can be abandoned between sentences.
 * `wanted`: when given, a sentence whose terms it rejects (nothing stored could match them) is not
 * extracted either; what it carries to the next sentence (speaker, names) is still read.
 */
export function* claimsOf(spans: readonly Span[], ref: DayRange | null, refIsDate = true, beforeEach?: () => void, wanted?: (terms: Terms) => boolean): Generator<{ span: Span; fact: Fact }> {
  let speaker: string | null = null;
  let names: string[] = [];
  for (const span of spans) {
    beforeEach?.();
    if (textReason(span.text)) {
      speaker = speakerOf(span.text, speaker) ?? speaker;
      names = [];
      continue;
    }
    const terms = termsOf(span.text);
    if (wanted && !wanted(terms)) {
      // As `factOf` would read them: its attribution and entities.
      speaker = speakerOf(span.text, speaker) ?? speaker;
      names = terms.entities;
      continue;
    }
    const fact = factOf(span.text, span.start, ref, refIsDate, speaker, terms);
    speaker = fact.attribution ?? speaker;
    if (PRONOUN_LEAD.test(fact.text)) fact.carried = names.filter((e) => !fact.entities.includes(e));
    names = fact.entities;
    if (!factReason(fact)) yield { span, fact };
  }
}

// A sentence led by a pronoun ("During her visit, she held …") is about whom the previous one named.
const PRONOUN_LEAD = /^(?:[^,]{0,40},\s*)?(?:he|she)\b|^(?:during|in|on|after|before|at|for)\s+(?:his|her)\b/i;

/** The number of words in `t`: runs of characters other than whitespace (as `\s` has it), counted in place. */
function wordCount(t: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const space = isSpace(t.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether a UTF-16 code unit is whitespace or a line end, the characters `\s` matches. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Why a sentence is not a claim, judged on its words alone (before any extraction), or null. */
function textReason(t: string): string | null {
  const words = wordCount(t);
  if (words < 4) return 'too short';
  if (words > 120) return 'too long';
  if (FURNITURE.test(t) || MENU.test(t)) return 'page furniture';
  if (CAPTION.test(t)) return 'caption';
  if (BIO.of(t).test(t)) return 'author bio';
  if (BYLINE.of(t).test(t)) return 'byline';
  if (OPINION.test(t)) return 'opinion';
  return null;
}

/** Why a sentence that passed `textReason` is not a claim, judged on its fact, or null. */
function factReason(fact: Fact): string | null {
  const t = fact.text;
  // A question that calls something a hoax or fake doubts it: a stance worth showing, not an open question.
  // So does a question its own answer negates ("NHL expansion ahead? No, says Gary Bettman").
  if (fact.stance.question && !fact.stance.denial && !fact.stance.negated && !/[A-Z][a-z]+:/.test(t)) return 'question';
  if (fact.terms.length < 2) return 'no content';
  return null;
}

/** A 0..1 score of how checkable a claim is: figures, names, dates and designations make it more so. */
export function checkWorthiness(fact: Fact): number {
  const q = Math.min(fact.quantities.length, 2) * 0.2;
  const e = Math.min(fact.entities.length, 3) * 0.1;
  const t = fact.times.length ? 0.1 : 0;
  const d = fact.designations.length ? 0.1 : 0;
  const hedge = fact.stance.hedged ? -0.1 : 0;
  return Math.max(0, Math.min(1, 0.2 + q + e + t + d + hedge));
}
