/**
 * Finds the figures in a sentence: digits ("12,000", "1.5 million"), words ("eleven-thousand"), ranges
 * ("2,000 to 3,000", "50-100", "between X and Y"), vague amounts ("hundreds of thousands") and the
 * qualifier in front ("about", "up to", "more than"). Each figure becomes an interval of values the
 * text allows, so two figures agree exactly when their intervals meet.
 */
import { fold } from './text';
import { NUMBER_WORD_SRC, parseNumberWords } from './number-words';

export type Qualifier = 'exact' | 'approx' | 'atLeast' | 'atMost' | 'range' | 'vague';

/** A figure as written, before deciding what it counts. Offsets are into the sentence. */
export interface Figure {
  /** Point value (the middle of a range). */
  value: number;
  /** Inclusive interval of values the wording allows. */
  lo: number;
  hi: number;
  qualifier: Qualifier;
  /** The qualifier word(s) as written ("about", "up to"), lower case, or "". */
  hedge: string;
  text: string;
  start: number;
  end: number;
  percent: boolean;
  money: string | null;
}

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?:\s*(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn|m|k)\b)`;
const WORDS = String.raw`(?:(?:a|an)\s+)?${NUMBER_WORD_SRC}(?:(?:\s+and\s+|\s*-\s*|\s+)${NUMBER_WORD_SRC})*\b`;
const NUM = String.raw`(?:${DIGITS}${SCALE}?|\b${WORDS})`;
// A number glued to letters ("M1989", "KN-23", "BTR-80") is a designation, not a figure.
const NUM_RE = new RegExp(String.raw`(?<![\p{L}\p{N}][-.,]?|[\p{L}]\s?-\s?)${NUM}`, 'giu');
const VAGUE_RE = /\b(tens|hundreds|thousands|millions|dozens|billions)(\s+of\s+(thousands|millions|billions))?\b/gi;
const RANGE_TAIL = new RegExp(String.raw`^\s*(?:-|to|and|or)\s*(${NUM})`, 'i');
const PERCENT_TAIL = /^\s*(%|percent\b|per\s+cent\b|percentage\s+points?\b)/i;
const MONEY_HEAD = /([$€£₩¥]|\b(?:us\$|usd|eur|gbp|krw)\s?)$/i;
const MONEY_TAIL = /^\s*(dollars|euros|pounds sterling|won|rubles|roubles|yuan|yen|usd|eur)\b/i;

const QUALIFIERS: ReadonlyArray<[RegExp, Qualifier | 'over' | 'under' | 'nearly']> = [
  [/\b(?:between|from)\s*$/i, 'range'],
  [/\b(?:up to|as many as|at most|no more than|a maximum of|not more than)\s*$/i, 'atMost'],
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s*$/i, 'atLeast'],
  [/\b(?:more than|over|above|in excess of|exceeding|upwards of|just over|nearly over)\s*$/i, 'over'],
  [/\b(?:fewer than|less than|under|below|just under)\s*$/i, 'under'],
  [/\b(?:nearly|almost|close to|just short of)\s*$/i, 'nearly'],
  [/\b(?:about|around|roughly|approximately|approx\.|some|an estimated|estimated|circa|ca\.|an approximate|reportedly)\s*$/i, 'approx'],
];

/**
 * The last word of each qualifier above ("up to" -> "to", "approx." -> "approx"). Every qualifier ends its
 * text before the figure, so when the word before a figure is none of these, no qualifier needs trying.
 */
const QUALIFIER_ENDS = new Set(QUALIFIERS.flatMap(([re]) => re.source.slice(re.source.indexOf('(?:') + 3, re.source.lastIndexOf(')')).split('|').map((alt) => alt.replace(/\\\./g, '').split(' ').pop() as string)));

/** The ASCII-letter word that `before` ends with, lower case, past trailing space and one full stop. */
function lastWord(before: string): string {
  const t = before.trimEnd();
  const e = t.endsWith('.') ? t.length - 1 : t.length;
  let b = e;
  while (b > 0 && isAsciiLetter(t.charCodeAt(b - 1))) b--;
  return t.slice(b, e).toLowerCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Every figure in `sentence`, in text order. Years, days of months and designations are included; see `facts`. */
export function findFigures(sentence: string): Figure[] {
  const s = fold(sentence);
  const out: Figure[] = [];
  const taken: Array<[number, number]> = [];
  // exec on the shared regex, not matchAll: matchAll clones the (large, unicode) regex on every call.
  NUM_RE.lastIndex = 0;
  for (let m = NUM_RE.exec(s); m; m = NUM_RE.exec(s)) {
    const start = m.index;
    if (taken.some(([a, b]) => start >= a && start < b)) continue;
    const fig = readFigure(s, sentence, start, m[0]);
    if (!fig) continue;
    taken.push([fig.start, fig.end]);
    out.push(fig);
  }
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(s); m; m = VAGUE_RE.exec(s)) out.push(vague(sentence, m));
  return out.sort((a, b) => a.start - b.start);
}

function readFigure(s: string, orig: string, start: number, raw: string): Figure | null {
  const value = toValue(raw);
  if (value === null) return null;
  let end = start + raw.length;
  let hi = value;
  let lo = value;
  let qualifier: Qualifier = 'exact';
  const before = s.slice(Math.max(0, start - 30), start);
  const q = QUALIFIER_ENDS.has(lastWord(before)) ? QUALIFIERS.find(([re]) => re.test(before)) : undefined;
  const range = RANGE_TAIL.exec(s.slice(end));
  const between = q?.[1] === 'range';
  if (range && range[1] && (between || !/^\s*(and|or)/i.test(range[0]))) {
    const v2 = toValue(range[1]);
    if (v2 !== null && v2 > value && !/^\s*-\s*\d{4}$/.test(range[0]) ) {
      // "2 to 3 million": the scale of the second bound applies to a bare first bound.
      const scale = /(hundred|thousand|million|billion|trillion|bn|mn|m|k)$/i.exec(range[1].trim())?.[1];
      const bare = !/[a-z]$/i.test(raw.trim());
      const scaled = scale && bare ? value * (toValue(`1 ${scale}`) ?? 1) : value;
      lo = scaled < v2 ? scaled : value;
      hi = v2;
      qualifier = 'range';
      end += range[0].length;
    }
  }
  const hedgeWord = q && q[1] !== 'range' ? (q[0].exec(before)?.[0].trim().toLowerCase() ?? '') : '';
  if (qualifier !== 'range' && q) [lo, hi, qualifier] = applyQualifier(value, q[1]);
  const tail = s.slice(end);
  const pct = PERCENT_TAIL.exec(tail);
  if (pct) end += pct[0].length;
  const cur = MONEY_HEAD.exec(s.slice(Math.max(0, start - 5), start))?.[1] ?? MONEY_TAIL.exec(tail)?.[1] ?? null;
  return {
    value: qualifier === 'range' ? (lo + hi) / 2 : value,
    lo, hi, qualifier, hedge: hedgeWord,
    text: orig.slice(start, end), start, end,
    percent: !!pct, money: cur ? cur.trim().toLowerCase() : null,
  };
}

function applyQualifier(v: number, q: Qualifier | 'over' | 'under' | 'nearly'): [number, number, Qualifier] {
  switch (q) {
    case 'atMost': return [0, v, 'atMost'];
    case 'atLeast': return [v, Infinity, 'atLeast'];
    case 'over': return [v, Infinity, 'atLeast'];
    case 'under': return [0, v, 'atMost'];
    case 'nearly': return [v * (1 - approxTolerance(v) * 1.5), v, 'approx'];
    case 'approx': return [v * (1 - approxTolerance(v)), v * (1 + approxTolerance(v)), 'approx'];
    default: return [v, v, 'exact'];
  }
}

/**
 * How far "about X" may stray: a round figure ("about 12,000") is looser than a precise one
 * ("about 10,900"). Reporters who mean the same count use the same round figure, so 5% at most.
 */
function approxTolerance(v: number): number {
  const digits = String(Math.round(v)).replace(/0+$/, '').length;
  return digits <= 2 ? 0.05 : 0.02;
}

function vague(orig: string, m: RegExpMatchArray): Figure {
  const base: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
  const first = base[(m[1] ?? '').toLowerCase()] ?? 1;
  const second = m[3] ? (base[m[3].toLowerCase()] ?? 1) : 1;
  const lo = first * 2 * second;
  const start = m.index ?? 0;
  return {
    value: lo * 5, lo, hi: lo * 50, qualifier: 'vague', hedge: '', text: m[0], start, end: start + m[0].length,
    percent: false, money: null,
  };
}

/** Value of one numeral as written: "12,000", "1.5 million", "2bn", "eleven-thousand". */
export function toValue(raw: string): number | null {
  const t = raw.toLowerCase().trim();
  const m = /^(\d[\d,]*(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion|bn|mn|m|k)?$/.exec(t);
  if (m) {
    const n = Number((m[1] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(n)) return null;
    const scale = m[2] ? (parseNumberWords(m[2]) ?? 1) : 1;
    return n * scale;
  }
  return parseNumberWords(t);
}
