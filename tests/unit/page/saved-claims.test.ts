// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageStateSchema } from '../../../src/messaging/schemas';
import * as fuzzy from '../../../src/page/fuzzy-quote';
import { createSavedClaims } from '../../../src/page/saved-claims';
import { SAVED_HIGHLIGHT } from '../../../src/page/styles';

vi.mock('../../../src/page/fuzzy-quote', async (importOriginal) => {
  const real = await importOriginal<typeof fuzzy>();
  return { ...real, fuzzyFindQuote: vi.fn(real.fuzzyFindQuote) };
});

const KEPT = 'Schools in the district reopened on Monday after the storm.';
const EDITED_BEFORE = 'The council approved 2,000 new homes on Tuesday after a long debate.';
const EDITED_NOW = 'The council approved 2,300 new homes on Tuesday after a short debate.';
const REMOVED = 'Officials said 38 of the 42 drones were shot down overnight.';
const PAGE = `<article><p>Local news. ${KEPT} Buses ran late.</p><p>In other news, ${EDITED_NOW} Critics objected.</p><p>Weather follows.</p></article>`;

const saved = (id: string, exact: string, prefix = '', suffix = '', extra: object = {}) => ({
  id, title: 'Local paper', file: null, kind: 'saved', text: exact, url: 'http://localhost:3000/', savedAt: 1,
  selector: { exact, prefix, suffix }, ...extra,
});
const SOURCES = [
  saved('s:kept', KEPT, 'Local news. ', ' Buses ran late.'),
  saved('s:edited', EDITED_BEFORE, 'In other news, ', ' Critics objected.'),
  saved('s:removed', REMOVED, 'Earlier: ', ' More later.'),
];
const answering = (sources: object[]) => vi.fn(async (m: unknown) => {
  expect(m).toEqual({ type: 'sources/savedForUrl', url: document.location.href });
  return { ok: true, data: { sources } };
});

/** jsdom has no Custom Highlight API: a registry and a Highlight that records its ranges. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
const painted = () => [...(registry.get(SAVED_HIGHLIGHT) ?? [])].map((r) => r.toString());

beforeEach(() => {
  registry.clear();
  Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  document.body.innerHTML = PAGE; // test fixture only, not page text
  vi.mocked(fuzzy.fuzzyFindQuote).mockClear();
});
afterEach(() => {
  Reflect.deleteProperty(window, 'Highlight');
});

describe('saved claims on their page', () => {
  it('finds each saved claim again, paints it as saved and reports found, changed and orphaned', async () => {
    const claims = createSavedClaims(document, new AbortController().signal, answering(SOURCES));
    expect(claims.states()).toEqual([]);
    await claims.refresh();
    expect(claims.states()).toEqual([
      { id: 's:kept', state: 'found' },
      { id: 's:edited', state: 'changed', now: EDITED_NOW },
      { id: 's:removed', state: 'orphaned' },
    ]);
    expect(painted()).toEqual([KEPT, EDITED_NOW]);
    expect(registry.get(SAVED_HIGHLIGHT)!.priority).toBeLessThan(0);
    // What the popup reads passes its schema.
    expect(PageStateSchema.safeParse({ status: 'done', claims: [], saved: claims.states() }).success).toBe(true);
    claims.destroy();
    expect(registry.has(SAVED_HIGHLIGHT)).toBe(false);
  });

  it('runs the fuzzy search only for claims the exact search missed, and again only when the page changed', async () => {
    const claims = createSavedClaims(document, new AbortController().signal, answering(SOURCES));
    await claims.refresh();
    expect(vi.mocked(fuzzy.fuzzyFindQuote).mock.calls.map((c) => c[1])).toEqual([
      EDITED_BEFORE.replace(/\s+/g, ''),
      REMOVED.replace(/\s+/g, ''),
    ]);
    // A refresh (another claim was saved) keeps what it found, and does not search again on unchanged text.
    vi.mocked(fuzzy.fuzzyFindQuote).mockClear();
    const kept = registry.get(SAVED_HIGHLIGHT)!;
    await claims.refresh();
    expect(fuzzy.fuzzyFindQuote).not.toHaveBeenCalled();
    expect([...registry.get(SAVED_HIGHLIGHT)!]).toEqual([...kept]);
    expect(claims.states().map((s) => s.state)).toEqual(['found', 'changed', 'orphaned']);
    // Once more text arrived, the orphan is looked for again, and found there.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', `<p>Earlier: ${REMOVED} More later.</p>`); // test fixture only
    await claims.refresh();
    expect(vi.mocked(fuzzy.fuzzyFindQuote)).not.toHaveBeenCalled(); // the exact search found it
    expect(claims.states().map((s) => s.state)).toEqual(['found', 'changed', 'found']);
    expect(painted()).toContain(REMOVED);
    claims.destroy();
  });

  it('looks for records without a selector (imports) by their text', async () => {
    const { selector: _, ...bare } = saved('s:bare', KEPT);
    const claims = createSavedClaims(document, new AbortController().signal, answering([bare]));
    await claims.refresh();
    expect(claims.states()).toEqual([{ id: 's:bare', state: 'found' }]);
    claims.destroy();
  });

  it('stops searching when the page goes away, and leaves nothing behind', async () => {
    const life = new AbortController();
    const claims = createSavedClaims(document, life.signal, answering(SOURCES));
    const running = claims.refresh();
    await vi.waitFor(() => expect(fuzzy.fuzzyFindQuote).toHaveBeenCalled());
    life.abort();
    claims.destroy();
    await running;
    expect(claims.states()).toEqual([]);
    expect(registry.has(SAVED_HIGHLIGHT)).toBe(false);
    const signal = vi.mocked(fuzzy.fuzzyFindQuote).mock.calls[0]![3]!;
    expect(signal.aborted).toBe(true);
  });

  it('shows nothing when the background has no usable answer', async () => {
    const claims = createSavedClaims(document, new AbortController().signal, async () => ({ ok: true, data: { sources: [{ id: 1 }] } }));
    await claims.refresh();
    expect(claims.states()).toEqual([]);
    expect(registry.has(SAVED_HIGHLIGHT)).toBe(false);
    claims.destroy();
  });
});
