/** Builders for popup/viewer test data, shaped exactly like the messaging schemas. */
import type { PageState, StoredSourceView } from '../../../src/messaging/schemas';

export type TestClaim = PageState['claims'][number];
export type TestMatch = TestClaim['matches'][number];

export const kyivSeed = {
  id: 'seed:000_84ea4ea735d0cdc4',
  title: 'North Korea to send artillery units, 150 more ballistic missiles to aid Russia’s war, Budanov says',
  file: '000_84ea4ea735d0cdc4.txt',
  kind: 'seed' as const,
  publisher: 'Kyiv Independent',
  published: '2025-01',
};

export function match(overrides: Partial<TestMatch> = {}): TestMatch {
  return {
    relation: 'corroborates',
    source: kyivSeed,
    quote: 'Pyongyang is also expected to send 150 short-range KN-23 ballistic missiles to Russia in 2025.',
    quoteStart: 100,
    quoteEnd: 190,
    explanation: 'this page: 150 missiles in 2025 · Kyiv Independent, Jan 2025: 150 missiles in 2025',
    score: 0.8,
    ...overrides,
  };
}

export function claim(overrides: Partial<TestClaim> = {}): TestClaim {
  return {
    text: 'North Korea will send 150 KN-23 missiles in 2025.',
    start: 0,
    end: 50,
    verdict: 'corroborated',
    matches: [match()],
    anchored: true,
    ...overrides,
  };
}

export function pageState(overrides: Partial<PageState> = {}): PageState {
  return {
    status: 'done',
    page: { url: 'https://news.example/story', title: 'Troops in Kursk', siteName: 'Example News', published: '2025-02-03' },
    claims: [claim()],
    ...overrides,
  };
}

export function savedSource(overrides: Partial<StoredSourceView> = {}): StoredSourceView {
  return {
    id: 'saved:abc',
    title: 'Troops in Kursk',
    file: null,
    kind: 'saved',
    url: 'https://news.example/story',
    publisher: 'Example News',
    text: 'About 12,000 North Korean troops were sent to Kursk.',
    savedAt: Date.UTC(2025, 1, 3, 12),
    ...overrides,
  };
}
