/**
 * How the figures of one sentence relate to each other and to their words: the clause a figure sits
 * in, a bare figure taking the counted noun of the one before it, and parts listed together adding up
 * to a total ("1,000 sappers and 5,000 construction workers" -> 6,000 engineers).
 */
import type { Quantity } from './quantities';
import { parentOf, unitLabel } from './vocab';

/**
 * The clause around a figure ("8,000 North Korean troops have deployed to Russia's Kursk region"),
 * so a long sentence's other clauses do not dilute what the figure is about.
 */
export function clauseAround(sentence: string, start: number, end: number): string {
  const [from, to] = clauseSpan(sentence, start, end);
  return sentence.slice(from, to);
}

const LEFT_CUT = /[,;:—]\s|\s(?:that|and|but|while)\s/g;
const RIGHT_CUT = /[,;:—]\s|\s(?:and|but|while|whereas|including)\s/;

/** Offsets [from, to) of the clause around a figure in `sentence` (see `clauseAround`). */
export function clauseSpan(sentence: string, start: number, end: number): [number, number] {
  const leftFrom = Math.max(0, start - 90);
  const left = sentence.slice(leftFrom, start);
  const right = sentence.slice(end, end + 110);
  let cut = 0;
  // exec on one shared regex, not matchAll: this runs several times per figure, and matchAll clones its regex.
  LEFT_CUT.lastIndex = 0;
  for (let m = LEFT_CUT.exec(left); m; m = LEFT_CUT.exec(left)) cut = m.index + m[0].length;
  const r = right.search(RIGHT_CUT);
  return [leftFrom + cut, end + (r >= 0 ? r : right.length)];
}

/** A bare figure joined to a counted one ("150 missiles ... in addition to the 148") counts the same thing. */
export function inheritUnits(qs: Quantity[], s: string): void {
  for (let i = 1; i < qs.length; i++) {
    const q = qs[i] as Quantity;
    const prev = qs[i - 1] as Quantity;
    // A raw unit is only a guess at the noun; the counted noun of a joined figure is better evidence.
    if ((q.unit && !q.unit.startsWith('raw:')) || !prev.unit || prev.percent || q.percent) continue;
    const between = s.slice(prev.end, q.start);
    if (between.length < 90 && /\b(?:and|or|to|in addition to|plus|of whom|including|out of|of)\b/.test(between)) {
      q.unit = prev.unit;
      q.unitText = prev.unitText;
    }
  }
}

/** Sums of exact figures that share a class or a parent class, e.g. killed + wounded -> casualties. */
export function sums(qs: Quantity[], s: string): Quantity[] {
  const out: Quantity[] = [];
  const groups = new Map<string, Quantity[]>();
  let prev: Quantity | null = null;
  for (const q of qs) {
    if (!q.unit || q.qualifier === 'vague' || q.percent || q.money || q.rate) continue;
    const key = parentOf(q.unit) ?? q.unit;
    const group = groups.get(key);
    // Only parts listed together ("1,000 sappers ... and 5,000 builders") add up; a figure in another clause is another count.
    if (group && prev && group[group.length - 1] === prev && !joined(s.slice(prev.end, q.start))) continue;
    groups.set(key, [...(group ?? []), q]);
    prev = q;
  }
  for (const [unit, g] of groups) {
    if (g.length < 2 || g.length > 4) continue;
    // Figures for different times are not parts of one total; a part without its own time shares the others'.
    if (new Set(g.map((q) => q.time?.label).filter(Boolean)).size > 1) continue;
    const first = g[0] as Quantity;
    const time = g.find((q) => q.time)?.time ?? null;
    const last = g[g.length - 1] as Quantity;
    const lo = g.reduce((a, q) => a + q.lo, 0);
    const hi = g.reduce((a, q) => a + q.hi, 0);
    const value = g.reduce((a, q) => a + q.value, 0);
    const same = g.every((q) => q.unit === first.unit);
    const u = same ? (first.unit as string) : unit;
    out.push({ ...first, time, value, lo, hi, unit: u, unitText: unitLabel(u), derived: true, end: last.end, text: g.map((q) => q.text).join(' + ') });
  }
  return out;
}

function joined(between: string): boolean {
  return between.length <= 70 && !/[,;:]/.test(between) && /\b(?:and|plus)\b/.test(between);
}
