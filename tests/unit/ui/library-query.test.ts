import { describe, expect, it } from 'vitest';
import type { LibraryFilter } from '../../../src/messaging/library';
import type { StoredSource } from '../../../src/store/db';
import { queryLibrary, type VerdictLookup } from '../../../src/store/library-query';
import { compareItems, fold, siteOf, toLibraryItem } from '../../../src/store/library-rows';

const ANY: LibraryFilter = { query: '', kinds: [], sites: [], verdicts: [], tags: [] };

const seed = (id: string, title: string, text: string, publisher: string, published?: string): StoredSource => ({
  id, title, text, kind: 'seed', file: `${id}.txt`, publisher, ...(published ? { published } : {}),
});
const claim = (id: string, text: string, over: Partial<StoredSource> = {}): StoredSource => ({
  id, title: `Page of ${id}`, text, kind: 'saved', file: null, url: `https://${id}.example/a`, savedAt: 1_000, ...over,
});

const SOURCES: StoredSource[] = [
  seed('s1', 'Kursk report', 'About 12,000 troops were sent. '.repeat(20) + 'The Koksan howitzer came later.', 'Kyiv Independent', '2025-01'),
  seed('s2', 'Missiles', 'Ballistic missiles were delivered.', 'Reuters', '2024-11-20'),
  claim('c1', '8,000 troops are in Kursk', { siteName: 'Example News', savedAt: 3_000, tags: ['kursk', 'troops'], note: 'Check the Pentagon’s figure' }),
  claim('c2', 'Naïve café numbers rose', { siteName: 'Example News', savedAt: 2_000, published: '2025-02-03', tags: ['economy'] }),
  claim('c3', '50 howitzers were delivered', { savedAt: 4_000, tags: ['kursk'] }),
];
const ITEMS = SOURCES.map(toLibraryItem).sort(compareItems);
const VERDICTS: Record<string, 'conflicting' | 'corroborated' | 'pending'> = { c1: 'conflicting', c2: 'pending', c3: 'corroborated' };
const lookup: VerdictLookup = (row) => (row.kind === 'saved' ? VERDICTS[row.id] : undefined);
const run = (f: Partial<LibraryFilter> = {}, limit = 50) => queryLibrary(ITEMS, { ...ANY, ...f }, lookup, limit);
const ids = (f: Partial<LibraryFilter> = {}) => run(f).rows.map((r) => r.id);

describe('library rows', () => {
  it('keep a saved claim whole and cut a document to a snippet, but search the whole document', () => {
    const [s1] = SOURCES.map(toLibraryItem);
    expect(s1?.row.cut).toBe(true);
    expect(s1?.row.text.length).toBeLessThanOrEqual(240);
    expect(s1?.row.text.endsWith('…')).toBe(true);
    expect(ids({ query: 'koksan' })).toEqual(['s1']);
  });

  it('come in display order: saved claims newest first, then documents by title', () => {
    expect(ids()).toEqual(['c3', 'c1', 'c2', 's1', 's2']);
  });

  it.each([
    ['the site name', { siteName: 'Example News', publisher: 'Other', url: 'https://x.example/' }, 'Example News'],
    ['the publisher', { publisher: 'Reuters', url: 'https://x.example/' }, 'Reuters'],
    ["the URL's host without www", { url: 'https://www.bbc.co.uk/news/1' }, 'bbc.co.uk'],
    ['nothing for a bad URL', { url: 'not a url' }, undefined],
  ])('name their site from %s', (_, source, site) => {
    expect(siteOf(source)).toBe(site);
  });
});

describe('library search', () => {
  it.each([
    ['a word in the text', '8,000', ['c1']],
    ['words in any order, all required', 'kursk 8,000', ['c1']],
    ['a word of the title', 'missiles', ['s2']],
    ['the site', 'example news', ['c1', 'c2']],
    ['a note, with typographic quotes folded', "pentagon's", ['c1']],
    ['a tag', 'economy', ['c2']],
    ['accents ignored', 'naive cafe', ['c2']],
    ['case ignored', 'HOWITZERS', ['c3']],
    ['nothing', 'zeppelin', []],
  ])('finds %s', (_, query, expected) => {
    expect(ids({ query })).toEqual(expected);
  });

  it('folds text once for comparing', () => {
    expect(fold('  Naïve “Café”\n’s ')).toBe(' naive "cafe" \'s ');
  });
});

describe('library filters and counts', () => {
  it('counts every kind, site, verdict and tag over the whole store', () => {
    const { facets, matched, pending } = run();
    expect(matched).toBe(5);
    expect(pending).toBe(1);
    expect(facets.kinds).toEqual({ seed: 2, saved: 3, import: 0 });
    expect(facets.verdicts).toEqual({ conflicting: 1, corroborated: 1, mixed: 0, unverified: 0, pending: 1 });
    expect(facets.sites).toEqual([
      { value: 'Example News', count: 2 },
      { value: 'c3.example', count: 1 },
      { value: 'Kyiv Independent', count: 1 },
      { value: 'Reuters', count: 1 },
    ]);
    expect(facets.tags).toEqual([{ value: 'kursk', count: 2 }, { value: 'economy', count: 1 }, { value: 'troops', count: 1 }]);
  });

  it('a search narrows the counts too', () => {
    // "kursk": a seed's title, one claim's text, another claim's tag.
    const { facets } = run({ query: 'kursk' });
    expect(facets.kinds).toEqual({ seed: 1, saved: 2, import: 0 });
    expect(facets.tags).toEqual([{ value: 'kursk', count: 2 }, { value: 'troops', count: 1 }]);
  });

  it('counts a filter’s own values as if it were not set, so choosing another shows what it would give', () => {
    const r = run({ kinds: ['seed'] });
    expect(r.rows.map((x) => x.id)).toEqual(['s1', 's2']);
    expect(r.facets.kinds).toEqual({ seed: 2, saved: 3, import: 0 });
    // Other filters' counts follow the kind filter: no seed has a verdict or a tag.
    expect(r.facets.verdicts.conflicting).toBe(0);
    expect(r.facets.tags).toEqual([]);
  });

  it('values of one filter are alternatives; different filters all apply', () => {
    expect(ids({ verdicts: ['conflicting', 'corroborated'] })).toEqual(['c3', 'c1']);
    expect(ids({ verdicts: ['conflicting', 'corroborated'], tags: ['troops'] })).toEqual(['c1']);
    expect(ids({ sites: ['Reuters', 'Kyiv Independent'] })).toEqual(['s1', 's2']);
    expect(ids({ tags: ['economy', 'troops'] })).toEqual(['c1', 'c2']);
  });

  it('a claim still being checked matches no verdict, and documents have none', () => {
    expect(ids({ verdicts: ['unverified', 'mixed'] })).toEqual([]);
    expect(run({ verdicts: ['conflicting'] }).facets.verdicts.pending).toBe(1);
  });

  it('keeps a chosen site or tag listed even when nothing has it any more', () => {
    const { facets } = run({ sites: ['Gone'], query: 'kursk' });
    expect(facets.sites).toContainEqual({ value: 'Gone', count: 0 });
  });

  it('filters by when a claim was saved and by publication dates as spans', () => {
    expect(ids({ savedFrom: 2_500 })).toEqual(['c3', 'c1']);
    expect(ids({ savedFrom: 2_000, savedTo: 3_000 })).toEqual(['c1', 'c2']);
    // 2025-01 (a month) overlaps 15 Jan 2025; 2024-11-20 does not; undated sources are out.
    expect(ids({ publishedFrom: '2025-01-15' })).toEqual(['c2', 's1']);
    expect(ids({ publishedTo: '2025-01-01' })).toEqual(['s1', 's2']);
    expect(ids({ publishedFrom: '2024-11-21', publishedTo: '2025-01-31' })).toEqual(['s1']);
  });

  it('returns at most `limit` rows but counts every match, and lists every saved claim for checking', () => {
    const r = run({}, 2);
    expect(r.rows.map((x) => x.id)).toEqual(['c3', 'c1']);
    expect(r.matched).toBe(5);
    expect(r.claimIds).toEqual(['c3', 'c1', 'c2']);
    expect(r.rows[0]?.verdict).toBe('corroborated');
  });
});
