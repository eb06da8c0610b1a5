/**
 * Synthetic news for the bench: sources of 1–5 sentences (actors, places, counted things, figures and
 * dates from `words`, general vocabulary drawn Zipf-wise) and a ~10,000-word article that mixes
 * on-topic sentences sharing actors and figures with the store, reworded seed statements, and
 * off-topic prose (the unrelated-news fixtures and general filler). Fully determined by the seed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDoc } from '../../src/engine/types';
import { Draw, prng, zipf } from './prng';
import * as W from './words';

const VOCAB = [...W.COMMON, ...W.tailWords(6_000)];
const rank = zipf(VOCAB.length);

/** Builds sentences; `hot` narrows actors and places so an article's claims meet the store's. */
export class NewsWriter {
  readonly d: Draw;
  private people: string[];

  constructor(seed: number, private places: readonly string[] = W.PLACES, private countries: readonly string[] = W.COUNTRIES) {
    this.d = new Draw(prng(seed));
    this.people = W.LAST.flatMap((l, i) => W.FIRST.filter((_, j) => (i * 7 + j) % 5 === 0).map((f) => `${f} ${l}`));
  }

  /** A narrower writer on a few actors and places: its sentences are about the same things as many stored ones. */
  hot(seed: number): NewsWriter {
    const w = new NewsWriter(seed, this.places.slice(0, 12), this.countries.slice(0, 6));
    w.people = this.people.slice(0, 20);
    return w;
  }

  private words(n: number): string {
    return Array.from({ length: n }, () => VOCAB[rank(this.d.rnd)]).join(' ');
  }

  private actor(): string {
    const d = this.d;
    if (d.chance(0.35)) return d.pick(W.ORGS).replace(/^the/, 'The').replace(/^a /, 'A ');
    return `${d.pick(W.TITLES)} ${d.pick(this.people)}`.replace(/^(\w)/, (c) => c.toUpperCase());
  }

  private figure(lo: number, hi: number): string {
    const d = this.d;
    const raw = Math.exp(Math.log(lo) + d.rnd() * (Math.log(hi) - Math.log(lo)));
    const mag = Math.pow(10, Math.max(0, Math.floor(Math.log10(raw)) - 1));
    const v = Math.round(raw / mag) * mag;
    if (v >= 1_000_000 && d.chance(0.6)) return `${(v / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} million`;
    const q = d.pick(['', '', '', 'about ', 'up to ', 'more than ', 'nearly ', 'at least ']);
    return q + v.toLocaleString('en-US');
  }

  private when(): string {
    const d = this.d;
    const y = d.int(2022, 2025);
    const m = d.int(0, 11);
    switch (d.int(0, 5)) {
      case 0: return `on ${W.MONTH_ABBR[m]} ${d.int(1, 28)}`;
      case 1: return `in ${W.MONTH_NAMES[m]} ${y}`;
      case 2: return `by the end of ${W.MONTH_NAMES[m]}`;
      case 3: return `last ${d.pick(['week', 'month', 'year'])}`;
      case 4: return `in ${y}`;
      default: return `on ${d.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}`;
    }
  }

  /** One news sentence: a figure, a statement, a denial or general prose. */
  sentence(): string {
    const d = this.d;
    const [thing, lo, hi] = d.pick(W.THINGS);
    const n = this.figure(lo, hi);
    const place = d.pick(this.places);
    const a = d.pick(this.countries);
    const b = d.pick(this.countries);
    switch (d.int(0, 8)) {
      case 0: return `${this.actor()} ${d.pick(W.SAY)} ${this.when()} that ${a} had ${d.pick(W.SENT_VERBS)} ${n} ${thing} to ${place}.`;
      case 1: return `According to ${d.pick(W.ORGS)}, ${n} ${thing} were ${d.pick(W.LOSS_VERBS)} in ${place} ${this.when()}.`;
      case 2: return `${a} has ${d.pick(W.HEDGE)} ${d.pick(W.SENT_VERBS)} ${n} ${thing} to ${b}, ${this.actor()} ${d.pick(W.SAY)}.`;
      case 3: return `${this.actor()} denied reports that ${a} had ${d.pick(W.SENT_VERBS)} ${thing} to ${b}, calling them ${d.pick(['false', 'baseless', 'fabricated'])}.`;
      case 4: return `The ${this.words(1)} in ${place} ${d.pick(['grew', 'fell', 'rose', 'dropped'])} to ${n} ${thing} ${this.when()}, ${d.pick(W.ORGS)} said.`;
      case 5: return `Officials in ${place} ${d.pick(W.SAY)} the ${this.words(2)} would ${this.words(1)} the ${this.words(3)} ${this.when()}.`;
      case 6: return `${a} and ${b} ${d.pick(['signed', 'discussed', 'rejected', 'postponed'])} a ${this.words(2)} on ${this.words(2)} during ${this.words(1)} in ${place}.`;
      case 7: return `${this.actor()} ${d.pick(W.SAY)} that the ${this.words(2)} of ${this.words(3)} in ${place} was ${this.words(2)}.`;
      default: return `Residents of ${place} described ${this.words(2)} and ${this.words(3)} as ${this.words(1)} after the ${this.words(2)}.`;
    }
  }
}

/** `n` synthetic sources, 1–5 sentences each, ids `bench:<i>`. */
export function* syntheticSources(n: number, seed = 1): Generator<SourceDoc> {
  const w = new NewsWriter(seed);
  const publishers = ['Wire Service', 'Daily Ledger', 'Evening Post', 'Regional Herald', 'World Desk', 'Morning Courier'];
  for (let i = 0; i < n; i++) {
    const d = w.d;
    const sentences = Array.from({ length: d.int(1, 5) }, () => w.sentence());
    const published = `${d.int(2022, 2025)}-${String(d.int(1, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`;
    yield { id: `bench:${i}`, title: sentences[0]?.slice(0, 60) ?? '', text: sentences.join(' '), kind: 'import', file: null, publisher: d.pick(publishers), published };
  }
}

/**
 * A ~`words`-word article of paragraphs: about a third on-topic sentences from a narrow `hot` writer
 * (shared actors, places, counted things), a seventh seed sentences with one figure changed, the rest
 * off-topic prose (the unrelated-news fixtures, general filler).
 */
export function benchArticle(root: string, words = 10_000, seed = 7): string {
  const hot = new NewsWriter(1).hot(seed);
  const wide = new NewsWriter(seed + 1);
  const d = hot.d;
  const seedSentences = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(root, 'seeds', f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
    .filter((s) => s.split(/\s+/).length >= 8 && /\d/.test(s));
  const offTopic = readdirSync(join(root, 'tests/fixtures/texts')).sort()
    .flatMap((f) => readFileSync(join(root, 'tests/fixtures/texts', f), 'utf8').split(/\n+/)).filter((p) => p.split(/\s+/).length >= 6);
  const paras: string[] = [];
  let count = 0;
  while (count < words) {
    const r = d.rnd();
    const para =
      r < 0.35 ? Array.from({ length: d.int(2, 4) }, () => hot.sentence()).join(' ') :
      r < 0.5 ? d.pick(seedSentences).replace(/\d[\d,]*/, (m) => (d.chance(0.5) ? m : String(Number(m.replace(/,/g, '')) + 1000))) :
      r < 0.75 ? d.pick(offTopic) :
      Array.from({ length: d.int(2, 4) }, () => wide.sentence()).join(' ');
    paras.push(para);
    count += para.split(/\s+/).length;
  }
  return paras.join('\n\n');
}
