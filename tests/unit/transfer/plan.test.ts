import { describe, expect, it } from 'vitest';
import type { StoredSource } from '../../../src/store/db';
import { claimKey, planImport, previewOf } from '../../../src/transfer/plan';
import type { ItemResult } from '../../../src/transfer/record';

const claim = (id: string, text: string, url = 'https://news.example/a'): StoredSource => ({
  id, kind: 'saved', file: null, title: 't', text, url, selector: { exact: text, prefix: '', suffix: '' },
});
const ok = (item: number, record: StoredSource): ItemResult => ({ ok: true, item, record });

describe('planning an import', () => {
  it('sorts items into new, duplicates (same id, or same page and words) and invalid', () => {
    const items: ItemResult[] = [
      ok(1, claim('saved:1', 'Fresh words')),
      ok(2, claim('saved:2', 'Already here by id')),
      ok(3, claim('saved:other', '  Same   words\nas stored ', 'https://news.example/a#frag')),
      { ok: false, problem: { item: 4, field: 'text', reason: 'empty' } },
      ok(5, claim('saved:1', 'Fresh words')),
    ];
    const existing = { ids: new Set(['saved:2']), claims: new Set([claimKey(claim('saved:9', 'Same words as stored'))!]) };
    const plan = planImport(items, existing);
    expect(plan.fresh.map((r) => r.id)).toEqual(['saved:1']);
    expect(plan.duplicates).toEqual([2, 3, 5]);
    expect(plan.invalid).toEqual([{ item: 4, field: 'text', reason: 'empty' }]);
    expect(previewOf('claimlens', 5, plan)).toEqual({
      format: 'claimlens', total: 5, fresh: 1, freshByKind: { seed: 0, saved: 1, import: 0 }, duplicates: 3, invalidCount: 1, invalid: plan.invalid,
    });
  });

  it('keeps a seed this version doesn’t ship as an imported document', () => {
    const seed: StoredSource = { id: 'seed:old', kind: 'seed', file: 'old.txt', title: 'Old', text: 'Old seed.' };
    const plan = planImport([ok(1, seed)], { ids: new Set(), claims: new Set() });
    expect(plan.fresh).toEqual([{ ...seed, kind: 'import', file: null }]);
  });

  it('gives documents no claim key: only saved claims are matched by page and words', () => {
    expect(claimKey({ kind: 'import', url: 'https://a.example/', text: 'x' })).toBeUndefined();
    expect(claimKey({ kind: 'saved', url: 'https://a.example/#x', text: 'a  b' })).toBe('https://a.example/\na b');
  });
});
