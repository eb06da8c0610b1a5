import { describe, expect, it } from 'vitest';
import type { StoredSource } from '../../../src/store/db';
import { buildClaimLensExport } from '../../../src/transfer/claimlens-format';
import { readImportFile } from '../../../src/transfer/read-file';

const saved: StoredSource = {
  id: 'saved:0123456789abcdef',
  kind: 'saved',
  file: null,
  title: 'North Korean troops in Kursk',
  text: '8,000 North Korean troops are in Kursk',
  url: 'https://news.example/world/kursk',
  publisher: 'Example News',
  published: '2025-02-03',
  siteName: 'Example News',
  savedAt: 1_738_573_200_000,
  editedAt: 1_738_673_200_000,
  selector: { exact: '8,000 North Korean troops are in Kursk', prefix: 'Officials said ', suffix: ' as of January.' },
  note: 'A note',
  tags: ['Kursk'],
};
const seed: StoredSource = { id: 'seed:000_x', kind: 'seed', file: '000_x.txt', title: 'Seed', text: 'Seed text.', url: 'https://seed.example/', publisher: 'Pub', published: '2024-11' };
const doc: StoredSource = { id: 'doc:1', kind: 'import', file: null, title: 'Doc', text: 'Doc text.' };

const read = async (value: unknown) => {
  const r = await readImportFile(typeof value === 'string' ? value : JSON.stringify(value), 0);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('the ClaimLens export format', () => {
  it('is versioned and dated', () => {
    const file = buildClaimLensExport([doc], Date.UTC(2025, 2, 1));
    expect(file).toMatchObject({ format: 'claimlens', version: 1, exportedAt: '2025-03-01T00:00:00.000Z' });
  });

  it('round-trips every stored field of every kind', async () => {
    const file = JSON.stringify(buildClaimLensExport([saved, seed, doc], 0));
    const r = await read(file);
    expect(r.format).toBe('claimlens');
    expect(r.items.map((i) => (i.ok ? i.record : i.problem))).toEqual([saved, seed, doc]);
  });

  it('reports each invalid item with its number, field and reason, and reads the rest', async () => {
    const file = buildClaimLensExport([doc, saved, seed], 0);
    const sources: unknown[] = [...file.sources];
    sources[0] = { ...file.sources[0], text: '' };
    sources[1] = { ...file.sources[1], url: undefined };
    sources[2] = { ...file.sources[2], published: '3 March 2024' };
    sources.push({ ...saved, id: 'saved:x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, { ...doc, id: 'doc:2', kind: 'note' });
    const r = await read({ ...file, sources });
    expect(r.items.map((i) => (i.ok ? 'ok' : i.problem))).toEqual([
      { item: 1, field: 'text', reason: 'empty' },
      { item: 2, field: 'url', reason: 'missing (a saved claim needs the page it came from)' },
      { item: 3, field: 'published', reason: 'expected YYYY, YYYY-MM or YYYY-MM-DD' },
      { item: 4, field: 'tags', reason: 'too many (at most 20)' },
      { item: 5, field: 'kind', reason: 'should be "seed" or "saved" or "import"' },
    ]);
  });

  it('drops unknown fields and cleans tags', async () => {
    const r = await read({ format: 'claimlens', version: 1, sources: [{ ...saved, tags: [' a ', 'a', 'B'], extra: '<script>' }] });
    const [item] = r.items;
    expect(item?.ok && item.record).toEqual({ ...saved, tags: ['a', 'B'] });
  });

  it('refuses a file from a newer ClaimLens as a whole, saying so', async () => {
    const r = await readImportFile(JSON.stringify({ format: 'claimlens', version: 2, sources: [] }), 0);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/newer ClaimLens \(format version 2\)/) });
  });
});
