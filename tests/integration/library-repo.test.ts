import { describe, expect, it } from 'vitest';
import {
  deleteClaim, ensureSeeded, forgetDeleted, readIndexSnapshot, readLibraryItems, restoreClaim, saveClaim, updateClaim, writeIndexSnapshot, type StoredSource,
} from '../../src/store';
import { freshDb, PAGE } from './helpers';

const SELECTOR = { exact: 'North Korea sent 8,000 troops to Kursk.', prefix: 'Officials said ', suffix: ' That was in autumn.' };

async function dbWithClaim() {
  const db = freshDb();
  await ensureSeeded(db);
  const { record } = await saveClaim(db, { page: PAGE, selector: SELECTOR }, 1_000);
  return { db, record };
}

describe('library repository', () => {
  it('edits text, note and tags, stamps editedAt, and keeps the id and the page quote', async () => {
    const { db, record } = await dbWithClaim();
    const { record: edited, textChanged } = await updateClaim(db, record.id, { text: '  North Korea sent 12,000 troops to Kursk. ', note: ' check the date ', tags: [' Kursk', 'troops', 'kursk ', ''] }, 2_000);
    expect(textChanged).toBe(true);
    const stored = await db.sources.get(record.id);
    expect(stored).toEqual(edited);
    expect(stored).toMatchObject({ id: record.id, text: 'North Korea sent 12,000 troops to Kursk.', note: 'check the date', tags: ['Kursk', 'troops'], editedAt: 2_000, savedAt: 1_000 });
    expect(stored?.selector).toEqual(SELECTOR);
  });

  it('clearing the note and the tags removes the fields', async () => {
    const { db, record } = await dbWithClaim();
    await updateClaim(db, record.id, { note: 'x', tags: ['a'] }, 2_000);
    const { textChanged } = await updateClaim(db, record.id, { note: '  ', tags: [] }, 3_000);
    expect(textChanged).toBe(false);
    const stored = (await db.sources.get(record.id)) as StoredSource;
    expect('note' in stored).toBe(false);
    expect('tags' in stored).toBe(false);
  });

  it('refuses empty or too long text, too many tags, seeds and unknown ids, changing nothing', async () => {
    const { db, record } = await dbWithClaim();
    await expect(updateClaim(db, record.id, { text: '   ' }, 2)).rejects.toThrow('A claim cannot be empty.');
    await expect(updateClaim(db, record.id, { text: 'x'.repeat(5_001) }, 2)).rejects.toThrow(/at most 5,000 characters \(this one has 5,001\)/);
    await expect(updateClaim(db, record.id, { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 2)).rejects.toThrow('at most 20 tags');
    await expect(updateClaim(db, record.id, { note: 'n'.repeat(5_001) }, 2)).rejects.toThrow('at most 5,000 characters');
    await expect(updateClaim(db, 'seed:000_84ea4ea735d0cdc4', { text: 'new' }, 2)).rejects.toThrow('Only claims you saved');
    await expect(deleteClaim(db, 'saved:nope')).rejects.toThrow('no longer in your library');
    expect(await db.sources.get(record.id)).toEqual(record);
  });

  it('a text edit drops the index snapshot in the same transaction; a note edit keeps it', async () => {
    const { db, record } = await dbWithClaim();
    await writeIndexSnapshot(db, { fingerprint: 'f', snapshot: {} });
    await updateClaim(db, record.id, { note: 'n' }, 2);
    expect(await readIndexSnapshot(db)).toBeDefined();
    await updateClaim(db, record.id, { text: 'Other words.' }, 3);
    expect(await readIndexSnapshot(db)).toBeUndefined();
  });

  it('delete then restore puts back the same record, field for field', async () => {
    const { db, record } = await dbWithClaim();
    const { record: edited } = await updateClaim(db, record.id, { note: 'mine', tags: ['a', 'b'] }, 5);
    const deleted = await deleteClaim(db, record.id);
    expect(deleted).toEqual(edited);
    expect(await db.sources.get(record.id)).toBeUndefined();
    const restored = await restoreClaim(db, record.id);
    expect(restored).toEqual(edited);
    expect(await db.sources.get(record.id)).toEqual(edited);
    await expect(restoreClaim(db, record.id)).rejects.toThrow('can no longer be restored');
  });

  it('after forget, or after another change, a deleted claim is gone for good', async () => {
    const { db, record } = await dbWithClaim();
    const other = (await saveClaim(db, { page: { ...PAGE, url: 'https://b.example/' }, selector: SELECTOR }, 9)).record;
    await deleteClaim(db, record.id);
    expect(await forgetDeleted(db, 'saved:other')).toBe(false);
    expect(await forgetDeleted(db, record.id)).toBe(true);
    await expect(restoreClaim(db, record.id)).rejects.toThrow('can no longer be restored');

    await deleteClaim(db, other.id);
    await saveClaim(db, { page: { ...PAGE, url: 'https://c.example/' }, selector: SELECTOR }, 10);
    const third = (await db.sources.where('kind').equals('saved').first()) as StoredSource;
    await updateClaim(db, third.id, { note: 'another action' }, 11);
    await expect(restoreClaim(db, other.id)).rejects.toThrow('can no longer be restored');
    expect(await db.sources.get(other.id)).toBeUndefined();
  });

  it('reads every source as a compact row: saved claims whole and first, documents as snippets', async () => {
    const { db, record } = await dbWithClaim();
    const items = await readLibraryItems(db);
    expect(items).toHaveLength(6);
    expect(items[0]?.row).toMatchObject({ id: record.id, kind: 'saved', text: SELECTOR.exact, cut: false, site: 'Example News' });
    const seeds = items.slice(1);
    expect(seeds.every((i) => i.row.kind === 'seed' && i.row.cut && i.row.text.length <= 240)).toBe(true);
    // Search still sees a seed's whole text, not only its snippet.
    const last = (await db.sources.get(seeds[0]!.row.id))!.text.slice(-60);
    expect(seeds[0]!.haystack).toContain(last.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 30).replace(/[’]/g, "'"));
  });
});
