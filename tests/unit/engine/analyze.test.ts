import { describe, expect, it } from 'vitest';
import { ClaimIndex, analyze } from '../../../src/engine';
import { verdictOf } from '../../../src/engine/analyze';
import type { Match, SourceDoc } from '../../../src/engine';
import { seedIndex, seedSources } from './helpers';

const PAGE = [
  'North Korea has sent troops to Russia.',
  '',
  'Secretary of State Antony Blinken said Thursday that 8,000 North Korean troops have deployed to Russia’s Kursk region.',
  '',
  'According to BBC reports citing Western officials, approximately 1,000 North Korean soldiers have been killed and 3,000 wounded while fighting in Ukraine.',
  '',
  'Pyongyang has already supplied Moscow with 120 M1989 Koksan howitzers and 120 M1991 multiple-launch rocket systems over the past three months, he said.',
].join('\n');

describe('ClaimIndex', () => {
  it('adds, replaces and removes sources incrementally', () => {
    const [a, b] = seedSources() as [SourceDoc, SourceDoc];
    const idx = new ClaimIndex([a]);
    expect(idx.size).toBe(1);
    expect(idx.has(a.id)).toBe(true);
    const sentencesA = idx.sentenceCount;
    idx.add(b);
    expect(idx.size).toBe(2);
    idx.add(a);
    expect(idx.size).toBe(2);
    expect(idx.remove(b.id)).toBe(true);
    expect(idx.remove(b.id)).toBe(false);
    expect(idx.has(b.id)).toBe(false);
    expect(idx.sentenceCount).toBe(sentencesA);
  });

  it('stops matching a removed source', () => {
    const idx = seedIndex();
    const before = analyze(PAGE, idx, { published: '2025-01' });
    expect(before.some((c) => c.matches.some((m) => m.source.file === '000_84ea4ea735d0cdc4.txt'))).toBe(true);
    idx.remove('seed:000_84ea4ea735d0cdc4');
    const after = analyze(PAGE, idx, { published: '2025-01' });
    expect(after.some((c) => c.matches.some((m) => m.source.file === '000_84ea4ea735d0cdc4.txt'))).toBe(false);
  });
});

describe('analyze', () => {
  const idx = seedIndex();
  const claims = analyze(PAGE, idx, { published: '2024-10-31' });

  it('flags the conflicting and corroborated figures, with offsets into the page', () => {
    const blinken = claims.find((c) => c.text.includes('8,000'));
    expect(blinken?.verdict).toBe('conflicting');
    expect(blinken?.matches[0]?.source.file).toBe('002_ae500f201ab592cc.txt');
    const koksan = claims.find((c) => c.text.includes('120 M1989'));
    expect(koksan?.matches.some((m) => m.relation === 'corroborates' && m.source.file === '000_84ea4ea735d0cdc4.txt')).toBe(true);
    for (const c of claims) expect(PAGE.slice(c.start, c.end)).toBe(c.text);
  });

  it('quotes the source sentence verbatim with its offsets', () => {
    const docs = new Map(seedSources().map((s) => [s.id, s.text]));
    for (const m of claims.flatMap((c) => c.matches)) expect(docs.get(m.source.id)?.slice(m.quoteStart, m.quoteEnd)).toBe(m.quote);
  });

  it('keeps related matches few and explanations short', () => {
    for (const c of claims) {
      expect(c.matches.filter((m) => m.relation === 'related').length).toBeLessThanOrEqual(3);
      for (const m of c.matches) expect(m.explanation.length).toBeLessThan(200);
    }
  });

  it('honours maxClaims and an aborted signal', () => {
    expect(analyze(PAGE, idx, {}, { maxClaims: 1 }).length).toBe(1);
    expect(() => analyze(PAGE, idx, {}, { signal: { aborted: true } })).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });

  it('skips sources saved from the page being analysed', () => {
    const saved: SourceDoc = { id: 'saved:1', title: 'saved', text: 'Blinken said 8,000 North Korean troops have deployed to Kursk.', kind: 'saved', file: null, url: 'https://example.com/a' };
    const own = new ClaimIndex([saved]);
    expect(analyze(PAGE, own, { url: 'https://example.com/a' })).toEqual([]);
    expect(analyze(PAGE, own, { url: 'https://example.com/b' }).length).toBeGreaterThan(0);
  });
});

describe('verdictOf', () => {
  const m = (relation: Match['relation']) => ({ relation }) as Match;
  it.each([
    [[m('corroborates'), m('related')], 'corroborated'],
    [[m('conflicts')], 'conflicting'],
    [[m('conflicts'), m('corroborates')], 'mixed'],
    [[m('related')], 'unverified'],
    [[], 'unverified'],
  ] as const)('%#', (ms, want) => {
    expect(verdictOf(ms)).toBe(want);
  });
});
