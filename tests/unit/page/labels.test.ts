import { describe, expect, it } from 'vitest';
import {
  cardByline,
  highlightName,
  markerLabel,
  relationLabel,
  relationSymbol,
  sourceCount,
  verdictLabel,
  verdictSymbol,
  type Match,
  type SourceRef,
} from '../../../src/page/labels';

const source = (id: string, extra: Partial<SourceRef> = {}): SourceRef => ({ id, title: id, file: null, kind: 'seed', ...extra });
const match = (id: string, relation: Match['relation'] = 'conflicts'): Match => ({
  relation,
  source: source(id),
  quote: 'q',
  quoteStart: 0,
  quoteEnd: 1,
  explanation: '',
  score: 0.5,
});

describe('labels', () => {
  it('names highlights exactly as the e2e test reads them', () => {
    expect(['corroborated', 'conflicting', 'mixed'].map((v) => highlightName(v as 'mixed'))).toEqual([
      'claimlens-corroborated',
      'claimlens-conflicting',
      'claimlens-mixed',
    ]);
  });

  it.each([
    ['corroborated', 'Corroborated', '✓'],
    ['conflicting', 'Conflicting', '✕'],
    ['mixed', 'Mixed', '±'],
    ['unverified', 'Unverified', '?'],
  ] as const)('verdict %s', (verdict, label, symbol) => {
    expect(verdictLabel(verdict)).toBe(label);
    expect(verdictSymbol(verdict)).toBe(symbol);
  });

  it.each([
    ['corroborates', 'Corroborates', '✓'],
    ['conflicts', 'Conflicts', '✕'],
    ['related', 'Related', '≈'],
  ] as const)('relation %s', (relation, label, symbol) => {
    expect(relationLabel(relation)).toBe(label);
    expect(relationSymbol(relation)).toBe(symbol);
  });

  it('counts distinct sources in the marker label', () => {
    expect(sourceCount([match('a'), match('a'), match('b')])).toBe(2);
    expect(markerLabel({ verdict: 'conflicting', matches: [match('a'), match('a'), match('b')] })).toBe('Conflicting claim: 2 sources');
    expect(markerLabel({ verdict: 'corroborated', matches: [match('a', 'corroborates')] })).toBe('Corroborated claim: 1 source');
  });

  it.each([
    [{ publisher: 'Kyiv Independent', published: '2025-01' }, 'Kyiv Independent · Jan 2025'],
    [{ publisher: 'Reuters' }, 'Reuters'],
    [{ published: '2024' }, '2024'],
    [{ kind: 'saved' as const }, 'Saved by you'],
    [{}, 'Bundled source'],
    [{ kind: 'import' as const }, 'Imported source'],
  ])('byline %#', (extra, expected) => {
    expect(cardByline(source('s', extra))).toBe(expected);
  });
});
