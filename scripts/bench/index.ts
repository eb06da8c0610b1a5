/**
 * `npm run bench [-- --quick]`: the engine's speed as the store grows. For one ~10,000-word article it
 * prints, side by side, the engine's median warm analysis time against the seeds and stores of 1,000,
 * 10,000 and 100,000 synthetic sources (plus the seeds), the plain full-text baseline over the same
 * store, sentence segmentation alone as the floor, index build time and heap per store, and the cold
 * start at 10,000 sources (snapshot restore). `--quick` skips 100,000. Deterministic: seeded PRNG.
 */
import { ClaimIndex, analyze } from '../../src/engine';
import { splitSentences } from '../../src/engine/sentences';
import { loadSeeds } from '../../src/cli/sources';
import { benchArticle, syntheticSources } from './corpus';
import { FullTextBaseline, baselineMs } from './baseline';
import { fmt, heapMB, medianMs, timed } from './measure';
import { coldStart } from './cold-start';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const CTX = { published: '2025-02-01' };

function main(): void {
  const article = benchArticle(process.cwd());
  const sentences = splitSentences(article).length;
  console.log(`article: ${article.split(/\s+/).length} words, ${sentences} sentences · node ${process.version}${quick ? ' · --quick' : ''}`);
  const floor = medianMs(() => splitSentences(article), 9);
  console.log(`floor (splitSentences alone): ${floor.toFixed(1)} ms\n`);
  console.log('store (sources)   sentences   build s   heap MB   engine ms   baseline ms   claims  flagged');
  const seeds = loadSeeds();
  const index = new ClaimIndex();
  const base = new FullTextBaseline();
  const gen = syntheticSources(SIZES[SIZES.length - 1] ?? 0);
  let buildMs = 0;
  for (const target of [0, ...SIZES]) {
    buildMs += timed(() => {
      if (target === 0) for (const s of seeds) index.add(s);
      while (index.size < target + seeds.length) {
        const next = gen.next();
        if (next.done) break;
        index.add(next.value);
      }
    }).ms;
    // The baseline indexes the same sources; its build time is not the engine's.
    for (const s of target === 0 ? seeds : syntheticUpTo(target)) base.add(s);
    const heap = heapMB();
    const runs = target >= 100_000 ? 5 : 7;
    let claims = analyze(article, index, CTX);
    const engine = medianMs(() => (claims = analyze(article, index, CTX)), runs);
    const stride = target >= 100_000 ? 24 : target >= 10_000 ? 6 : 1;
    const { ms: baseline, sampled } = baselineMs(base, article, stride, (fn) => medianMs(fn, stride > 1 ? 1 : runs));
    const flagged = claims.filter((c) => c.verdict !== 'unverified').length;
    const label = target === 0 ? 'seeds (5)' : `${target.toLocaleString('en-US')} + seeds`;
    console.log(`${label.padEnd(16)}${String(index.sentenceCount).padStart(11)}${fmt(buildMs / 1000, 10)}${fmt(heap, 10, 0)}${fmt(engine, 12)}${fmt(baseline, 14)}${String(claims.length).padStart(9)}${String(flagged).padStart(9)}${stride > 1 ? `   (baseline est. from ${sampled} of ${sentences} sentences)` : ''}`);
    if (target === 10_000) coldStart(index, article, CTX);
  }
}

let baselineAt = 0;
const baselineGen = syntheticSources(SIZES[SIZES.length - 1] ?? 0);
/** The same synthetic sources the engine got, for the baseline (a second generator with the same seed). */
function* syntheticUpTo(target: number) {
  while (baselineAt < target) {
    const next = baselineGen.next();
    if (next.done) return;
    baselineAt++;
    yield next.value;
  }
}

main();
