/**
 * Decides what each figure in a sentence counts ("12,000 North Korean troops" -> personnel,
 * "1,000 soldiers have been killed" -> killed) and drops figures that are not counts: years, days of
 * the month, calibres and other measurements, designations. Adds the sums a text splits a figure into
 * ("1,000 sappers and 5,000 construction workers" -> 6,000 engineers).
 */
import { type Figure, findFigures } from './numbers';
import { UNIT_NOUNS, MEASURE_UNITS } from './vocab';
import { inheritUnits, sums } from './quantity-groups';
import type { TimeMention } from './time';
import type { Place } from './places';
import { fold } from './text';
import { mayBeRate, rateOf } from './rates';
import { addClauseFields } from './clause-reads';

export { clauseAround } from './quantity-groups';
export { parentOf, unitLabel } from './vocab';

export interface Quantity extends Figure {
  /** Unit class id from `vocab` (e.g. "personnel", "killed", "percent", "money"), or null when unknown. */
  unit: string | null;
  /** The counted noun as written ("North Korean troops"), for explanations. */
  unitText: string;
  /** The time mention nearest to the figure in its sentence, if any. */
  time: TimeMention | null;
  /** True for a sum made from several figures of the sentence. */
  derived: boolean;
  /** Topical terms of the figure's own clause (filled in by `facts`). */
  context: string[];
  /** The figure's own clause is negated ("did not send 1,000 troops") (filled in by `facts`). */
  negated: boolean;
  /** A count per unit ("brigades, each with 2,000 troops", "per day"): never compared with a total. */
  perUnit: boolean;
  /** An increment ("150 more missiles", "another 2,000 troops"), not a total: compared only with increments. */
  incremental: boolean;
  /** A rate's period in days ("2 million shells annually" -> 365.25), or null for a count. */
  rate: number | null;
  /** Counted over a period ("in the past three months", "so far this year") rather than at one time. */
  cumulative: boolean;
  /** Where the figure is, from its own clause ("deployed to Russia's Kursk region" -> Kursk) (filled in by `facts`). */
  place: Place | null;
  /**
   * A time the figure's clause states but that cannot be put on a calendar because the document has
   * no date ("in recent weeks", "last month"), as written; null when there is none (filled in by `facts`).
   */
  undatedTime: string | null;
}

const PER_UNIT_BEFORE = /\b(?:each|every|per|apiece)(?:\s+(?:with|of|had|has|having))?\s+(?:about\s+|around\s+|some\s+|up to\s+)?$/i;
const PER_UNIT_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:each|apiece|per (?:unit|brigade|battalion|division|company|vehicle|person|head|capita))\b/iu;
const MORE_BEFORE = /\b(?:another|additional|further|extra|a further|an additional|a new batch of|reinforcements of)\s+(?:about\s+|around\s+|some\s+|roughly\s+|up to\s+|nearly\s+)?$/i;
const MORE_AFTER = /^\s*(?:more|additional|extra|new)\b/i;
const PERIOD_RE = /\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous|first)\s+(?:[a-z0-9-]+\s+)?(?:days|weeks|months|years|quarters?)\b|\bso far\b|\bto date\b|\bin total\b|\baltogether\b/i;

const MAX_LOOKAHEAD = 6;
const STOP_AT = new Set(['and', 'or', 'to', 'in', 'on', 'at', 'were', 'was', 'have', 'has', 'had', 'are', 'is', 'that', 'who', 'with', 'from', 'for', 'by', 'since', 'as', 'than', 'while', 'which', 'the']);
const CASUALTY_VERB = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:have\s+|had\s+|has\s+|were\s+|was\s+)?(?:been\s+)?((?:killed|dead) (?:or|and) (?:wounded|injured)|killed|died|dead|wounded|injured|captured|taken prisoner|in (?:[\p{L}]+\s+)?captivity)\b/iu;
const KILLING_BEFORE = /\b(killing|killed|wounding|wounded|injuring|capturing|captured)\s+(?:(?:at least|at most|up to|as many as|about|around|roughly|approximately|some|nearly|almost|more than|over|fewer than|less than|an estimated)\s+)?$/i;
const VERB_CLASS: Record<string, string> = {
  'in captivity': 'captured', 'killed or wounded': 'casualties', 'killed and wounded': 'casualties', 'dead or wounded': 'casualties',
  'killed or injured': 'casualties', 'killed and injured': 'casualties', 'dead and wounded': 'casualties', killing: 'killed', killed: 'killed', died: 'killed', dead: 'killed', wounding: 'wounded', wounded: 'wounded', injuring: 'wounded', injured: 'wounded', injuries: 'wounded', capturing: 'captured', captured: 'captured', 'taken prisoner': 'captured' };

// Sound pre-tests, one scan per sentence: each pattern below can only match where its sentence holds one of these
// words (same case folding), and most sentences hold none, so the per-figure patterns are mostly skipped.
const MORE_CUE = /another|additional|further|extra|batch|reinforcements/i;
const PER_UNIT_CUE = /each|every|per|apiece/i;
const CASUALTY_CUE = /kill|dead|died|wound|injur|captur|taken prisoner|captivity/iu;

/** Countable quantities of `sentence`; `times` are its time mentions (figures inside them are dropped). */
export function findQuantities(sentence: string, times: TimeMention[], skip: Array<{ start: number; end: number }>): Quantity[] {
  const figures = findFigures(sentence);
  // Most sentences have no figure: nothing below needs reading for them.
  if (!figures.length) return [];
  const s = fold(sentence);
  const cues = { more: MORE_CUE.test(s), perUnit: PER_UNIT_CUE.test(s), casualty: CASUALTY_CUE.test(s), rate: mayBeRate(s) };
  let cumulative: boolean | undefined;
  const out: Quantity[] = [];
  for (const f of figures) {
    if (times.some((t) => f.start < t.end && t.start < f.end)) continue;
    if (skip.some((d) => f.start < d.end && d.start < f.end)) continue;
    const tail = s.slice(f.end, f.end + 80);
    if (/^\s*-?\s*(?:[a-z]+-)?(?:[\p{L}/]+)/u.test(tail) && isMeasure(tail)) continue;
    const after = f.percent || f.money ? null : unitAfter(tail);
    if (isYearLike(f) && !(after ?? unitAfter(tail))[0]) continue;
    cumulative ??= PERIOD_RE.test(s) || times.some((t) => t.label.startsWith('since '));
    out.push(quantityOf(f, s, tail, after ?? (f.percent ? ['percent', 'per cent'] : ['money', f.money as string]), cues, cumulative, times));
  }
  inheritUnits(out, s);
  const derived = sums(out, s);
  return derived.length ? out.concat(derived) : out;
}

/** The quantity of figure `f` of folded sentence `s`, given the counted noun after it and what the sentence may hold. */
function quantityOf(f: Figure, s: string, tail: string, after: [string | null, string], cues: { more: boolean; perUnit: boolean; casualty: boolean; rate: boolean }, cumulative: boolean, times: TimeMention[]): Quantity {
  let [unit, unitText] = after;
  if (cues.casualty) {
    const verb = CASUALTY_VERB.exec(tail);
    if (verb && (unit === 'personnel' || unit === 'civilians' || unit === null)) [unit, unitText] = [VERB_CLASS[verb[1]!.toLowerCase().replace(/^in .*captivity$/, 'in captivity')] ?? unit, `${unitText} ${verb[1]}`.trim()];
    const killing = KILLING_BEFORE.exec(s.slice(Math.max(0, f.start - 40), f.start));
    if (killing && (unit === 'personnel' || unit === 'civilians' || unit === null)) [unit, unitText] = [VERB_CLASS[killing[1]!.toLowerCase()] ?? unit, `${unitText} ${killing[1]}`.trim()];
  }
  const before = s.slice(Math.max(0, f.start - 45), f.start);
  const rate = cues.rate ? rateOf(before, tail) : null;
  // Fields in Figure's then Quantity's order (the order output JSON has), from one literal: copying f with
  // Object.assign or a spread builds the object on a slow path.
  const q = {
    value: f.value, lo: f.lo, hi: f.hi, qualifier: f.qualifier, hedge: f.hedge, text: f.text, start: f.start, end: f.end,
    percent: f.percent, money: f.money, unit, unitText, time: nearest(f, times, s), derived: false, cumulative, rate,
  } as Quantity;
  addClauseFields(q);
  q.place = null;
  q.undatedTime = null;
  q.incremental = (cues.more && MORE_BEFORE.test(before)) || MORE_AFTER.test(tail);
  q.perUnit = !rate && cues.perUnit && (PER_UNIT_BEFORE.test(before) || PER_UNIT_AFTER.test(tail));
  return q;
}

function isMeasure(tail: string): boolean {
  const w = /^\s*-?\s*([\p{L}/]+)/u.exec(tail)?.[1]?.toLowerCase() ?? '';
  return MEASURE_UNITS.has(w) || /^(?:mm|km|kg|cm|m)\b/.test(tail.trim());
}

/** Written like a year ("2024"); it is one unless a counted noun follows (see `findQuantities`). */
function isYearLike(f: Figure): boolean {
  return /^(?:1[89]|20)\d{2}$/.test(f.text.trim());
}

/** Each word some unit noun starts with, and the most words such a noun has ("rocket" -> 2, "troops" -> 1). */
const UNIT_FIRST = new Map<string, number>();
for (const k of Object.keys(UNIT_NOUNS)) {
  const parts = k.split(' ');
  UNIT_FIRST.set(parts[0] as string, Math.max(UNIT_FIRST.get(parts[0] as string) ?? 0, parts.length));
}

/** The counted noun after a figure: skips up to a few modifiers ("North Korean", "self-propelled"). */
function unitAfter(tail: string): [string | null, string] {
  const words = (tail.match(/^[\s"'()]*((?:[\p{L}\p{N}'-]+[\s"'()]*){0,8})/u)?.[1] ?? '').toLowerCase().split(/[\s"'()]+/).filter(Boolean);
  for (let i = 0; i < Math.min(words.length, MAX_LOOKAHEAD); i++) {
    const w = words[i] ?? '';
    // Only a word some unit noun starts with can start one, and no longer than its longest noun.
    const most = UNIT_FIRST.get(w);
    if (most) {
      for (let n = Math.min(4, most, words.length - i); n >= 1; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        const cls = UNIT_NOUNS[phrase];
        if (cls) return [cls, words.slice(0, i + n).join(' ')];
      }
    }
    if (STOP_AT.has(w) && !(w === 'of' && i === 0)) break;
    if (/^\d[\d,.]*$/.test(w) && i > 0) break;
  }
  return rawUnit(words);
}

/** Function words that end a noun phrase ("300 passengers when it sank" -> "passengers"). */
const RAW_STOP = new Set(['when', 'where', 'after', 'before', 'because', 'it', 'its', 'they', 'their', 'he', 'she', 'we', 'this', 'these', 'those', 'if', 'but', 'so', 'then', 'who', 'whom', 'whose', 'what', 'there', 'not', 'be', 'been', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'said', 'says', 'into', 'onto', 'over', 'under', 'near', 'per', 'about', 'around', 'through', 'during', 'until', 'across', 'against', 'between', 'among', 'without', 'within', 'off', 'out', 'up', 'down', 'last', 'next', 'already', 'also', 'still', 'now', 'only', 'just']);

/** Words that follow a figure without being what it counts ("150 more", "3 new"). */
const NOT_A_NOUN = new Set(['more', 'most', 'less', 'fewer', 'new', 'old', 'other', 'others', 'such', 'additional', 'further', 'extra', 'million', 'billion', 'thousand', 'hundred', 'trillion', 'each', 'all', 'of', 'a', 'an']);

/**
 * A counted noun the vocabulary does not know ("hospitals", "cubic metres of water"), as `raw:<head>`.
 * A raw unit is only ever compared with the same raw unit, so a saved claim about anything can meet
 * a page that gives another figure for it, without guessing classes for words the vocabulary lacks.
 */
function rawUnit(words: string[]): [string | null, string] {
  const phrase: string[] = [];
  for (const w of words.slice(0, 4)) {
    if (STOP_AT.has(w) || RAW_STOP.has(w) || w === 'of' || !/^\p{L}[\p{L}'-]*$/u.test(w)) break;
    phrase.push(w);
  }
  let head = phrase[phrase.length - 1];
  // Participles and adverbs ("148 already supplied", "20 quickly") are what happened, not what is counted.
  if (!head || head.length < 3 || NOT_A_NOUN.has(head) || phrase.some((w) => /(?:ed|ly|ing)$/.test(w))) return [null, ''];
  // "metres of water": what is measured names the quantity better than the measure.
  const of = words[phrase.length] === 'of' ? words[phrase.length + 1] : undefined;
  if (of && MEASURE_UNITS.has(head) && /^\p{L}{3,}$/u.test(of) && !STOP_AT.has(of)) {
    head = `${head} of ${of}`;
    phrase.push('of', of);
  } else if (MEASURE_UNITS.has(head)) return [null, ''];
  return [`raw:${head.replace(/(\p{L}{3})s\b/gu, '$1')}`, phrase.join(' ')];
}

function nearest(f: Figure, times: TimeMention[], sentence: string): TimeMention | null {
  let best: TimeMention | null = null;
  let bestD = Infinity;
  for (const t of times) {
    const gap = t.start >= f.end ? [f.end, t.start] : [t.end, f.start];
    // Only a time in the figure's own clause scopes it, or one opening the sentence ("In mid-November 2024, ...").
    const sameClause = !/[,;]|\s(?:and|but|while|despite)\s/.test(sentence.slice(gap[0], gap[1]));
    const opening = t.start <= 4 && t.end < f.start;
    if (!sameClause && !opening) continue;
    const d = (gap[1] as number) - (gap[0] as number);
    if (d < bestD) [best, bestD] = [t, d];
  }
  return best;
}
