import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { GetSourceReply, replySchema, SaveClaimReply, SavedForUrlReply } from '../../src/messaging/schemas';
import { savedClaimId } from '../../src/store';
import { PAGE, testDeps } from './helpers';

const selector = { exact: '8,000 North Korean troops are in Kursk', prefix: 'Officials said ', suffix: ' as of January.' };
const save = (deps: ReturnType<typeof testDeps>, over: Partial<typeof selector> = {}, page: object = PAGE) =>
  handleMessage({ type: 'claim/save', page, selector: { ...selector, ...over } }, { tabId: 7, frameId: 0 }, deps);
const saveReply = replySchema(SaveClaimReply);

describe('claim/save', () => {
  it('stores the selection with its page metadata and makes it a source at once', async () => {
    const deps = testDeps({ now: () => 1_700_000_000_000 });
    const reply = saveReply.parse(await save(deps));
    if (!reply.ok) throw new Error(reply.error);
    const { source, duplicate } = reply.data;
    expect(duplicate).toBe(false);
    expect(source).toMatchObject({
      id: await savedClaimId(PAGE.url, selector.exact),
      kind: 'saved',
      file: null,
      text: selector.exact,
      title: PAGE.title,
      url: 'https://news.example/world/kursk',
      siteName: 'Example News',
      publisher: 'Example News',
      published: '2025-02-03',
      savedAt: 1_700_000_000_000,
      selector,
    });
    expect(source.id).toMatch(/^saved:[0-9a-f]{16}$/);
    expect(await deps.db.sources.count()).toBe(6); // five seeds + the claim
    expect((await deps.index.get()).has(source.id)).toBe(true);
    expect(deps.tabs.broadcasts).toEqual([{ type: 'store/changed' }]);
  });

  it('saving the same words from the same page twice keeps one record and says duplicate', async () => {
    const deps = testDeps();
    const first = saveReply.parse(await save(deps));
    // different fragment, different whitespace, different context: still the same claim
    const again = saveReply.parse(
      await save(deps, { exact: '  8,000 North\n Korean troops   are in Kursk ', prefix: '' }, { ...PAGE, url: 'https://news.example/world/kursk#top' }),
    );
    if (!first.ok || !again.ok) throw new Error('save failed');
    expect(again.data.duplicate).toBe(true);
    expect(again.data.source.id).toBe(first.data.source.id);
    expect(again.data.source.selector).toEqual(selector); // the first save's record, untouched
    expect(await deps.db.sources.where('kind').equals('saved').count()).toBe(1);
    expect(deps.tabs.broadcasts).toHaveLength(1);
  });

  it('the same words on another page are another claim', async () => {
    const deps = testDeps();
    await save(deps);
    const other = saveReply.parse(await save(deps, {}, { ...PAGE, url: 'https://other.example/a' }));
    expect(other.ok && other.data.duplicate).toBe(false);
    expect(await deps.db.sources.where('kind').equals('saved').count()).toBe(2);
  });

  it('omits publisher and date when the page states none', async () => {
    const deps = testDeps();
    const reply = saveReply.parse(await save(deps, {}, { url: 'https://blog.example/p', title: 'A post' }));
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.source.publisher).toBeUndefined();
    expect(reply.data.source.published).toBeUndefined();
    expect(reply.data.source.siteName).toBeUndefined();
  });
});

describe('sources/savedForUrl and source/get', () => {
  it('lists the saved claims of a URL whatever its fragment, newest first, and no seeds', async () => {
    let clock = 1;
    const deps = testDeps({ now: () => clock++ });
    await save(deps);
    await save(deps, { exact: 'A second claim from the page' });
    await save(deps, {}, { ...PAGE, url: 'https://elsewhere.example/' });
    const reply = replySchema(SavedForUrlReply).parse(
      await handleMessage({ type: 'sources/savedForUrl', url: 'https://news.example/world/kursk#:~:text=8%2C000' }, {}, deps),
    );
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.sources.map((s) => s.text)).toEqual(['A second claim from the page', selector.exact]);
  });

  it('returns a seed with its full text for the viewer', async () => {
    const deps = testDeps();
    const reply = replySchema(GetSourceReply).parse(
      await handleMessage({ type: 'source/get', id: 'seed:000_84ea4ea735d0cdc4' }, {}, deps),
    );
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.source.kind).toBe('seed');
    expect(reply.data.source.publisher).toBe('Kyiv Independent');
    expect(reply.data.source.text.length).toBeGreaterThan(1000);
  });

  it('answers an unknown id with an error naming it', async () => {
    const reply = await handleMessage({ type: 'source/get', id: 'seed:nope' }, {}, testDeps());
    expect(reply).toEqual({ ok: false, error: "source/get failed: no source with id 'seed:nope'" });
  });
});
