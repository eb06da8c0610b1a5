import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { ensureSeeded, listSources, saveClaim } from '../../src/store';
import { bundledSeeds } from '../../src/store/seed-bundle';
import { buildSeedBundle, planSeedUpdate, type SeedBundle } from '../../src/store/seed-records';
import { freshDb, PAGE } from './helpers';

const seedDir = new URL('../../seeds/', import.meta.url);
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));

describe('the bundled seeds', () => {
  it('are every seed text in seeds/, verbatim, with stable ids', () => {
    const bundle = bundledSeeds();
    expect(bundle.sources.map((s) => s.file).sort()).toEqual([...seedFiles].sort());
    for (const s of bundle.sources) {
      expect(s.text).toBe(readFileSync(new URL(s.file ?? '', seedDir), 'utf8'));
      expect(s.id).toBe(`seed:${(s.file ?? '').replace(/\.txt$/, '')}`);
    }
  });

  it('refuse a broken manifest with a message naming the field', () => {
    expect(() => buildSeedBundle('{"version":1,"seeds":[{"file":"../x.txt","title":"t"}]}', {})).toThrow(/seeds\.0\.file/);
    expect(() => buildSeedBundle('{"version":1,"seeds":[{"file":"a.txt","title":"t"}]}', {})).toThrow(/seed text missing for a\.txt/);
  });
});

describe('ensureSeeded', () => {
  it('is idempotent: two runs leave exactly the five seeds, the second writes nothing', async () => {
    const db = freshDb();
    const first = await ensureSeeded(db);
    const second = await ensureSeeded(db);
    expect(first.written).toBe(5);
    expect(second).toEqual({ written: 0, removed: 0, version: first.version });
    const all = await listSources(db);
    expect(all).toHaveLength(5);
    expect(all.every((s) => s.kind === 'seed')).toBe(true);
  });

  it('does not duplicate when runs race (install event and a first message at once)', async () => {
    const db = freshDb();
    await Promise.all([ensureSeeded(db), ensureSeeded(db), ensureSeeded(db)]);
    expect(await db.sources.count()).toBe(5);
    expect((await db.meta.get('seedVersion'))?.value).toBe(bundledSeeds().version);
  });

  it('updates changed seeds and drops retired ones on an update, keeping saved claims', async () => {
    const db = freshDb();
    await ensureSeeded(db);
    const { record } = await saveClaim(db, { page: PAGE, selector: { exact: 'Claim text', prefix: '', suffix: '' } }, 1);
    const old = bundledSeeds();
    const [changed, , ...kept] = old.sources;
    const next: SeedBundle = {
      version: old.version + 1,
      sources: [{ ...changed!, title: 'Retitled' }, ...kept],
    };
    const report = await ensureSeeded(db, next);
    expect(report).toEqual({ written: 1, removed: 1, version: old.version + 1 });
    const all = await listSources(db);
    expect(all.filter((s) => s.kind === 'seed')).toHaveLength(4);
    expect(all.find((s) => s.id === changed!.id)?.title).toBe('Retitled');
    expect(all.find((s) => s.id === record.id)?.text).toBe('Claim text');
    // and back to the original bundle: the saved claim is still there
    await ensureSeeded(db, old);
    expect(await db.sources.count()).toBe(6);
  });
});

describe('planSeedUpdate', () => {
  const seed = (id: string, text = 'x') => ({ id, title: id, text, kind: 'seed' as const, file: `${id}.txt` });
  const saved = { id: 'saved:1', title: 'p', text: 'c', kind: 'saved' as const, file: null };

  it.each([
    { name: 'empty store', stored: [], bundled: [seed('a')], put: ['a'], remove: [] },
    { name: 'unchanged', stored: [seed('a')], bundled: [seed('a')], put: [], remove: [] },
    { name: 'text changed', stored: [seed('a', 'old')], bundled: [seed('a', 'new')], put: ['a'], remove: [] },
    { name: 'seed retired', stored: [seed('a'), seed('b')], bundled: [seed('a')], put: [], remove: ['b'] },
    { name: 'saved claims never removed', stored: [saved], bundled: [seed('a')], put: ['a'], remove: [] },
  ])('$name', ({ stored, bundled, put, remove }) => {
    const plan = planSeedUpdate(stored, bundled);
    expect(plan.put.map((s) => s.id)).toEqual(put);
    expect(plan.remove).toEqual(remove);
  });
});
