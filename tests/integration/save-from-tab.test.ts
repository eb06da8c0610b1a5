import { describe, expect, it } from 'vitest';
import { fallbackSelection, saveFromTab, SELECTION_TIMEOUT_MS } from '../../src/background/save-from-tab';
import { PAGE, testDeps } from './helpers';

const tab = { id: 12, url: 'https://news.example/story#frag', title: 'Story' };
const fromContentScript = {
  page: { url: 'https://news.example/story', title: 'Story — Example News', siteName: 'Example News', published: '2025-01-24' },
  selector: { exact: 'Koksan howitzers', prefix: 'the M1989 ', suffix: ' were seen' },
};

describe('saving from the context menu or the shortcut', () => {
  it("uses the content script's selection, then confirms the save to that tab and frame", async () => {
    const deps = testDeps();
    deps.tabs.respond = async () => ({ ok: true, data: fromContentScript });
    const reply = await saveFromTab({ tab, frameId: 0, selectionText: 'ignored' }, deps);
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.source).toMatchObject({ text: 'Koksan howitzers', selector: fromContentScript.selector, publisher: 'Example News' });
    expect(deps.tabs.sent.map((s) => [s.tabId, s.message, s.frameId])).toEqual([
      [12, { type: 'page/selection' }, 0],
      [12, { type: 'claim/saved', duplicate: false, text: 'Koksan howitzers' }, 0],
    ]);
    expect(deps.tabs.broadcasts).toEqual([{ type: 'store/changed' }]);
  });

  it("falls back to the browser's selection text and the tab's URL and title when no content script answers", async () => {
    const deps = testDeps({ now: () => 5 });
    const reply = await saveFromTab({ tab, frameId: 0, selectionText: '  150 KN-23 missiles  ', pageUrl: tab.url }, deps);
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.source).toMatchObject({
      text: '150 KN-23 missiles',
      title: 'Story',
      url: 'https://news.example/story',
      selector: { exact: '150 KN-23 missiles', prefix: '', suffix: '' },
      savedAt: 5,
    });
    expect(await deps.db.sources.get(reply.data.source.id)).toBeDefined();
  });

  it('falls back when the content script answers something malformed', async () => {
    const deps = testDeps();
    deps.tabs.respond = async () => ({ ok: true, data: { selector: { exact: 42 } } });
    const reply = await saveFromTab({ tab, selectionText: 'Words' }, deps);
    expect(reply.ok && reply.data.source.selector?.prefix).toBe('');
  });

  it('falls back when the content script does not answer in time', async () => {
    const deps = testDeps();
    deps.tabs.respond = () => new Promise(() => undefined);
    const started = Date.now();
    const reply = await saveFromTab({ tab, selectionText: 'Slow page words' }, deps);
    expect(reply.ok && reply.data.source.text).toBe('Slow page words');
    expect(Date.now() - started).toBeGreaterThanOrEqual(SELECTION_TIMEOUT_MS - 50);
  });

  it('saving the same selection again tells the tab it was a duplicate', async () => {
    const deps = testDeps();
    deps.tabs.respond = async (m) => (m.message.type === 'page/selection' ? { ok: true, data: fromContentScript } : undefined);
    await saveFromTab({ tab }, deps);
    const again = await saveFromTab({ tab }, deps);
    expect(again.ok && again.data.duplicate).toBe(true);
    expect(deps.tabs.sent.at(-1)?.message).toEqual({ type: 'claim/saved', duplicate: true, text: 'Koksan howitzers' });
    expect(await deps.db.sources.where('kind').equals('saved').count()).toBe(1);
  });

  it('saves nothing when nothing is selected (shortcut on a page with no selection)', async () => {
    const deps = testDeps();
    deps.tabs.respond = async () => ({ ok: false, error: 'Select some text first.' });
    expect(await saveFromTab({ tab }, deps)).toEqual({ ok: false, error: 'nothing is selected in the tab' });
    expect(await saveFromTab({}, deps)).toEqual({ ok: false, error: 'no tab to save from' });
    expect(await deps.db.sources.count()).toBe(0);
    // The reader is told in the page, in the content script's own words.
    expect(deps.tabs.sent.at(-1)?.message).toEqual({ type: 'claim/notSaved', reason: 'Select some text first.' });
  });

  it('an over-long fallback selection is refused with the reason, in the page too', async () => {
    const deps = testDeps();
    const reply = await saveFromTab({ tab, selectionText: 'x'.repeat(6000) }, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/selector\.exact: Too big/) });
    expect(deps.tabs.sent.at(-1)?.message).toEqual({
      type: 'claim/notSaved',
      reason: 'That selection is too long to save (6,000 characters; at most 5,000).',
    });
    expect(await deps.db.sources.count()).toBe(0);
  });

  it.each([
    { name: 'frame URL first', trigger: { tab, frameUrl: 'https://frame.example/', pageUrl: PAGE.url, selectionText: 'a' }, url: 'https://frame.example/' },
    { name: 'then page URL', trigger: { tab, pageUrl: PAGE.url, selectionText: 'a' }, url: PAGE.url },
    { name: 'then tab URL', trigger: { tab, selectionText: 'a' }, url: tab.url },
    { name: 'no URL at all', trigger: { selectionText: 'a' }, url: null },
    { name: 'blank selection', trigger: { tab, selectionText: '   ' }, url: null },
  ])('fallback selection: $name', ({ trigger, url }) => {
    expect(fallbackSelection(trigger)?.page.url ?? null).toBe(url);
  });
});
