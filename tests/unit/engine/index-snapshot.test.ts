import { describe, expect, it } from 'vitest';
import { ClaimIndex, analyze } from '../../../src/engine';
import type { SourceDoc } from '../../../src/engine';
import { seedSources } from './helpers';

const ARTICLE = [
  'Ukraine\'s military intelligence chief Kyrylo Budanov said North Korea has sent 11,000 troops to Russia\'s Kursk region.',
  'North Korea supplied 120 M1989 Koksan self-propelled guns to Russia, Budanov said.',
  'Seoul FC beat Ulsan 3-1 in front of 12,000 fans on Saturday.',
].join('\n\n');
const CTX = { published: '2025-02-03' };

const saved: SourceDoc = {
  id: 'saved:1', kind: 'saved', file: null, title: 'A saved claim', url: 'https://example.test/a',
  text: 'North Korea has sent more than 10,000 soldiers to Russia, officials said.', published: '2025-01-20',
};

/** What a worker gets back from IndexedDB: a structured clone of what it stored. */
const roundTrip = (index: ClaimIndex) => ClaimIndex.fromSnapshot(structuredClone(index.toSnapshot()));

describe('ClaimIndex snapshots', () => {
  it('restore to an index that analyses exactly as a fresh build', () => {
    const built = new ClaimIndex([...seedSources(), saved]);
    const restored = roundTrip(built);
    expect(restored).not.toBeNull();
    const fresh = analyze(ARTICLE, built, CTX);
    expect(fresh.some((c) => c.verdict !== 'unverified')).toBe(true);
    expect(analyze(ARTICLE, restored as ClaimIndex, CTX)).toEqual(fresh);
    expect(restored?.size).toBe(built.size);
    expect(restored?.sentenceCount).toBe(built.sentenceCount);
  });

  it('survive a second round trip and keep open bounds ("more than") intact', () => {
    const twice = roundTrip(roundTrip(new ClaimIndex([saved])) as ClaimIndex) as ClaimIndex;
    const fact = twice.candidates(['north korea', 'russia', 'u:personnel'])[0]?.fact;
    expect(fact?.quantities.find((q) => q.unit === 'personnel')?.hi).toBe(Infinity);
  });

  it('restore to an index that still takes changes', () => {
    const restored = roundTrip(new ClaimIndex([...seedSources(), saved])) as ClaimIndex;
    expect(restored.remove('saved:1')).toBe(true);
    expect(analyze(ARTICLE, restored, CTX).flatMap((c) => c.matches).some((m) => m.source.id === 'saved:1')).toBe(false);
    restored.add({ ...saved, id: 'saved:2' });
    expect(analyze(ARTICLE, restored, CTX).flatMap((c) => c.matches).some((m) => m.source.id === 'saved:2')).toBe(true);
  });

  it('are refused when of another version or malformed', () => {
    const snap = new ClaimIndex([saved]).toSnapshot();
    expect(ClaimIndex.fromSnapshot({ ...snap, version: snap.version + 1 })).toBeNull();
    expect(ClaimIndex.fromSnapshot({ ...snap, facts: snap.facts.slice(1) })).toBeNull();
    expect(ClaimIndex.fromSnapshot({ ...snap, counts: [99] })).toBeNull();
    expect(ClaimIndex.fromSnapshot({ ...snap, postings: { ...snap.postings, docs: Int32Array.of(7) } })).toBeNull();
    expect(ClaimIndex.fromSnapshot({ ...snap, ids: [...snap.ids, snap.ids[0]], docs: [...snap.docs, ''], counts: [...snap.counts, 0] })).toBeNull();
    expect(ClaimIndex.fromSnapshot(null)).toBeNull();
    expect(ClaimIndex.fromSnapshot('garbage')).toBeNull();
  });
});
