import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { TermIndex } from '../../../src/engine/term-index';

/** A small deterministic PRNG so the random corpus is the same on every run. */
function rng(seed: number) {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function corpus(n: number, seed: number): string[][] {
  const r = rng(seed);
  const vocab = Array.from({ length: 60 }, (_, i) => `t${i}`);
  // Skewed draws: low-numbered terms are common, so rankings have ties and long posting lists.
  return Array.from({ length: n }, () => [...new Set(Array.from({ length: 1 + Math.floor(r() * 9) }, () => vocab[Math.floor(r() * r() * vocab.length)] as string))]);
}

function miniSearchOf(docs: string[][]) {
  const ms = new MiniSearch<{ id: number; t: string }>({ fields: ['t'], storeFields: [], tokenize: (s) => s.split('|'), processTerm: (t) => t || null });
  docs.forEach((keys, id) => ms.add({ id, t: keys.join('|') }));
  return ms;
}

describe('TermIndex', () => {
  it('ranks exactly as MiniSearch does on one field, ties included', () => {
    const docs = corpus(400, 7);
    const ms = miniSearchOf(docs);
    const ti = new TermIndex();
    docs.forEach((keys, id) => ti.add(id, keys));
    for (const query of corpus(80, 11)) {
      const expected = ms.search(query.join('|'), { combineWith: 'OR' }).slice(0, 40).map((h) => h.id);
      expect(ti.search(query, 40)).toEqual(expected);
    }
  });

  it('forgets a removed document and counts postings by document', () => {
    const ti = new TermIndex();
    ti.add(1, ['a', 'b']);
    ti.add(2, ['b', 'c']);
    expect(ti.count('b')).toBe(2);
    ti.remove(1, ['a', 'b']);
    expect(ti.count('b')).toBe(1);
    expect(ti.count('a')).toBe(0);
    expect(ti.search(['a', 'b'], 10)).toEqual([2]);
    expect(ti.size).toBe(1);
  });
});
