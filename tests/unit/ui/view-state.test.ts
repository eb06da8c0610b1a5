import { describe, expect, it } from 'vitest';
import { isCheckableUrl, shouldPoll, viewFromPageState, viewWhenUnreachable, POLL_MAX_ATTEMPTS } from '../../../src/ui/popup/view-state';
import { claim, pageState } from './fixtures';

const ok = (data: unknown) => ({ ok: true, data });

describe('viewFromPageState', () => {
  it('shows claims when analysis is done and found some', () => {
    const view = viewFromPageState(ok(pageState()));
    expect(view.kind).toBe('claims');
    if (view.kind === 'claims') expect(view.claims).toHaveLength(1);
  });

  it('distinguishes no claims, no article, analysing and a page error', () => {
    expect(viewFromPageState(ok(pageState({ claims: [] }))).kind).toBe('no-claims');
    expect(viewFromPageState(ok(pageState({ status: 'analyzing', claims: [] }))).kind).toBe('analyzing');
    expect(viewFromPageState(ok(pageState({ status: 'no-article', claims: [], message: 'too short' })))).toMatchObject({
      kind: 'no-article',
      reason: 'too short',
    });
    expect(viewFromPageState(ok(pageState({ status: 'error', claims: [], message: 'timed out' })))).toEqual({
      kind: 'error',
      message: 'timed out',
    });
  });

  it('passes on an {ok:false} reply as an error', () => {
    expect(viewFromPageState({ ok: false, error: 'boom' })).toEqual({ kind: 'error', message: 'boom' });
  });

  it('treats a malformed reply as an error naming where it is wrong, without throwing', () => {
    const bad = ok(pageState({ claims: [claim({ verdict: 'maybe' as never })] }));
    const view = viewFromPageState(bad);
    expect(view.kind).toBe('error');
    if (view.kind === 'error') expect(view.message).toContain('data.claims.0.verdict');
    expect(viewFromPageState('nonsense').kind).toBe('error');
    expect(viewFromPageState(null).kind).toBe('error');
  });

  it('treats no answer as an unreachable content script', () => {
    expect(viewFromPageState(undefined, 'https://news.example/a')).toEqual({ kind: 'unreachable', restricted: false });
    expect(viewFromPageState(undefined, 'chrome://extensions/')).toEqual({ kind: 'unreachable', restricted: true });
  });
});

describe('viewWhenUnreachable / isCheckableUrl', () => {
  it.each([
    ['https://news.example/a', true],
    ['http://127.0.0.1:8080/x', true],
    ['chrome://newtab/', false],
    ['chrome-extension://abc/popup.html', false],
    ['about:blank', false],
    ['file:///tmp/a.html', false],
  ])('%s checkable: %s', (url, checkable) => {
    expect(isCheckableUrl(url)).toBe(checkable);
    expect(viewWhenUnreachable(url)).toEqual({ kind: 'unreachable', restricted: !checkable });
  });
  it('suggests a reload when the URL is unknown', () => expect(viewWhenUnreachable(undefined)).toEqual({ kind: 'unreachable', restricted: false }));
});

describe('shouldPoll', () => {
  it('polls only while analysing, a bounded number of times', () => {
    expect(shouldPoll({ kind: 'analyzing' }, 1)).toBe(true);
    expect(shouldPoll({ kind: 'analyzing' }, POLL_MAX_ATTEMPTS - 1)).toBe(true);
    expect(shouldPoll({ kind: 'analyzing' }, POLL_MAX_ATTEMPTS)).toBe(false);
    expect(shouldPoll({ kind: 'no-claims' }, 1)).toBe(false);
  });
});
