/**
 * Equipment designations ("M1989", "M-1989", "M 1989", "KN-23", "BM-27") normalised to one form, with
 * the family they belong to ("Koksan" in `M-1978 "Koksan"`). Two designations of the same family that
 * differ name different models, which is a factual disagreement; a designation is never a count.
 */
import { fold, stem } from './text';
import { UNIT_NOUNS } from './vocab';

export interface Designation {
  /** Normalised: prefix letters upper case, digits, suffix letters: "M1989", "KN23". */
  key: string;
  prefix: string;
  /**
   * A capitalised name next to it, lower case ("koksan"); else the kind of weapon it is named as, by its
   * counted noun ("KN-23 missiles" -> "missiles"), so KN-23 and KN-24 missiles are two models of one
   * family; null when neither is written.
   */
  family: string | null;
  text: string;
  start: number;
  end: number;
}

const DESIG_RE = /\b([A-Z]{1,4}|Su|Mi|Ka|Tu|Il|Yak)(?:-|\s(?=\d{4}\b)|)(\d{2,4})([A-Z]{0,2})\b(?![.,]\d)/g;
const TWO_DIGITS = /\d\d/;
// Prefixes that are words or units, not model prefixes.
const NOT_PREFIX = new Set(['AD', 'BC', 'AM', 'PM', 'MM', 'KM', 'CM', 'KG', 'COVID', 'Q', 'H', 'G', 'UTC', 'GMT']);
const FAMILY_AFTER = /^\s*(?:\(\s*)?["']?\s*([A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?)["']?/;
const FAMILY_BEFORE = /["']?([A-Z][a-z]{2,})["']?\s*$/;
const NOT_FAMILY = new Set(['The', 'And', 'For', 'With', 'From', 'North', 'South', 'Russian', 'Korean', 'Soviet', 'Ukrainian', 'In', 'On']);

/** Designations in `sentence`, in order. */
export function findDesignations(sentence: string): Designation[] {
  const s = fold(sentence);
  const out: Designation[] = [];
  // Every designation has two digits in a row: most sentences have none, and one plain scan rules them out.
  if (!TWO_DIGITS.test(s)) return out;
  for (const m of s.matchAll(DESIG_RE)) {
    const prefix = (m[1] ?? '').toUpperCase();
    if (NOT_PREFIX.has(prefix)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = FAMILY_AFTER.exec(s.slice(end, end + 30))?.[1];
    const before = FAMILY_BEFORE.exec(s.slice(Math.max(0, start - 20), start))?.[1];
    const fam = [after, before].find((f) => f && !NOT_FAMILY.has(f));
    const family = fam ? stem(fam.toLowerCase()) : kindAfter(s.slice(end, end + 40));
    out.push({ key: `${prefix}${m[2]}${m[3] ?? ''}`, prefix, family, text: sentence.slice(start, end), start, end });
  }
  return out;
}

/** The weapon class of the noun right after a designation ("KN-23 ballistic missiles" -> "missiles"), within three words. */
function kindAfter(tail: string): string | null {
  const words = tail.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean).slice(0, 3);
  for (const w of words) {
    const unit = UNIT_NOUNS[w];
    if (unit && !WEAPON_FREE.has(unit)) return unit;
  }
  return null;
}

/** Classes a designation never names: people, money, shares. */
const WEAPON_FREE = new Set(['personnel', 'civilians', 'money', 'percent', 'killed', 'wounded', 'casualties', 'captured', 'votes', 'jobs']);
