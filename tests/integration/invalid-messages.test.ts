import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { senderInfo } from '../../src/background/sender';
import { MAX_CLAIM_CHARS } from '../../src/messaging/schemas';
import { PAGE, testDeps } from './helpers';

const selector = { exact: 'A claim', prefix: '', suffix: '' };

describe('invalid messages', () => {
  it.each([
    { name: 'nothing', msg: undefined, error: /expected an object with a string "type"/ },
    { name: 'a string', msg: 'claim/save', error: /expected an object/ },
    { name: 'an unknown type', msg: { type: 'store/wipe' }, error: /unknown message type 'store\/wipe'/ },
    { name: 'a save without a selector', msg: { type: 'claim/save', page: PAGE }, error: /invalid 'claim\/save' message: selector/ },
    { name: 'an empty selection', msg: { type: 'claim/save', page: PAGE, selector: { ...selector, exact: '' } }, error: /selector\.exact/ },
    {
      name: 'an over-long selection',
      msg: { type: 'claim/save', page: PAGE, selector: { ...selector, exact: 'x'.repeat(MAX_CLAIM_CHARS + 1) } },
      error: /selector\.exact/,
    },
    { name: 'a malformed date', msg: { type: 'claim/save', page: { ...PAGE, published: '3 Feb 2025' }, selector }, error: /page\.published: expected YYYY/ },
    { name: 'an empty article', msg: { type: 'page/analyze', page: PAGE, text: '' }, error: /invalid 'page\/analyze' message: text/ },
    { name: 'a non-string url', msg: { type: 'sources/savedForUrl', url: 42 }, error: /url/ },
    { name: 'an empty id', msg: { type: 'source/get', id: '' }, error: /id/ },
  ])('$name gets {ok:false} with a clear message and changes nothing', async ({ msg, error }) => {
    let analyses = 0;
    const deps = testDeps({
      analyze: () => {
        analyses += 1;
        return [];
      },
    });
    const reply = await handleMessage(msg, { tabId: 3, frameId: 0 }, deps);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(error);
    // rejected before anything ran: not even seeded, no engine run, nothing sent to tabs
    expect(await deps.db.sources.count()).toBe(0);
    expect(analyses).toBe(0);
    expect(deps.tabs.broadcasts).toEqual([]);
    expect(deps.tabs.badges.size).toBe(0);
  });

  it('reports a failing store as {ok:false} instead of throwing', async () => {
    const deps = testDeps({ ready: () => Promise.reject(new Error('database blocked')) });
    const reply = await handleMessage({ type: 'sources/savedForUrl', url: PAGE.url }, {}, deps);
    expect(reply).toEqual({ ok: false, error: 'sources/savedForUrl failed: database blocked' });
  });
});

describe('requests over the whole store', () => {
  it.each([
    { type: 'data/reset', keepSaved: false },
    { type: 'data/export', format: 'claimlens' },
    { type: 'library/delete', id: 'saved:1' },
  ])('$type from a web page (a content script) is refused and changes nothing', async (msg) => {
    const deps = testDeps();
    const reply = await handleMessage(msg, { tabId: 3, frameId: 0 }, deps);
    expect(reply).toEqual({ ok: false, error: `'${msg.type}' is answered only to ClaimLens's own pages` });
    expect(await deps.db.sources.count()).toBe(0);
    expect(deps.tabs.broadcasts).toEqual([]);
  });

  it('is answered to the extension’s own pages', async () => {
    const reply = await handleMessage({ type: 'data/export', format: 'claimlens' }, { extensionPage: true }, testDeps());
    expect(reply.ok).toBe(true);
  });
});

describe('senderInfo', () => {
  const own = 'chrome-extension://abcdefghijklmnop/';
  it('marks only senders whose URL has the extension’s origin as its own pages', () => {
    expect(senderInfo({ url: `${own}library.html`, tab: { id: 4 } }, own)).toEqual({ tabId: 4, extensionPage: true });
    expect(senderInfo({ url: 'https://news.example/a', tab: { id: 4 }, frameId: 0 }, own)).toEqual({ tabId: 4, frameId: 0 });
    expect(senderInfo({ url: 'https://evil.example/chrome-extension://abcdefghijklmnop/' }, own)).toEqual({});
    expect(senderInfo({ url: `${own}popup.html` })).toEqual({});
  });
});
