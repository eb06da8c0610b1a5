/** Import and reset against the store itself: one transaction each, all or nothing. */
import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { ensureSeeded } from '../../src/store';
import { resetToSeeds } from '../../src/store/reset-to-seeds';
import { bundledSeeds } from '../../src/store/seed-bundle';
import { applyImport } from '../../src/store/transfer-repo';
import type { ItemResult } from '../../src/transfer/record';
import { freshDb, PAGE, testDeps } from './helpers';

const docs = (n: number): ItemResult[] =>
  Array.from({ length: n }, (_, i) => ({ ok: true, item: i + 1, record: { id: `doc:${i}`, kind: 'import', file: null, title: `Doc ${i}`, text: `Text ${i}.` } }));

describe('applying an import', () => {
  it('writes nothing when IndexedDB fails part-way through', async () => {
    const db = freshDb();
    await ensureSeeded(db);
    const before = await db.sources.toArray();
    const real = db.sources.bulkAdd.bind(db.sources);
    let calls = 0;
    const spy = vi.spyOn(db.sources, 'bulkAdd').mockImplementation(((records: never[]) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new Error('disk full'));
      return real(records);
    }) as never);
    await expect(applyImport(db, docs(1200))).rejects.toThrow('disk full');
    expect(calls).toBe(2); // the first chunk had been written inside the transaction
    spy.mockRestore();
    expect(await db.sources.toArray()).toEqual(before);
  });

  it('plans inside the transaction: a record stored since the preview counts as a duplicate', async () => {
    const db = freshDb();
    await ensureSeeded(db);
    await db.sources.add({ id: 'doc:1', kind: 'import', file: null, title: 'Doc 1', text: 'Text 1.' });
    const plan = await applyImport(db, docs(3));
    expect(plan.fresh.map((r) => r.id)).toEqual(['doc:0', 'doc:2']);
    expect(plan.duplicates).toEqual([2]);
  });
});

describe('reset to seeds', () => {
  async function storeWithEverything() {
    const deps = testDeps();
    await handleMessage({ type: 'claim/save', page: PAGE, selector: { exact: '8,000 troops are in Kursk', prefix: '', suffix: '' } }, {}, deps);
    await applyImport(deps.db, docs(2));
    const seed = bundledSeeds().sources[0]!;
    await deps.db.sources.update(seed.id, { text: 'A seed someone changed.' });
    await deps.db.sources.delete(bundledSeeds().sources[1]!.id);
    return { deps, seed };
  }

  it('keeps saved claims when asked, deletes imports and restores the bundled seeds', async () => {
    const { deps, seed } = await storeWithEverything();
    const result = await resetToSeeds(deps.db, true);
    expect(result).toMatchObject({ removedImports: 2, removedSaved: 0, keptSaved: 1 });
    expect(await deps.db.sources.where('kind').equals('import').count()).toBe(0);
    expect(await deps.db.sources.where('kind').equals('saved').count()).toBe(1);
    expect(await deps.db.sources.where('kind').equals('seed').toArray()).toEqual(bundledSeeds().sources);
    expect((await deps.db.sources.get(seed.id))?.text).toBe(seed.text);
  });

  it('drops saved claims when asked, and the index and open tabs follow', async () => {
    const { deps } = await storeWithEverything();
    const index = await deps.index.get();
    expect(index.has('doc:0')).toBe(true); // built from the store before the reset
    const reply = await handleMessage({ type: 'data/reset', keepSaved: false }, { extensionPage: true }, deps);
    expect(reply).toEqual({ ok: true, data: { removedImports: 2, removedSaved: 1, keptSaved: 0, seeds: 5 } });
    expect((await deps.index.get()).ids().sort()).toEqual(bundledSeeds().sources.map((s) => s.id).sort());
    expect(deps.tabs.broadcasts.at(-1)).toEqual({ type: 'store/changed' });
    expect(await deps.db.meta.get('indexSnapshot')).toBeUndefined();
  });

  it('changes nothing when it fails', async () => {
    const { deps } = await storeWithEverything();
    const before = await deps.db.sources.toArray();
    const spy = vi.spyOn(deps.db.sources, 'bulkPut').mockImplementation((() => Promise.reject(new Error('quota'))) as never);
    await expect(resetToSeeds(deps.db, false)).rejects.toThrow('quota');
    spy.mockRestore();
    expect(await deps.db.sources.toArray()).toEqual(before);
  });
});

describe('the engine index after a big import', () => {
  it('is rebuilt from the store on next use instead of taking the sources one by one', async () => {
    const deps = testDeps();
    const before = await deps.index.get();
    const sources = Array.from({ length: 201 }, (_, i) => ({ id: `doc:${i}`, title: `Doc ${i}`, text: `On 3 March 2025 officials counted ${i + 1},000 shells.` }));
    const reply = await handleMessage({ type: 'data/apply', fileText: JSON.stringify({ sources }) }, { extensionPage: true }, deps);
    expect(reply).toEqual({ ok: true, data: { added: 201, duplicates: 0, skipped: 0 } });
    const after = await deps.index.get();
    expect(after).not.toBe(before);
    expect(after.size).toBe(5 + 201);
  });
});
