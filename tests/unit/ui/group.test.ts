import { describe, expect, it } from 'vitest';
import { groupClaims, orderMatches } from '../../../src/ui/popup/group';
import { claim, match, type TestClaim, type TestMatch } from './fixtures';

const group = (claims: TestClaim[]) => groupClaims<TestMatch, TestClaim>(claims);

describe('groupClaims', () => {
  it('orders groups conflicting, mixed, corroborated, unverified and drops empty ones', () => {
    const claims = [
      claim({ verdict: 'unverified', start: 0 }),
      claim({ verdict: 'corroborated', start: 10 }),
      claim({ verdict: 'conflicting', start: 20 }),
    ];
    expect(group(claims).map((g) => g.verdict)).toEqual(['conflicting', 'corroborated', 'unverified']);
  });

  it('keeps each claim once, in page order, with its index in the original array', () => {
    const claims = [
      claim({ verdict: 'conflicting', start: 300, text: 'c' }),
      claim({ verdict: 'mixed', start: 5, text: 'm' }),
      claim({ verdict: 'conflicting', start: 40, text: 'a' }),
    ];
    const groups = group(claims);
    expect(groups.map((g) => g.entries.map((e) => [e.index, e.claim.text]))).toEqual([
      [
        [2, 'a'],
        [0, 'c'],
      ],
      [[1, 'm']],
    ]);
    expect(groups.flatMap((g) => g.entries).length).toBe(claims.length);
  });

  it('returns nothing for no claims', () => expect(group([])).toEqual([]));
});

describe('orderMatches', () => {
  it('puts conflicts first, then corroborations, then related; higher score first within a relation', () => {
    const ms = [
      match({ relation: 'related', score: 0.9, quote: 'r' }),
      match({ relation: 'corroborates', score: 0.2, quote: 'c-low' }),
      match({ relation: 'conflicts', score: 0.5, quote: 'x' }),
      match({ relation: 'corroborates', score: 0.7, quote: 'c-high' }),
    ];
    expect(orderMatches(ms).map((m) => m.quote)).toEqual(['x', 'c-high', 'c-low', 'r']);
  });

  it('keeps the engine order on ties and does not mutate its input', () => {
    const ms = [match({ quote: '1' }), match({ quote: '2' })];
    expect(orderMatches(ms).map((m) => m.quote)).toEqual(['1', '2']);
    expect(orderMatches(ms)).not.toBe(ms);
  });
});
