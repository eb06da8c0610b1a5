import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { storeSnapshots } from '../../src/background/deps';
import { lazyIndex } from '../../src/background/index-provider';
import { onceShared } from '../../src/background/lazy';
import { ClaimLensDB, ensureSeeded, listSources, readIndexSnapshot, saveClaim, toSourceDoc, writeIndexSnapshot } from '../../src/store';
import { bundledSeeds } from '../../src/store/seed-bundle';
import { PAGE, freshDb } from './helpers';

const ARTICLE = 'Budanov said North Korea has sent 11,000 troops to Russia. North Korea supplied 120 M1989 Koksan guns to Russia, he said.';
const CTX = { published: '2025-02-03' };

/** One worker lifetime over `db`: its index provider, and how many times it read every source to build. */
function worker(db: ClaimLensDB) {
  const ready = onceShared(() => ensureSeeded(db));
  const counts = { builds: 0 };
  const provider = lazyIndex(async () => {
    counts.builds++;
    await ready();
    return (await listSources(db)).map(toSourceDoc);
  }, storeSnapshots(db, ready), 10);
  return { provider, counts };
}

const save = (db: ClaimLensDB, exact: string) => saveClaim(db, { page: PAGE, selector: { exact, prefix: '', suffix: '' } }, 1_700_000_000_000);

describe('index snapshot across worker lifetimes', () => {
  it('a woken worker restores the snapshot instead of rebuilding, and analyses the same', async () => {
    const db = freshDb();
    const first = worker(db);
    const built = await first.provider.get();
    await first.provider.flush();
    expect(await readIndexSnapshot(db)).toBeDefined();
    const second = worker(db);
    const restored = await second.provider.get();
    expect(second.counts.builds).toBe(0);
    expect(analyze(ARTICLE, restored, CTX)).toEqual(analyze(ARTICLE, built, CTX));
    expect(analyze(ARTICLE, restored, CTX).some((c) => c.verdict !== 'unverified')).toBe(true);
  });

  it('a claim saved in one worker is in the next worker\'s restored index', async () => {
    const db = freshDb();
    const first = worker(db);
    await first.provider.get();
    const { record } = await save(db, 'North Korea has sent 11,000 troops to Russia, officials said.');
    await first.provider.add(toSourceDoc(record));
    await first.provider.flush();
    const second = worker(db);
    expect((await second.provider.get()).has(record.id)).toBe(true);
    expect(second.counts.builds).toBe(0);
  });

  it('a snapshot the store has moved past is rebuilt, and nothing is lost', async () => {
    const db = freshDb();
    const first = worker(db);
    await first.provider.get();
    await first.provider.flush();
    // Saved without this worker's provider hearing of it (another worker, an import): the snapshot is stale.
    const { record } = await save(db, 'North Korea has sent 12,000 troops to Russia, officials said.');
    const second = worker(db);
    expect((await second.provider.get()).has(record.id)).toBe(true);
    expect(second.counts.builds).toBe(1);
    await second.provider.flush();
    const third = worker(db);
    expect((await third.provider.get()).has(record.id)).toBe(true);
    expect(third.counts.builds).toBe(0);
  });

  it('a corrupt snapshot is rebuilt and replaced', async () => {
    const db = freshDb();
    const first = worker(db);
    const built = await first.provider.get();
    await first.provider.flush();
    const stored = await readIndexSnapshot(db);
    await writeIndexSnapshot(db, { fingerprint: stored?.fingerprint ?? '', snapshot: { version: 1, ids: ['x'], docs: [] } });
    const second = worker(db);
    const rebuilt = await second.provider.get();
    expect(second.counts.builds).toBe(1);
    expect(rebuilt.size).toBe(built.size);
    expect(analyze(ARTICLE, rebuilt, CTX)).toEqual(analyze(ARTICLE, built, CTX));
    await second.provider.flush();
    const third = worker(db);
    await third.provider.get();
    expect(third.counts.builds).toBe(0);
  });

  it('a seed update drops the snapshot, even when seed ids stay the same', async () => {
    const db = freshDb();
    const first = worker(db);
    await first.provider.get();
    await first.provider.flush();
    const bundle = bundledSeeds();
    const changed = { ...bundle, sources: bundle.sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n\nA corrected paragraph.` } : s)) };
    await ensureSeeded(db, changed);
    expect(await readIndexSnapshot(db)).toBeUndefined();
  });
});
