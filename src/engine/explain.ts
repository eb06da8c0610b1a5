/**
 * One line a reader understands for a match, e.g.
 * "this page: 8,000 troops (Antony Blinken, Oct 31 2024) · US DoD source: about 10,000 troops (end of Oct 2024)".
 * Names the differing values, the times and who said it; always under 200 characters.
 */
import type { SourceDoc } from './types';
import type { Fact } from './facts';
import type { Comparison } from './compare';
import type { FigurePair } from './figures-compare';
import type { Quantity } from './quantities';
import { unitLabel } from './quantities';
import { MONTH_LABELS, rangeLabel } from './dates';
import { eventLabel } from './events';
import type { EventMatch } from './same-event';
import { rateLabel } from './rates';

const MAX = 199;

/** "Kyiv Independent, Jan 2025", else the title shortened to ~40 characters. */
export function sourceLabel(doc: Pick<SourceDoc, 'title' | 'publisher' | 'published'>): string {
  const when = doc.published ? shortDate(doc.published) : '';
  if (doc.publisher) return when ? `${doc.publisher}, ${when}` : doc.publisher;
  const t = doc.title.trim() || 'saved source';
  const short = t.length > 40 ? `${t.slice(0, 38).replace(/\s+\S*$/, '')}…` : t;
  return when ? `${short}, ${when}` : short;
}

function shortDate(p: string): string {
  const [y, m, d] = p.split('-');
  if (!m) return y ?? p;
  return `${d ? `${Number(d)} ` : ''}${MONTH_LABELS[Number(m) - 1] ?? ''} ${y}`;
}

// A source is explained for claim after claim: its label is built once (and again only if the source changed).
const labels = new WeakMap<SourceDoc, { title: string; publisher?: string; published?: string; label: string }>();

function labelOf(doc: SourceDoc): string {
  const have = labels.get(doc);
  if (have && have.title === doc.title && have.publisher === doc.publisher && have.published === doc.published) return have.label;
  const label = sourceLabel(doc);
  labels.set(doc, { title: doc.title, publisher: doc.publisher, published: doc.published, label });
  return label;
}

/** The explanation for one comparison. */
export function explain(c: Fact, s: Fact, doc: SourceDoc, cmp: Comparison): string {
  const src = labelOf(doc);
  const r = cmp.reason;
  let line: string;
  switch (r.kind) {
    case 'figures': {
      const p = r.pair;
      const a = `this page: ${figure(p.claim)}${context(c, p.claim)}`;
      const b = `${src}: ${figure(p.source)}${context(s, p.source)}`;
      line = `${a} · ${b}${tail(p)}`;
      break;
    }
    case 'model':
      line = `this page: ${r.claim.text}${r.claim.family ? ` ${cap(r.claim.family)}` : ''} · ${src}: ${r.source.text}${r.source.family ? ` ${cap(r.source.family)}` : ''} — different models`;
      break;
    case 'models':
      line = `${src} also names ${r.keys.join(' and ')}${byAt(s)}`;
      break;
    case 'denial':
      line = r.denier === 'claim'
        ? `this page${c.attribution ? ` (${c.attribution})` : ''} denies what ${src} states${byAt(s)}`
        : `${src} denies this${byAt(s)}`;
      break;
    case 'dates':
      line = `this page: ${r.claim.label} · ${src}: ${r.source.label} — different dates`;
      break;
    case 'statement':
      line = `${src} states the same${who(s)}${topic(topicWords(r.shared, c))}${when(s)}`;
      break;
    case 'event':
      line = `${said(c)}${sameEventLine(src, s, r.match)}${topic(topicWords(r.shared.filter((t) => t !== r.match.key && t !== r.match.who), c))}`;
      break;
    default:
      line = `${src} on the same topic${who(s)}${topic(topicWords(r.shared, c))}${when(s)}`;
  }
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line;
}

/**
 * "Kyiv Independent, Jan 2025 (Budanov) reports the same training", "… dates the same attack to early Aug
 * 2024", "… reports the same visit and talks by Choe Son Hui".
 */
function sameEventLine(src: string, s: Fact, m: EventMatch): string {
  const ev = eventLabel(m.key);
  switch (m.anchor) {
    case 'dates': {
      const t = m.time && 'range' in m.time ? s.times.find((x) => x.start === m.time?.start)?.label ?? rangeLabel(m.time.range) : null;
      return `${src}${who(s)} dates the same ${ev}${t ? ` to ${t}` : ''}`;
    }
    case 'speaker':
      return `${src} quotes ${m.who} on the same ${ev}${when(s)}`;
    default:
      return `${src}${who(s)} reports the same ${ev} by ${titleCase(m.who ?? '')}${when(s)}`;
  }
}

/** "this page (Austin) · " when the page names who says it, so the reader sees both sides' speakers. */
function said(c: Fact): string {
  return c.attribution ? `this page (${c.attribution}) · ` : '';
}

/** Why two figures are only related, or nothing when they agree or disagree. */
function tail(p: FigurePair): string {
  const [cp, sp] = [p.claim.place, p.source.place];
  switch (p.outcome) {
    case 'other-time': return p.order ? ` — different times, this page's figure is ${p.order}` : ' — different time frames';
    case 'part': return ' — one is part of the other';
    case 'vague': return ' — one figure is only an order of magnitude';
    case 'elsewhere': return cp && sp ? ` — different places: ${cp.label}, ${sp.label}` : '';
    case 'within': {
      const [part, whole] = cp && sp && cp.chain.includes(sp.key) ? [cp, sp] : [sp, cp];
      return part && whole ? ` — ${cap(part.label)} is part of ${whole.label}` : '';
    }
    case 'undatable': return p.claim.undatedTime
      ? ` — this page's time ("${phrase(p.claim.undatedTime)}") can't be dated`
      : ` — the source's time ("${phrase(p.source.undatedTime ?? '')}") can't be dated`;
    default: return '';
  }
}

/** A time phrase quoted mid-sentence: "In recent weeks" opening a sentence becomes "in recent weeks". */
function phrase(t: string): string {
  return /^(?:In|On|At|By|Over|During|Within|For|Last|This|Earlier|Later|Recent|Past|Previous|Next)\b/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** "about 10,000 troops", "1,000 + 3,000 (= 4,000) casualties". */
export function figure(q: Quantity): string {
  const unit = q.percent ? '' : ` ${unitLabel(q.unit) || q.unitText}`;
  if (q.derived) return `${q.text} (= ${fmt(q.value)})${unit}`;
  const per = q.rate ? ` ${rateLabel(q.rate)}` : '';
  const hedge = q.hedge && !q.text.toLowerCase().startsWith(q.hedge) ? `${q.hedge} ` : '';
  return `${hedge}${q.text.trim()}${unit}${per}`;
}

function context(f: Fact, q: Quantity): string {
  // Only the figure's own time: a date elsewhere in the sentence belongs to another clause.
  return paren(f.attribution, q.time?.label);
}

/** ": North Korea, troops" — or nothing when no shared word is worth naming. */
function topic(words: string): string {
  return words ? `: ${words}` : '';
}

/** " (Budanov, Nov 2024)": who said it and when, in the figures' format. */
function byAt(f: Fact): string {
  return paren(f.attribution, f.scopeExplicit && f.scope ? rangeLabel(f.scope) : null);
}

function who(f: Fact): string {
  return paren(f.attribution);
}

/** " (a, b)" of the parts given, or nothing when none is. */
function paren(...parts: Array<string | null | undefined>): string {
  const given = parts.filter(Boolean);
  return given.length ? ` (${given.join(', ')})` : '';
}

function when(f: Fact): string {
  return f.scopeExplicit && f.scope ? `, ${rangeLabel(f.scope)}` : '';
}

/** Shared terms a reader recognises: names first, then what is counted, events and models; word stems are left out. */
function topicWords(shared: string[], f: Fact): string {
  // Each term ranked once; taking rank after rank in the shared order is the stable sort by rank it stands for.
  const ranks = shared.map((t) => topicRank(t, f));
  const words: string[] = [];
  for (let r = 0; r < 9 && words.length < 4; r++) {
    for (let i = 0; i < shared.length && words.length < 4; i++) if (ranks[i] === r) words.push(topicLabel(shared[i] as string));
  }
  return [...new Set(words)].join(', ');
}

function topicLabel(t: string): string {
  return t.startsWith('u:') ? unitLabel(t.slice(2)) || t.slice(2) : t.startsWith('ev:') ? eventLabel(t) : t.startsWith('d:') ? t.slice(2) : titleCase(t);
}

// A module function, not a closure per call: explanations are written for every match shown.
function topicRank(t: string, f: Fact): number {
  return f.entities.includes(t) ? 0 : t.startsWith('u:') ? 1 : t.startsWith('ev:') ? 2 : t.startsWith('d:') ? 3 : 9;
}

// Names recur from explanation to explanation: each is title-cased once. Bounded, as names come and go.
const TITLES = new Map<string, string>();

function titleCase(t: string): string {
  let out = TITLES.get(t);
  if (out === undefined) {
    if (TITLES.size >= 10_000) TITLES.clear();
    TITLES.set(t, (out = t.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase())));
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// One formatter for every figure: `toLocaleString` sets up a new one per call.
const EN_NUMBER = new Intl.NumberFormat('en-US');

function fmt(n: number): string {
  return EN_NUMBER.format(Math.round(n));
}
