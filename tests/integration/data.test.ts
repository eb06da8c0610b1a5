/** The data/* messages end to end in Node: export, preview, import and reset through the real handlers and store. */
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { ApplyReply, ExportReply, PreviewReply, ResetReply } from '../../src/messaging/data';
import { replySchema } from '../../src/messaging/schemas';
import { PAGE, testDeps } from './helpers';

type Deps = ReturnType<typeof testDeps>;
const send = (deps: Deps, msg: object) => handleMessage(msg, { extensionPage: true }, deps);
async function data<T>(schema: { parse(v: unknown): T }, deps: Deps, msg: object): Promise<T> {
  const reply = (await send(deps, msg)) as { ok: boolean; data?: unknown; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return schema.parse(reply.data);
}
const exportFile = (deps: Deps, format = 'claimlens', extra: object = {}) => data(ExportReply, deps, { type: 'data/export', format, ...extra });
const preview = (deps: Deps, fileText: string) => data(PreviewReply, deps, { type: 'data/preview', fileText });
const apply = (deps: Deps, fileText: string, skipInvalid?: boolean) => data(ApplyReply, deps, { type: 'data/apply', fileText, skipInvalid });
const reset = (deps: Deps, keepSaved: boolean) => data(ResetReply, deps, { type: 'data/reset', keepSaved });

const CLAIMS = ['8,000 North Korean troops are in Kursk', 'Russia fired 42 drones overnight on Sunday'];
async function saveClaims(deps: Deps): Promise<void> {
  for (const exact of CLAIMS) {
    const r = await send(deps, { type: 'claim/save', page: PAGE, selector: { exact, prefix: 'Officials said ', suffix: '.' } });
    expect(r.ok).toBe(true);
  }
}
const sourcesOf = (json: string) => (JSON.parse(json) as { sources: { id: string; kind: string }[] }).sources;

describe('export, then import after a reset that dropped the saved claims', () => {
  it('brings every saved claim back with every field, and a second import adds nothing', async () => {
    const deps = testDeps({ now: () => Date.UTC(2025, 2, 1) });
    await saveClaims(deps);
    const exported = await exportFile(deps);
    expect(exported.filename).toBe('claimlens-2025-03-01.json');
    expect(exported.count).toBe(7);

    expect(await reset(deps, false)).toEqual({ removedImports: 0, removedSaved: 2, keptSaved: 0, seeds: 5 });
    expect(await deps.db.sources.count()).toBe(5);

    expect(await preview(deps, exported.json)).toMatchObject({ format: 'claimlens', total: 7, fresh: 2, freshByKind: { saved: 2 }, duplicates: 5, invalidCount: 0 });
    expect(await deps.db.sources.count()).toBe(5); // a preview writes nothing
    expect(await apply(deps, exported.json)).toEqual({ added: 2, duplicates: 5, skipped: 0 });
    expect(sourcesOf((await exportFile(deps)).json)).toEqual(sourcesOf(exported.json));

    expect(await preview(deps, exported.json)).toMatchObject({ fresh: 0, duplicates: 7 });
    expect(await apply(deps, exported.json)).toEqual({ added: 0, duplicates: 7, skipped: 0 });
    expect(await deps.db.sources.count()).toBe(7);
  });

  it('makes imported claims sources at once and tells open tabs', async () => {
    const source = testDeps();
    await saveClaims(source);
    const { json } = await exportFile(source, 'claimlens', { kinds: ['saved'] });
    const deps = testDeps();
    await deps.index.get(); // a worker that has analysed a page already
    await apply(deps, json);
    const index = await deps.index.get();
    for (const s of sourcesOf(json)) expect(index.has(s.id)).toBe(true);
    expect(deps.tabs.broadcasts).toEqual([{ type: 'store/changed' }]);
  });
});

describe('exporting a selection', () => {
  it('exports by kind and by id', async () => {
    const deps = testDeps();
    await saveClaims(deps);
    expect(sourcesOf((await exportFile(deps, 'claimlens', { kinds: ['seed'] })).json).map((s) => s.kind)).toEqual(Array(5).fill('seed'));
    const one = sourcesOf((await exportFile(deps, 'claimlens', { kinds: ['saved'] })).json)[0]!.id;
    expect(sourcesOf((await exportFile(deps, 'claimlens', { ids: [one, 'seed:nope'] })).json).map((s) => s.id)).toEqual([one]);
  });

  it('writes saved claims as Web Annotations, says how many sources were left out, and reads them back', async () => {
    const deps = testDeps();
    await saveClaims(deps);
    const wa = await exportFile(deps, 'web-annotation');
    expect(wa).toMatchObject({ count: 2, leftOut: 5 });
    expect(wa.filename).toMatch(/^claimlens-annotations-\d{4}-\d\d-\d\d\.jsonld$/);
    const other = testDeps();
    expect(await preview(other, wa.json)).toMatchObject({ format: 'web-annotation', fresh: 2, duplicates: 0 });
    expect(await apply(other, wa.json)).toMatchObject({ added: 2 });
    const ids = async (d: Deps) => (await d.db.sources.where('kind').equals('saved').primaryKeys()).sort();
    expect(await ids(other)).toEqual(await ids(deps));
  });
});

describe('a bad import changes nothing', () => {
  it('refuses a cut-short file with a clear message', async () => {
    const deps = testDeps();
    await saveClaims(deps);
    const { json } = await exportFile(deps);
    const before = await deps.db.sources.count();
    const reply = await send(deps, { type: 'data/apply', fileText: json.slice(0, json.length - 40) });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/isn’t valid JSON/) });
    expect(await deps.db.sources.count()).toBe(before);
    expect(deps.tabs.broadcasts).toHaveLength(2); // the two saves, nothing more
  });

  it('refuses a file with an invalid item unless the reader chose to skip it', async () => {
    const deps = testDeps();
    const file = JSON.stringify({ sources: [{ id: 'doc:a', title: 'A', text: 'Alpha.' }, { id: 'doc:b', title: 'B' }] });
    expect(await preview(deps, file)).toMatchObject({ fresh: 1, invalidCount: 1, invalid: [{ item: 2, field: 'text', reason: 'missing' }] });
    expect(await send(deps, { type: 'data/apply', fileText: file })).toEqual({ ok: false, error: expect.stringMatching(/1 item can’t be imported; nothing was changed/) });
    expect(await deps.db.sources.count()).toBe(5);
    expect(await apply(deps, file, true)).toEqual({ added: 1, duplicates: 0, skipped: 1 });
    expect((await deps.db.sources.get('doc:a'))?.kind).toBe('import');
  });

  it('rejects an export request in an unknown format', async () => {
    const reply = await send(testDeps(), { type: 'data/export', format: 'csv' });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^invalid 'data\/export' message: format:/) });
  });
});

describe('exporting what a library filter shows', () => {
  const filter = (over: object = {}) => ({ query: '', kinds: [], sites: [], verdicts: [], tags: [], ...over });

  it.each([
    { name: 'a search', over: { query: 'drones' } },
    { name: 'saved claims', over: { kinds: ['saved'] } },
    { name: 'seeds', over: { kinds: ['seed'] } },
  ])('exports exactly what the library lists for $name (all of it, not one page)', async ({ over }) => {
    const deps = testDeps();
    await saveClaims(deps);
    const listed = (await send(deps, { type: 'library/list', filter: filter(over), limit: 500 })) as { ok: true; data: { rows: { id: string }[] } };
    const ids = listed.data.rows.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    const exported = sourcesOf((await exportFile(deps, 'claimlens', { filter: filter(over) })).json).map((s) => s.id);
    expect(exported.sort()).toEqual([...ids].sort());
    expect(exported.length).toBeLessThan(CLAIMS.length + 5);
  });

  it('exports nothing when the filter matches nothing', async () => {
    const deps = testDeps();
    await saveClaims(deps);
    expect((await exportFile(deps, 'claimlens', { filter: filter({ query: 'no such words anywhere' }) })).count).toBe(0);
  });
});
