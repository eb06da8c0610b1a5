// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryRow, ListLibraryReply } from '../../../src/messaging/library-replies';
import { runLibrary } from '../../../src/ui/library/library';

const claimRow = (id: string, text: string, over: Partial<LibraryRow> = {}): LibraryRow => ({
  id, kind: 'saved', title: `Page ${id}`, text, cut: false, file: null, site: 'Example News', savedAt: 1_000, verdict: 'conflicting', ...over,
});
const ROWS: LibraryRow[] = [
  claimRow('saved:a', '8,000 troops are in Kursk'),
  claimRow('saved:b', 'Drones were shot down', { verdict: 'unverified' }),
  { id: 'seed:x', kind: 'seed', title: 'A seed', text: 'Seed text…', cut: true, file: 'x.txt', site: 'Kyiv Independent' },
];
const FACETS: ListLibraryReply['facets'] = {
  kinds: { saved: 2, seed: 1, import: 0 },
  verdicts: { conflicting: 1, mixed: 0, corroborated: 0, unverified: 1, pending: 0 },
  sites: [{ value: 'Example News', count: 2 }],
  tags: [],
};

/** A background that answers from `rows` and records what it was asked. */
function fakeBackground() {
  let rows = [...ROWS];
  const sent: Array<{ type: string } & Record<string, unknown>> = [];
  const send = vi.fn(async (msg: object) => {
    const m = msg as { type: string; id?: string; filter?: { query: string } };
    sent.push(m);
    switch (m.type) {
      case 'library/list': {
        const words = m.filter?.query.toLowerCase() ?? '';
        const found = rows.filter((r) => r.text.toLowerCase().includes(words));
        return { ok: true, data: { rows: found, total: rows.length, matched: found.length, facets: FACETS, pending: 0 } };
      }
      case 'library/delete': {
        const row = rows.find((r) => r.id === m.id) as LibraryRow;
        rows = rows.filter((r) => r !== row);
        return { ok: true, data: { row } };
      }
      case 'library/restore':
        rows = [...ROWS];
        return { ok: true, data: { row: ROWS.find((r) => r.id === m.id) } };
      case 'library/forget':
        return { ok: true, data: { forgotten: true } };
      case 'library/relations':
        return { ok: true, data: { verdict: 'unverified', matches: [] } };
      default:
        return { ok: false, error: `${m.type} failed: not in this test` };
    }
  });
  return { send, sent, lists: () => sent.filter((m) => m.type === 'library/list') };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
};
const rowIds = () => [...document.querySelectorAll('.rows > li')].map((li) => li.getAttribute('data-id'));

describe('the library page', () => {
  let bg: ReturnType<typeof fakeBackground>;
  beforeEach(async () => {
    vi.useFakeTimers();
    bg = fakeBackground();
    document.body.replaceChildren();
    const root = document.createElement('div');
    document.body.append(root);
    runLibrary(root, { send: bg.send, extensionUrl: (p) => `ext://id${p}` }, { debounceMs: 150, undoMs: 5_000 });
    await flush();
  });
  afterEach(() => vi.useRealTimers());

  it('shows rows with verdicts in words and symbols, and counts in the filters', () => {
    expect(rowIds()).toEqual(['saved:a', 'saved:b', 'seed:x']);
    const verdict = document.querySelector('.rows > li .verdict');
    expect(verdict?.textContent).toBe('✕ Conflicting');
    expect(verdict?.querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
    expect(document.querySelector('.summary')?.textContent).toBe('3 items');
    const kinds = [...document.querySelectorAll('.kinds label')].map((l) => l.textContent?.replace(/\s+/g, ' ').trim());
    expect(kinds).toEqual(['Saved claims (2)', 'Imported documents (0)', 'Seed documents (1)']);
  });

  it('searches once the reader pauses typing, not on every key', async () => {
    const box = document.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
    for (const value of ['d', 'dr', 'dro']) {
      box.value = value;
      box.dispatchEvent(new Event('input'));
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(bg.lists()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(150);
    await flush();
    expect(bg.lists()).toHaveLength(2);
    expect(bg.lists()[1]).toMatchObject({ filter: { query: 'dro' } });
    expect(rowIds()).toEqual(['saved:b']);
  });

  it('moves focus between rows with the arrow keys, Home and End', () => {
    const toggles = [...document.querySelectorAll<HTMLButtonElement>('.row-toggle')];
    toggles[0]?.focus();
    toggles[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(toggles[1]);
    toggles[1]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(toggles[2]);
    toggles[2]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement).toBe(toggles[0]);
  });

  it('deletes with an Undo notice that restores; when it expires the claim is let go', async () => {
    const open = () => (document.querySelector('li[data-id="saved:a"] .row-toggle') as HTMLButtonElement).click();
    open();
    await flush();
    (document.querySelector('li[data-id="saved:a"] .delete') as HTMLButtonElement).click();
    await flush();
    expect(rowIds()).toEqual(['saved:b', 'seed:x']);
    // Focus moved on to the next row rather than falling to the page.
    expect(document.activeElement?.closest('li')?.getAttribute('data-id')).toBe('saved:b');
    const notice = document.querySelector('.notice-bar') as HTMLElement;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toBe('Deleted: “8,000 troops are in Kursk” · Undo');
    (notice.querySelector('button.undo') as HTMLButtonElement).click();
    await flush();
    expect(bg.sent.filter((m) => m.type === 'library/restore')).toEqual([{ type: 'library/restore', id: 'saved:a' }]);
    expect(rowIds()).toEqual(['saved:a', 'saved:b', 'seed:x']);
    expect(document.activeElement?.closest('li')?.getAttribute('data-id')).toBe('saved:a');

    open();
    await flush();
    (document.querySelector('li[data-id="saved:a"] .delete') as HTMLButtonElement).click();
    await flush();
    expect(bg.sent.some((m) => m.type === 'library/forget')).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(notice.hidden).toBe(true);
    expect(bg.sent.filter((m) => m.type === 'library/forget')).toEqual([{ type: 'library/forget', id: 'saved:a' }]);
  });

  it('opening a document shows where it came from and a link to read it, without asking for relations', async () => {
    (document.querySelector('li[data-id="seed:x"] .row-toggle') as HTMLButtonElement).click();
    await flush();
    expect(document.querySelector('li[data-id="seed:x"] .row-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('li[data-id="seed:x"] .open-doc')?.getAttribute('href')).toBe('ext://id/viewer.html?id=seed%3Ax');
    expect(bg.sent.some((m) => m.type === 'library/relations')).toBe(false);
  });
});
