import { afterEach, describe, expect, it, vi } from 'vitest';
import { readerError } from '../../../src/ui/library/client';
import { STRINGS } from '../../../src/ui/library/strings';
import { debounce, emptyFilter, formatTime, hasFilters, parseTagInput, rowByline, safeHttpUrl, toLibraryFilter } from '../../../src/ui/library/view-state';

describe('library view state', () => {
  afterEach(() => vi.useRealTimers());

  it('turns what the reader chose into a message filter, with saved days counted whole (UTC)', () => {
    const s = emptyFilter();
    s.query = 'kursk';
    s.kinds.add('saved');
    s.savedFrom = '2025-01-02';
    s.savedTo = '2025-01-02';
    s.publishedFrom = '2024-12-01';
    s.publishedTo = 'not a date';
    expect(toLibraryFilter(s)).toEqual({
      query: 'kursk',
      kinds: ['saved'],
      sites: [],
      verdicts: [],
      tags: [],
      savedFrom: Date.UTC(2025, 0, 2),
      savedTo: Date.UTC(2025, 0, 3) - 1,
      publishedFrom: '2024-12-01',
    });
    expect(hasFilters(s)).toBe(true);
    expect(hasFilters(emptyFilter())).toBe(false);
  });

  it('writes a row’s byline from what is known', () => {
    const saved = Date.UTC(2026, 10, 22, 17, 49);
    expect(rowByline({ id: 'x', kind: 'saved', title: 't', text: 'x', cut: false, file: null, site: 'Example News', published: '2025-02-03', savedAt: saved, editedAt: saved + 86_400_000 })).toBe(
      'Example News · published 3 Feb 2025 · Saved 22 Nov 2026, edited 23 Nov 2026',
    );
    expect(rowByline({ id: 'x', kind: 'seed', title: 't', text: 'x', cut: false, file: 'a.txt' })).toBe('');
    expect(formatTime(saved)).toBe('22 Nov 2026, 17:49 UTC');
  });

  it.each([
    [200, 10_432, 10_432, 'Showing 200 of 10,432'],
    [200, 1_500, 10_432, 'Showing 200 of 1,500 matches (10,432 in all)'],
    [3, 3, 8, '3 of 8 match'],
    [8, 8, 8, '8 items'],
    [1, 1, 1, '1 item'],
  ])('says how much is shown: %i of %i matches in %i', (shown, matched, total, text) => {
    expect(STRINGS.showing(shown, matched, total)).toBe(text);
  });

  it('offers only http(s) links', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
  });

  it('reads tags typed with commas', () => {
    expect(parseTagInput(' kursk ,, North  Korea,')).toEqual(['kursk', 'North Korea']);
  });

  it('gives the reader the reason without the message type', () => {
    expect(readerError('library/update failed: A claim cannot be empty.')).toBe('A claim cannot be empty.');
    expect(readerError('unknown message type')).toBe('unknown message type');
  });

  it('debounces: only the last call within the quiet time runs', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 150);
    d('a');
    vi.advanceTimersByTime(100);
    d('b');
    vi.advanceTimersByTime(149);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith('b');
    d('c');
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
