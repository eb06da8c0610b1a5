/**
 * `npm run bench [-- --quick]`: the engine's speed as the store grows. For one ~10,000-word article it
 * prints, side by side, the engine's median warm analysis time against the seeds and stores of 1,000,
 * 10,000 and 100,000 synthetic sources (plus the seeds), the plain full-text baseline over the same
 * store, sentence segmentation alone as the floor, index build time and heap per store, and the cold
 * start at 10,000 sources (snapshot restore). `--quick` skips 100,000. Deterministic: seeded PRNG.
 * The engine timed is the one the extension ships: bundled and minified by Vite (see `shipped-engine`).
 * The engine's stores are measured first and dropped before the baseline's are built, so neither's
 * heap or garbage collection weighs on the other.
 */
import type { ClaimIndex } from '../../src/engine';
import { loadSeeds } from '../../src/cli/sources';
import type { SourceDoc } from '../../src/engine/types';
import { benchArticle, syntheticSources } from './corpus';
import { FullTextBaseline, baselineMs } from './baseline';
import { fmt, heapMB, medianCpuMs, medianMs, timed } from './measure';
import { coldStart } from './cold-start';
import { shippedEngine, type Engine } from './shipped-engine';

const quick = process.argv.includes('--quick');
const SIZES = [0, 1_000, 10_000, ...(quick ? [] : [100_000])];
const CTX = { published: '2025-02-01' };

interface Row {
  sentences: number;
  buildS: number;
  heap: number;
  engine: number;
  cpu: number;
  claims: number;
  flagged: number;
  baseline?: number;
  sampled?: number;
}

/** Grows one store through SIZES, calling `measure` at each size; returns the cumulative build time per size. */
function grow<T>(store: T, add: (s: SourceDoc) => void, measure: (size: number, buildMs: number) => void): void {
  const seeds = loadSeeds();
  const gen = syntheticSources(SIZES[SIZES.length - 1] ?? 0);
  let buildMs = 0;
  let have = 0;
  for (const size of SIZES) {
    buildMs += timed(() => {
      if (size === 0) for (const s of seeds) add(s);
      for (; have < size; have++) add(gen.next().value as SourceDoc);
    }).ms;
    measure(size, buildMs);
  }
  void store;
}

function main(engine: Engine): void {
  const { ClaimIndex, analyze, splitSentences } = engine;
  const article = benchArticle(process.cwd());
  const sentences = splitSentences(article).length;
  console.log(`article: ${article.split(/\s+/).length} words, ${sentences} sentences · node ${process.version}${quick ? ' · --quick' : ''}`);
  const floor = medianMs(() => splitSentences(article), 9);
  const rows = new Map<number, Row>();
  let index: ClaimIndex | null = new ClaimIndex();
  grow(index, (s) => index?.add(s), (size, buildMs) => {
    const idx = index as ClaimIndex;
    const heap = heapMB();
    // The first analysis after a build also parses the facts of the stored sentences it meets (timed apart, in
    // the cold start); the next two let the JIT settle. Then the median of warm analyses.
    let claims = analyze(article, idx, CTX);
    const runs = 7;
    const wall = medianMs(() => (claims = analyze(article, idx, CTX)), runs, 2);
    const cpu = medianCpuMs(() => analyze(article, idx, CTX), runs);
    rows.set(size, { sentences: idx.sentenceCount, buildS: buildMs / 1000, heap, engine: wall, cpu, claims: claims.length, flagged: claims.filter((c) => c.verdict !== 'unverified').length });
    process.stderr.write(`  engine measured at ${size} sources\n`);
    if (size === 10_000) coldStart(engine, idx, article, CTX);
  });
  index = null;
  const base = new FullTextBaseline();
  grow(base, (s) => base.add(s), (size) => {
    // A full pass over a large store takes minutes: time every stride-th sentence and scale up.
    const stride = size >= 100_000 ? 48 : size >= 10_000 ? 6 : 1;
    const { ms, sampled } = baselineMs(base, article, stride, (fn) => medianMs(fn, stride > 1 ? 1 : 5));
    Object.assign(rows.get(size) as Row, { baseline: ms, sampled });
  });
  console.log(`\nfloor (splitSentences alone): ${floor.toFixed(1)} ms`);
  console.log('store (sources)   sentences   build s   heap MB   engine ms  (cpu ms)   baseline ms   claims  flagged');
  for (const [size, r] of rows) {
    const label = size === 0 ? 'seeds (5)' : `${size.toLocaleString('en-US')} + seeds`;
    const note = r.sampled && r.sampled < sentences ? `   (baseline est. from ${r.sampled} of ${sentences} sentences)` : '';
    console.log(`${label.padEnd(16)}${String(r.sentences).padStart(11)}${fmt(r.buildS, 10)}${fmt(r.heap, 10, 0)}${fmt(r.engine, 12)}${fmt(r.cpu, 10)}${fmt(r.baseline ?? NaN, 14)}${String(r.claims).padStart(9)}${String(r.flagged).padStart(9)}${note}`);
  }
  console.log('engine: src/engine bundled and minified by Vite as the extension ships it; median warm analysis, wall (and CPU) ms · heap: engine index after a full GC, sources included · baseline: MiniSearch over raw sentences, top 10 per article sentence');
}

main(await shippedEngine());
