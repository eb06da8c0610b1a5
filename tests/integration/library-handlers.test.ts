import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { forgetLibraryRows, RECHECK_MS } from '../../src/background/library-state';
import type { LibraryFilter } from '../../src/messaging/library';
import { ClaimRelationsReply, ForgetReply, LibraryRowReply, ListLibraryReply } from '../../src/messaging/library-replies';
import { replySchema, SaveClaimReply } from '../../src/messaging/schemas';
import { PAGE, testDeps } from './helpers';

type Deps = ReturnType<typeof testDeps>;
const ANY: LibraryFilter = { query: '', kinds: [], sites: [], verdicts: [], tags: [] };
const CONFLICTING = "North Korea sent 8,000 troops to Russia's Kursk region.";
const CORROBORATED = "About 12,000 North Korean soldiers were sent to fight in Russia's Kursk region.";

async function ok<T>(schema: { parse(v: unknown): { ok: true; data: T } | { ok: false; error: string } }, raw: Promise<unknown>): Promise<T> {
  const reply = schema.parse(await raw);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
const send = (deps: Deps, msg: object) => handleMessage(msg, { extensionPage: true }, deps);
const list = (deps: Deps, filter: Partial<LibraryFilter> = {}, limit = 200) =>
  ok(replySchema(ListLibraryReply), send(deps, { type: 'library/list', filter: { ...ANY, ...filter }, limit }));
const relations = (deps: Deps, id: string) => ok(replySchema(ClaimRelationsReply), send(deps, { type: 'library/relations', id }));
const rowReply = replySchema(LibraryRowReply);

async function save(deps: Deps, exact: string, url: string = PAGE.url) {
  const data = await ok(replySchema(SaveClaimReply), send(deps, { type: 'claim/save', page: { ...PAGE, url }, selector: { exact, prefix: '', suffix: '' } }));
  return data.source.id;
}

/** Asks until no verdict is pending, as the page does. */
async function settledList(deps: Deps, filter: Partial<LibraryFilter> = {}) {
  for (let i = 0; i < 100; i++) {
    const reply = await list(deps, filter);
    if (reply.pending === 0) return reply;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('verdicts never settled');
}

describe('library messages', () => {
  it('lists seeds and saved claims with counts, then narrows by search, kind and verdict', async () => {
    const deps = testDeps();
    const conflicting = await save(deps, CONFLICTING);
    const corroborated = await save(deps, CORROBORATED, 'https://other.example/story');
    const all = await settledList(deps);
    expect(all).toMatchObject({ total: 7, matched: 7, pending: 0 });
    expect(all.facets.kinds).toEqual({ seed: 5, saved: 2, import: 0 });
    expect(all.facets.verdicts).toMatchObject({ conflicting: 1, corroborated: 1, pending: 0 });
    expect(all.rows.slice(0, 2).map((r) => r.id).sort()).toEqual([conflicting, corroborated].sort());
    expect(all.rows.every((r) => r.kind !== 'seed' || r.text.length <= 240)).toBe(true);

    const searched = await list(deps, { query: '8,000 KURSK' });
    expect(searched.rows.map((r) => r.id)).toEqual([conflicting]);
    expect(searched.facets.kinds).toEqual({ seed: 0, saved: 1, import: 0 });

    const byVerdict = await list(deps, { verdicts: ['corroborated'] });
    expect(byVerdict.rows.map((r) => r.id)).toEqual([corroborated]);
    // Counts for the other verdict still say what choosing it would give.
    expect(byVerdict.facets.verdicts.conflicting).toBe(1);
    const seeds = await list(deps, { kinds: ['seed'] }, 2);
    expect(seeds).toMatchObject({ matched: 5 });
    expect(seeds.rows).toHaveLength(2);
  });

  it('relations name the sources a claim conflicts with, never the claim itself nor its own page', async () => {
    const deps = testDeps();
    const id = await save(deps, CONFLICTING);
    await save(deps, CORROBORATED); // the same article: not a source for its own claims
    const rel = await relations(deps, id);
    expect(rel.verdict).toBe('conflicting');
    expect(rel.matches.some((m) => m.relation === 'conflicts' && m.source.kind === 'seed' && /12,000 troops/.test(m.explanation))).toBe(true);
    expect(rel.matches.every((m) => m.source.kind === 'seed')).toBe(true);
    const seedReply = replySchema(ClaimRelationsReply).parse(await send(deps, { type: 'library/relations', id: 'seed:000_84ea4ea735d0cdc4' }));
    expect(seedReply).toMatchObject({ ok: false, error: expect.stringContaining('Only saved claims') });
  });

  it('a claim saved from another page is a source like any other', async () => {
    const deps = testDeps();
    const id = await save(deps, CONFLICTING);
    const twin = await save(deps, CONFLICTING, 'https://twin.example/');
    const rel = await relations(deps, id);
    expect(rel.matches.some((m) => m.source.id === twin && m.relation === 'corroborates')).toBe(true);
  });

  it('an edit changes the claim in the store, the index and the list, and tells the tabs', async () => {
    const deps = testDeps({ now: () => 42_000 });
    const id = await save(deps, CONFLICTING);
    expect((await relations(deps, id)).verdict).toBe('conflicting');
    const broadcasts = deps.tabs.broadcasts.length;
    const reply = rowReply.parse(await send(deps, { type: 'library/update', id, text: CORROBORATED, note: 'fixed the figure', tags: ['kursk'] }));
    expect(reply).toMatchObject({ ok: true, data: { row: { id, text: CORROBORATED, note: 'fixed the figure', tags: ['kursk'], editedAt: 42_000 } } });
    expect(deps.tabs.broadcasts.length).toBe(broadcasts + 1);
    expect((await relations(deps, id)).verdict).toBe('corroborated');
    const index = await deps.index.get();
    expect(index.has(id)).toBe(true);
    expect((await list(deps, { query: 'fixed the figure' })).rows.map((r) => r.id)).toEqual([id]);
    expect((await list(deps, { tags: ['kursk'] })).facets.tags).toEqual([{ value: 'kursk', count: 1 }]);
    // A note-only edit does not make tabs re-analyse.
    await send(deps, { type: 'library/update', id, note: 'again' });
    expect(deps.tabs.broadcasts.length).toBe(broadcasts + 1);
  });

  it('an empty edit is refused in the reader’s words and changes nothing', async () => {
    const deps = testDeps();
    const id = await save(deps, CONFLICTING);
    const reply = rowReply.parse(await send(deps, { type: 'library/update', id, text: '  ' }));
    expect(reply).toEqual({ ok: false, error: 'library/update failed: A claim cannot be empty.' });
    expect((await deps.db.sources.get(id))?.text).toBe(CONFLICTING);
  });

  it('delete takes the claim out of the list and the index; restore puts the same record back', async () => {
    const deps = testDeps();
    const id = await save(deps, CONFLICTING);
    await send(deps, { type: 'library/update', id, note: 'keep me', tags: ['a'] });
    const before = await deps.db.sources.get(id);
    expect((await deps.index.get()).has(id)).toBe(true);
    const deleted = rowReply.parse(await send(deps, { type: 'library/delete', id }));
    expect(deleted.ok).toBe(true);
    expect((await list(deps)).total).toBe(5);
    expect((await deps.index.get()).has(id)).toBe(false);
    expect(deps.tabs.broadcasts.at(-1)).toEqual({ type: 'store/changed' });
    const restored = rowReply.parse(await send(deps, { type: 'library/restore', id }));
    expect(restored).toMatchObject({ ok: true, data: { row: { id, note: 'keep me', tags: ['a'] } } });
    expect(await deps.db.sources.get(id)).toEqual(before);
    expect((await deps.index.get()).has(id)).toBe(true);
    expect((await list(deps)).rows[0]?.id).toBe(id);
  });

  it('forget ends the chance to undo', async () => {
    const deps = testDeps();
    const id = await save(deps, CONFLICTING);
    await send(deps, { type: 'library/delete', id });
    expect(replySchema(ForgetReply).parse(await send(deps, { type: 'library/forget', id }))).toEqual({ ok: true, data: { forgotten: true } });
    expect(rowReply.parse(await send(deps, { type: 'library/restore', id }))).toMatchObject({ ok: false, error: expect.stringContaining('can no longer be restored') });
  });

  it('a claim saved elsewhere shows up within a second (the rows are re-read when the store changed)', async () => {
    let now = 1_000_000;
    const deps = testDeps({ now: () => now });
    expect((await list(deps)).total).toBe(5);
    await save(deps, CONFLICTING);
    now += 500;
    expect((await list(deps)).total).toBe(5); // trusted for a moment: a burst of keystrokes reads the store once
    now += RECHECK_MS;
    expect((await list(deps)).total).toBe(6);
    // A source removed behind the library's back (e.g. a reset) goes too; the rest are not read again.
    await deps.db.sources.delete('seed:000_84ea4ea735d0cdc4');
    now += RECHECK_MS;
    const after = await list(deps);
    expect(after.total).toBe(5);
    expect(after.rows.some((r) => r.id === 'seed:000_84ea4ea735d0cdc4')).toBe(false);
    // A record rewritten under its own id is only seen once the rows are dropped.
    await deps.db.sources.update('seed:001_0ec596f7bbf98cd9', { title: 'Rewritten by an import' });
    expect((await list(deps, { query: 'rewritten' })).matched).toBe(0);
    forgetLibraryRows(deps);
    expect((await list(deps, { query: 'rewritten' })).matched).toBe(1);
  });

  it('rejects malformed library messages before touching the store', async () => {
    const deps = testDeps();
    const bad = await send(deps, { type: 'library/list', filter: { ...ANY, kinds: ['nope'] }, limit: 10 });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining("invalid 'library/list' message: filter.kinds.0") });
    const huge = await send(deps, { type: 'library/list', filter: ANY, limit: 100_000 });
    expect(huge).toMatchObject({ ok: false, error: expect.stringContaining('limit') });
  });
});
