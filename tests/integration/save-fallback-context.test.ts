import { describe, expect, it, vi } from 'vitest';
import { saveFromTab } from '../../src/background/save-from-tab';
import { testDeps } from './helpers';

const tab = { id: 12, url: 'https://news.example/story', title: 'Story' };

describe('saving when no content script answers', () => {
  it('keeps the context a one-off script read, so the claim can be found again', async () => {
    const deps = testDeps();
    const read = vi.fn(async () => ({ exact: '150 KN-23 missiles', prefix: 'expected to send ', suffix: ' to Russia in 2025' }));
    const reply = await saveFromTab({ tab, frameId: 3, selectionText: '150 KN-23 missiles' }, deps, read);
    if (!reply.ok) throw new Error(reply.error);
    expect(read).toHaveBeenCalledWith(12, 3, expect.any(AbortSignal));
    expect(reply.data.source.selector).toEqual({ exact: '150 KN-23 missiles', prefix: 'expected to send ', suffix: ' to Russia in 2025' });
  });

  it('saves from the shortcut too, which has no selection text of its own', async () => {
    const deps = testDeps();
    const reply = await saveFromTab({ tab }, deps, async () => ({ exact: 'Words read in the page', prefix: 'a ', suffix: ' b' }));
    expect(reply.ok && reply.data.source.text).toBe('Words read in the page');
  });

  it('falls back to the words alone when the script cannot run, and never asks it when the content script answered', async () => {
    const deps = testDeps();
    const refused = await saveFromTab({ tab, selectionText: 'Only words' }, deps, async () => null);
    expect(refused.ok && refused.data.source.selector).toEqual({ exact: 'Only words', prefix: '', suffix: '' });
    deps.tabs.respond = async () => ({ ok: false, error: 'Select some text first.' });
    const read = vi.fn(async () => null);
    await saveFromTab({ tab }, deps, read);
    expect(read).not.toHaveBeenCalled();
  });
});

describe('saving with a text position', () => {
  it('keeps the position the content script measured, and saves without one as before', async () => {
    const deps = testDeps();
    const page = { url: 'https://news.example/other', title: 'Other' };
    const selector = { exact: 'Koksan howitzers', prefix: 'the M1989 ', suffix: ' were seen', position: { start: 120, end: 136 } };
    deps.tabs.respond = async () => ({ ok: true, data: { page, selector } });
    const reply = await saveFromTab({ tab }, deps, async () => null);
    if (!reply.ok) throw new Error(reply.error);
    expect((await deps.db.sources.get(reply.data.source.id))?.selector).toEqual(selector);
    expect(reply.data.source.selector).toEqual(selector);
  });
});
