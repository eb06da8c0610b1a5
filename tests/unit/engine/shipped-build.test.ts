import { describe, expect, it } from 'vitest';
import * as source from '../../../src/engine';
import type { SourceDoc } from '../../../src/engine';
import { shippedEngine, type Engine } from '../../../scripts/bench/shipped-engine';
import { benchArticle, syntheticSources } from '../../../scripts/bench/corpus';
import { seedSources } from './helpers';

const take = <T>(it: Iterable<T>, n: number): T[] => {
  const out: T[] = [];
  for (const x of it) if (out.push(x) >= n) break;
  return out;
};

// The extension runs the engine bundled and minified: nothing in it may depend on a name minification
// changes (a class's or a function's), and it must judge exactly as the source the tests and the CLI run.
describe('the engine as shipped (one minified bundle)', () => {
  let shipped: Engine;
  const load = async () => (shipped ??= await shippedEngine());

  it('reads day-precise dates: a figure for another day is another time, not a conflict', async () => {
    const { ClaimIndex, analyze } = await load();
    const doc: SourceDoc = { id: 'a', title: 'A', text: 'North Korea sent 12,000 troops to Kursk on Jan. 23, 2025, officials said.', kind: 'import', file: null, published: '2025-02-01' };
    const page = 'North Korea sent 11,000 troops to Kursk on Jan. 23, 2025, officials said. North Korea sent 11,000 troops to Kursk on Jan. 3, 2025, officials said.';
    const seen = analyze(page, new ClaimIndex([doc]), { published: '2025-02-02' }).map((c) => c.matches.map((m) => `${m.relation}: ${m.explanation}`));
    expect(seen).toEqual([
      ['conflicts: this page: 11,000 troops (Jan 23 2025) · A, 1 Feb 2025: 12,000 troops (Jan 23 2025)'],
      ["related: this page: 11,000 troops (Jan 3 2025) · A, 1 Feb 2025: 12,000 troops (Jan 23 2025) — different times, this page's figure is earlier"],
    ]);
  }, 60_000);

  it('analyses a long article against the seeds and 1,000 sources exactly as the source does', async () => {
    const built = await load();
    const sources = [...seedSources(), ...take(syntheticSources(1_000), 1_000)];
    const article = benchArticle(process.cwd(), 4_000);
    const ctx = { published: '2025-02-01' };
    const want = source.analyze(article, new source.ClaimIndex(sources), ctx);
    expect(want.filter((c) => c.verdict !== 'unverified').length).toBeGreaterThan(10);
    expect(JSON.stringify(built.analyze(article, new built.ClaimIndex(sources), ctx))).toBe(JSON.stringify(want));
  }, 60_000);
});
