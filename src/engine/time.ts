/**
 * Time scopes named in a sentence ("by the end of October 2024", "in 2025", "last fall", "in the past
 * three months", "on Jan. 23", "Thursday"), resolved to day ranges against the document's date.
 * chrono-node reads day-precise dates; the coarser, news-typical periods (months with early/late,
 * seasons, years, "past N months") are read here because chrono does not resolve them.
 */
import * as chrono from 'chrono-node';
import { fold } from './text';
import { parseNumberWords } from './number-words';
import { type DayRange, MONTHS, MONTH_LABELS, day, monthRange, yearRange, ymd, rangeLabel } from './dates';
import { QUARTER_RE, quarterMention, since } from './periods';

export interface TimeMention {
  range: DayRange;
  /** Reader-facing, e.g. "end of Oct 2024", "fall 2024". */
  label: string;
  start: number;
  end: number;
}

const MONTH_SRC = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// Cheap pre-check: sentences without any of these never reach the parsers.
const HAS_TIME = new RegExp(String.raw`\b(?:${MONTH_SRC}|(?:19|20)\d{2}|spring|summer|fall|autumn|winter|years?|months?|weeks?|days?|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recent|quarter|q[1-4])\b`, 'i');
/**
 * HAS_TIME's words, each kind in its own group (a month name's own group is 2), plus a part glued to a month
 * or year ("midjan", "early2024", "end of2024"), which MONTH_RE and YEAR_RE also read. Every match of each
 * pattern family below holds a word of its kind, so one scan tells which families can match at all and the
 * others are not run (most sentences need two or three of the eight).
 */
const TIME_WORDS = new RegExp(
  String.raw`\b(?:(${MONTH_SRC})|((?:19|20)\d{2})|(spring|summer|fall|autumn|winter)|(years?|months?|weeks?)|(days?)|` +
    String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(recent)|(quarter|q[1-4])|(yesterday|today)|` +
    String.raw`(?:early|mid|late|of)(?:(${MONTH_SRC})|((?:19|20)\d{2})))\b`,
  'gi',
);
// Bits of `timeWords`: group g of TIME_WORDS (from 3 on) sets bit g - 3; group 12 is the glued month's own name.
const YEAR = 1 << 0, SEASON = 1 << 1, UNIT = 1 << 2, DAYS = 1 << 3, WEEKDAY = 1 << 4, RECENT = 1 << 5, QUARTER = 1 << 6;
const DAY_WORD = 1 << 7, GLUED_MONTH = 1 << 8, GLUED_YEAR = 1 << 10, MONTH = 1 << 11;
/** The kinds of HAS_TIME words: a sentence with none of them has no time mentions, even with a glued part. */
const TIME_KINDS = MONTH | YEAR | SEASON | UNIT | DAYS | WEEKDAY | RECENT | QUARTER | DAY_WORD;

/** The last folded sentence `findTimes` read and the kinds of time words in it (a one-slot memo for `hasTimeHint`). */
let lastRead = '';
let lastKinds = 0;

/** The kinds of time words in the folded sentence `s`, as bits (see TIME_WORDS). */
function timeWords(s: string): number {
  let kinds = 0;
  for (const m of allMatches(TIME_WORDS, s)) {
    if (m[1] !== undefined) kinds |= MONTH;
    else for (let g = 3; g < m.length; g++) if (m[g] !== undefined) kinds |= 1 << (g - 3);
  }
  return kinds;
}
/**
 * Every match of the global `re` in `s`, as `s.matchAll(re)` gives them, without the copy of `re` that matchAll
 * makes on every call (it costs as much as a short scan). `re` never matches empty text, so each search moves on.
 */
function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  return out;
}

const PART = String.raw`(?:(?:by |at |until |in )?(?:the )?(early|mid|late|end of|beginning of|start of|middle of)[\s-]*)?`;
const MONTH_RE = new RegExp(String.raw`(?<!\d\s?)\b${PART}${MONTH_SRC}(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b(?!\.?\s+\d{1,2}\b)`, 'gi');
const SEASON_RE = /\b(?:(last|this|next|past)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi;
const YEAR_RE = /\b(?:(early|mid|late|end of)[\s-]*)?((?:19|20)\d{2})\b(?![-/]\d)/gi;
const REL_RE = /\b(last|this|next|past|earlier this|later this|previous)\s+(year|month|week)\b/gi;
const PAST_N_RE = /\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+([a-z0-9-]+)\s+(days|weeks|months|years)\b/gi;
const RECENT_RE = /\b(?:in\s+)?recent\s+(days|weeks|months)\b/gi;
const WEEKDAY_RE = /\b(?:on\s+|last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const SEASON_MONTH: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };
const UNIT_DAYS: Record<string, number> = { days: 1, weeks: 7, months: 30.5, years: 365 };
const RECENT_DAYS: Record<string, number> = { days: 5, weeks: 14, months: 60 };

/** True when the sentence says anything about time, resolvable or not ("last year", "Thursday", "in late October"). */
export function hasTimeHint(sentence: string): boolean {
  const s = fold(sentence);
  // Read right after `findTimes` on the same sentence (as a fact is), its scan for time words already answers.
  const timeWord = s === lastRead ? (lastKinds & TIME_KINDS) !== 0 : HAS_TIME.test(s);
  return timeWord || /\b(?:earlier|later|recently|ago|currently|now|so far)\b/i.test(sentence);
}

/** The time mentions in `sentence`, in text order. `ref` is the document's date (null: relative times stay unresolved). */
export function findTimes(sentence: string, ref: DayRange | null): TimeMention[] {
  const s = fold(sentence);
  const kinds = timeWords(s);
  lastRead = s;
  lastKinds = kinds;
  if (!(kinds & TIME_KINDS)) return [];
  const out: TimeMention[] = [];
  const free = (a: number, b: number) => !out.some((t) => a < t.end && t.start < b);
  const add = (m: RegExpMatchArray, range: DayRange | null, label?: string) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (range && free(start, end)) out.push({ range, label: label ?? rangeLabel(range), start, end });
  };
  const refDay = ref ? ref.to : null;
  if (kinds & (MONTH | GLUED_MONTH)) for (const m of allMatches(MONTH_RE, s)) add(m, ...monthMention(m, refDay));
  for (const r of chronoDays(s, ref, out)) if (free(r.start, r.end)) out.push(r);
  if (kinds & QUARTER) for (const m of allMatches(QUARTER_RE, s)) add(m, ...quarterMention(m, refDay));
  if (kinds & SEASON) for (const m of allMatches(SEASON_RE, s)) add(m, ...seasonMention(m, refDay));
  if (kinds & (YEAR | GLUED_YEAR)) for (const m of allMatches(YEAR_RE, s)) add(m, ...partOf(yearRange(Number(m[2])), m[1], `${m[2]}`));
  if (refDay !== null) {
    if (kinds & UNIT) for (const m of allMatches(REL_RE, s)) add(m, relative(m[1] ?? '', m[2] ?? '', refDay));
    if (kinds & (UNIT | DAYS)) for (const m of allMatches(PAST_N_RE, s)) {
      const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : parseNumberWords(m[1] ?? '');
      if (n) add(m, { from: Math.round(refDay - n * (UNIT_DAYS[m[2] ?? ''] ?? 1)), to: refDay }, `${n} ${m[2]} to ${rangeLabel(ref ?? { from: refDay, to: refDay })}`);
    }
    if (kinds & RECENT) for (const m of allMatches(RECENT_RE, s)) add(m, { from: refDay - (RECENT_DAYS[m[1] ?? ''] ?? 21), to: refDay });
    if (ref && ref.from === ref.to && kinds & WEEKDAY) for (const m of allMatches(WEEKDAY_RE, s)) add(m, weekday(m[1] ?? '', refDay));
  }
  if (refDay !== null) for (const t of out) since(s, t, refDay);
  return out.sort((a, b) => a.start - b.start);
}

// chrono is the costliest step of fact extraction, and only its calendar dates (always with a digit and a
// month name, a numeric date, a time unit or a day word) and yesterday/today are kept: it runs only on
// sentences that could hold one.
const CHRONO_WORD = /yesterday|today/i;

/**
 * chrono's casual English reader without the parsers for what is never kept here (times of day, month
 * names without a day, "within"/"later"/"next" phrases): each parser scans the text, so fewer is faster.
 * chrono does not export its parser classes, and a minified build (the extension's) renames them, so the
 * ones kept are picked by their place in chrono's casual English list, not by class name. chrono-node is
 * pinned; `time-parsers.test.ts` checks the class at each place.
 */
export const DAY_PARSER_PLACES: Readonly<Record<string, number>> = {
  ENYearMonthDayParser: 0, ISOFormatParser: 1, SlashDateFormatParser: 2, ENMonthNameLittleEndianParser: 4,
  ENMonthNameMiddleEndianParser: 5, ENWeekdayParser: 6, ENTimeUnitAgoFormatParser: 9, ENCasualDateParser: 12,
};
/**
 * Text each parser's pattern must hold to match at all (chrono-node's patterns, case-insensitive as they are): a
 * year, an ISO date, a numeric date, a month name, a weekday, "ago", a day word. chrono runs every parser's
 * pattern over the text, and most windows can match only two or three of them, so only those are run: a
 * parser that matches nothing adds no result, and the refiners see the same results.
 */
const DAY_PARSER_CUES: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: /\d{4}/, ISOFormatParser: /\d{4}-/, SlashDateFormatParser: /\d[/.-]\d/,
  ENMonthNameLittleEndianParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  ENMonthNameMiddleEndianParser: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  ENWeekdayParser: /mon|tue|wed|thu|fri|sat|sun|week/i, ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
};
const DAY_PARSERS = Object.entries(DAY_PARSER_PLACES).map(([name, at]) => {
  const parser = chrono.en.casual.parsers[at];
  const cue = DAY_PARSER_CUES[name];
  if (!parser) throw new Error(`chrono-node has no casual parser at ${at}: its parser list changed (see DAY_PARSER_PLACES)`);
  if (!cue) throw new Error(`no cue for ${name} (see DAY_PARSER_CUES)`);
  return { parser, cue };
});
/** A chrono reader per set of parsers (bit i: DAY_PARSERS[i]), made when first needed: at most 256. */
const DAY_READERS = new Map<number, chrono.Chrono>();

/** chrono's reader with only the day parsers whose cue `text` holds, in their order; null when none can match. */
function dayReader(text: string): chrono.Chrono | null {
  let set = 0;
  for (let i = 0; i < DAY_PARSERS.length; i++) if (DAY_PARSERS[i]?.cue.test(text)) set |= 1 << i;
  if (!set) return null;
  let reader = DAY_READERS.get(set);
  if (!reader) {
    const parsers = DAY_PARSERS.filter((_, i) => set & (1 << i)).map((p) => p.parser);
    DAY_READERS.set(set, (reader = new chrono.Chrono({ parsers, refiners: chrono.en.casual.refiners })));
  }
  return reader;
}

/**
 * Day-precise dates ("Jan. 23", "4 November 2024", "yesterday") through chrono. `taken`: mentions already
 * read (months); a result overlapping one is dropped, so chrono is not run for anchors inside them.
 */
function chronoDays(s: string, ref: DayRange | null, taken: readonly TimeMention[]): TimeMention[] {
  // Every window is around a month, a numeric date, "N days ago" or yesterday/today, and keeps only results
  // holding a digit or yesterday/today: a sentence with neither has nothing to read.
  if (!/\d/.test(s) && !(ref && CHRONO_WORD.test(s))) return [];
  const refDay = ref ? ref.to : day(2000, 0, 1);
  const instant = new Date(refDay * 86_400_000 + 43_200_000);
  const out: TimeMention[] = [];
  for (const [from, to] of chronoWindows(s, !!ref, taken)) {
    const text = s.slice(from, to);
    // A kept result holds a digit or yesterday/today (below): a window with neither ("decided", "may") yields none.
    if (!/\d/.test(text) && !(ref && CHRONO_WORD.test(text))) continue;
    for (const r of dayReader(text)?.parse(text, { instant, timezone: 0 }) ?? []) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      if (!ref && !r.start.isCertain('year')) continue;
      // Only calendar dates and yesterday/today: chrono's reading of phrases like "in the week" is a guess.
      if (!/\d/.test(r.text) && !(ref && /\b(?:yesterday|today)\b/i.test(r.text))) continue;
      const d = r.start.date();
      let dn = day(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      // News reports the past: a yearless date far after the document's date is last year's.
      if (!r.start.isCertain('year') && dn > refDay + 31) dn = day(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate());
      const start = from + r.index;
      out.push({ range: { from: dn, to: dn }, label: rangeLabel({ from: dn, to: dn }), start, end: start + r.text.length });
    }
  }
  return out;
}

/**
 * What a kept chrono result must hold: a month name, a numeric date, a count of days back from the
 * document's date ("3 days ago"), or yesterday/today. "5 days later" counts from another event, so it
 * dates nothing here.
 */
const DAY_ANCHOR = new RegExp(String.raw`\b${MONTH_SRC}|\d{1,4}\s*[/.-]\s*\d{1,2}|\b\d+\s+(?:days?|weeks?)\s+ago\b|\b(?:yesterday|today)\b`, 'gi');
/** Context chrono may read on either side of an anchor ("on the 4th of November 2024 at noon"). */
const WINDOW = 40;

/**
 * The stretches of `s` around each possible day-precise date, merged where they touch and cut at word
 * boundaries: chrono's cost grows with the text it scans, and a kept result always contains an anchor.
 */
function chronoWindows(s: string, withWords: boolean, taken: readonly TimeMention[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of allMatches(DAY_ANCHOR, s)) {
    if (!withWords && !/\d/.test(m[0]) && /^(?:yesterday|today)$/i.test(m[0])) continue;
    // A month already read as a period ("in late October 2024"): any result holding it overlaps that mention.
    const at = m.index ?? 0;
    if (taken.some((t) => t.start <= at && at + m[0].length <= t.end)) continue;
    let from = Math.max(0, at - WINDOW);
    let to = Math.min(s.length, at + m[0].length + WINDOW);
    while (from > 0 && /\S/.test(s.charAt(from - 1))) from--;
    while (to < s.length && /\S/.test(s.charAt(to))) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function monthMention(m: RegExpMatchArray, refDay: number | null): [DayRange | null, string?] {
  const mi = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  if (mi < 0 || ((m[2] ?? '').toLowerCase() === 'may' && !m[1] && !m[3])) return [null];
  let y = m[3] ? Number(m[3]) : null;
  if (y === null) {
    if (refDay === null) return [null];
    const r = ymd(refDay);
    y = mi > r.m + 1 ? r.y - 1 : r.y;
  }
  const label = `${MONTH_LABELS[mi]} ${y}`;
  return partOf(monthRange(y, mi), m[1], label);
}

/** Narrows a period to its early/mid/late part ("end of October" is its last ten days). */
function partOf(r: DayRange, part: string | undefined, label: string): [DayRange, string] {
  const len = r.to - r.from + 1;
  const p = (part ?? '').toLowerCase();
  if (!p) return [r, label];
  if (p === 'early' || p === 'beginning of' || p === 'start of') return [{ from: r.from, to: r.from + Math.round(len / 3) }, `early ${label}`];
  if (p === 'mid' || p === 'middle of') return [{ from: r.from + Math.round(len / 3), to: r.to - Math.round(len / 3) }, `mid ${label}`];
  if (p === 'end of') return [{ from: r.to - Math.round(len / 3), to: r.to }, `end of ${label}`];
  return [{ from: r.to - Math.round(len / 3), to: r.to }, `late ${label}`];
}

function seasonMention(m: RegExpMatchArray, refDay: number | null): [DayRange | null, string?] {
  const season = (m[2] ?? '').toLowerCase();
  const start = SEASON_MONTH[season] ?? 0;
  let y: number;
  if (m[3]) y = Number(m[3]);
  else if (refDay === null || !m[1]) return [null];
  else {
    const r = ymd(refDay);
    const thisYears = day(r.y, start, 1) <= refDay ? r.y : r.y - 1;
    y = m[1].toLowerCase() === 'last' || m[1].toLowerCase() === 'past' ? thisYears - (day(thisYears, start + 3, 0) >= refDay ? 1 : 0) : thisYears;
  }
  return [{ from: day(y, start, 1), to: day(y, start + 3, 0) }, `${season === 'autumn' ? 'fall' : season} ${y}`];
}

function relative(which: string, unit: string, refDay: number): DayRange | null {
  const r = ymd(refDay);
  const back = /last|past|previous/.test(which) ? 1 : /next/.test(which) ? -1 : 0;
  if (unit === 'year') return yearRange(r.y - back);
  if (unit === 'month') return monthRange(r.y, r.m - back);
  const to = refDay - 7 * back;
  return { from: to - 6, to };
}

function weekday(name: string, refDay: number): DayRange {
  const want = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(name.toLowerCase());
  const have = new Date(refDay * 86_400_000).getUTCDay();
  const d = refDay - ((have - want + 7) % 7);
  return { from: d, to: d };
}
